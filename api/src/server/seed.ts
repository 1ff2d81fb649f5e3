/** The demo map: the CSV files of a seed folder, imported through the same code as importData. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFile } from '../import/csv-import.js';
import { importData, type ImportReportRecord } from '../service/import-data.js';
import type { MapService } from '../service/map-service.js';
import { systemPrincipal } from '../auth/principal.js';

export function readSeedFiles(dir: string): ImportFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

export async function seed(service: MapService, dir: string): Promise<ImportReportRecord> {
  const { result } = await importData(service.as(systemPrincipal('seed'), 'seed'), readSeedFiles(dir), false);
  return result;
}
