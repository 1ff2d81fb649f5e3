/**
 * The load test: `cd api && node --import tsx bench/load.ts [--duration 60] [--connections 100]`.
 * Starts a test server with the demo map (temp Kuzu database, AUTH_MODE none) and runs the mix of
 * `load-mix.ts` against it: 80 % reads (graph, actors, search), 20 % writes (markVerified,
 * updateActor). Prints a table and exits non-zero on any 5xx, INTERNAL, or error code other than
 * CONFLICT (which concurrent writers are expected to get), or on connection errors and timeouts.
 * `--bogus 0.05` mixes in a query the schema lacks, to see the run fail.
 */
import { parseArgs } from 'node:util';
import { startTestServer } from '../test/support/harness.js';
import { failuresOf, formatReport, runMix } from './load-mix.js';

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      bogus: { type: 'string' },
    },
  });
  const duration = positive('duration', values.duration, 60);
  const connections = Math.round(positive('connections', values.connections, 100));
  const bogusShare = values.bogus === undefined ? 0 : positive('bogus', values.bogus, 0);

  const server = await startTestServer({ seedDemo: true });
  try {
    const snapshot = await server.service.snapshot();
    const actors = snapshot.all('Actor').map((a) => ({ id: a.id, version: a.version }));
    process.stdout.write(`Aktörskartan load test (Node ${process.version}, ${new Date().toISOString()})\n`);
    process.stdout.write(`${server.url}/graphql: ${connections} connections for ${duration} s; ${actors.length} actors to write to` +
      `${bogusShare > 0 ? `; ${(bogusShare * 100).toFixed(1)} % bogus queries` : ''}\n\n`);
    const report = await runMix({
      url: server.url, connections, duration, actors, bogusShare,
      refreshVersion: async (id) => (await server.service.snapshot()).nodeOf('Actor', id)?.version,
    });
    process.stdout.write(`${formatReport(report)}\n\n`);
    const failures = failuresOf(report);
    const serverErrors = server.logs.filter((line) => line.includes('"level":"error"'));
    if (serverErrors.length) process.stdout.write(`server logged ${serverErrors.length} errors, e.g.:\n  ${serverErrors.slice(0, 3).join('\n  ')}\n\n`);
    if (failures.length) {
      process.stdout.write(`FAILED: ${failures.join('; ')}\n`);
      return 1;
    }
    process.stdout.write('PASSED: no 5xx, no INTERNAL, no error codes other than CONFLICT.\n');
    return 0;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
