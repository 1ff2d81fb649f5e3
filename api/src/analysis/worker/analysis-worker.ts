/**
 * The analysis worker (node:worker_threads): keeps a copy of the read model in step with the
 * API's and runs the whole analysis on it when asked, so the API's event loop — and /healthz —
 * never waits for it (docs/decisions/011-change-feed-and-applied-writes.md).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MapSnapshot } from '../../readmodel/snapshot.js';
import { runAnalysis } from '../analyze.js';
import { brokerAnalysis } from '../brokers.js';
import { networkOverlaps } from '../overlaps.js';
import { suggestedLinks } from '../suggestions.js';
import type { FromWorker, ToWorker, WorkerSettings } from './protocol.js';
import { lowerThisThreadsPriority } from './priority.js';
import { toWire } from './results-wire.js';

const settings = workerData as WorkerSettings;
// Before the helper thread exists, so it inherits the lower priority too.
lowerThisThreadsPriority();
let snapshot: MapSnapshot | null = null;

function reply(message: FromWorker): void {
  parentPort!.postMessage(message);
}

function handle(message: ToWorker): void {
  switch (message.type) {
    case 'load':
      snapshot = new MapSnapshot(message.graphVersion, message.nodes, message.rels);
      return;
    case 'apply':
      if (snapshot?.graphVersion !== message.batch.graphVersion - 1) {
        reply({ type: 'needs-load', graphVersion: snapshot?.graphVersion ?? null });
        snapshot = null;
        return;
      }
      snapshot = snapshot.applied(message.batch, { validate: message.validate }).snapshot;
      return;
    case 'analyse': {
      if (!snapshot) {
        reply({ type: 'needs-load', graphVersion: null });
        return;
      }
      const analysis = runAnalysis(snapshot, { ...settings, today: () => message.today });
      reply({
        type: 'results',
        results: toWire({
          analysis,
          // Cached per snapshot by the analysis itself: these cost nothing more here.
          overlaps: networkOverlaps(snapshot),
          brokers: brokerAnalysis(snapshot, settings.exactBetweennessUpTo, settings.betweennessSamples),
          suggestions: suggestedLinks(snapshot, settings.chainMaxHops),
        }),
      });
      return;
    }
    default: {
      const never: never = message;
      throw new Error(`unknown message ${JSON.stringify(never)}`);
    }
  }
}

parentPort!.on('message', (message: ToWorker) => {
  try {
    handle(message);
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
});
