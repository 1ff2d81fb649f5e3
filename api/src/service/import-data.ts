/** The importData mutation and the demo seed: plan the CSV files, then commit all or nothing. */
import { planImportInSteps, type ImportCount, type ImportFile, type ImportRowError } from '../import/csv-import.js';
import type { Committed, MapWriter } from './map-service.js';

export interface ImportReportRecord {
  readonly status: 'APPLIED' | 'REJECTED' | 'DRY_RUN';
  readonly counts: readonly ImportCount[];
  readonly errors: readonly ImportRowError[];
  readonly graphVersion: number;
}

export function importData(service: MapWriter, files: readonly ImportFile[], dryRun: boolean): Promise<Committed<ImportReportRecord>> {
  return service.write(async (snapshot) => {
    // In steps: a 50,000-row dry run must not stop the server answering meanwhile.
    const plan = await planImportInSteps(snapshot, files);
    const status = plan.errors.length > 0 ? 'REJECTED' : dryRun ? 'DRY_RUN' : 'APPLIED';
    return {
      ops: status === 'APPLIED' ? plan.ops : [],
      answer: (after) => ({ status, counts: status === 'REJECTED' ? [] : plan.counts, errors: plan.errors, graphVersion: after.graphVersion }),
    };
  });
}
