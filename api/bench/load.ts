/**
 * The load test: `cd api && node --import tsx bench/load.ts [--duration 60] [--connections 100]`.
 * Starts a test server with the demo map (temp Kuzu database, AUTH_MODE none) in a process of its
 * own (`load-server.ts`), so the clients' work does not share the server's event loop, and runs the mix of
 * `load-mix.ts` against it: 80 % reads (graph, actors, search), 20 % writes (markVerified,
 * updateActor). Prints a table and exits non-zero on any 5xx, INTERNAL, or error code other than
 * CONFLICT (which concurrent writers are expected to get), or on connection errors and timeouts.
 * `--bogus 0.05` mixes in a query the schema lacks, to see the run fail.
 */
import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { failuresOf, formatReport, runMix } from './load-mix.js';

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`);
  return n;
}

interface ServerProcess {
  readonly url: string;
  readonly actors: { id: string; version: number }[];
  /** Stops the server and returns its error log lines. */
  stop(): Promise<string[]>;
}

/** Starts `load-server.ts` in a child process and waits for its READY line. */
async function startServerProcess(): Promise<ServerProcess> {
  const script = fileURLToPath(new URL('./load-server.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  let logs: string[] = [];
  const ready = new Promise<{ url: string; actors: { id: string; version: number }[] }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the load server exited (${code}) before it was ready`)));
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) resolve(JSON.parse(line.slice(6)));
      else if (line.startsWith('LOGS ')) logs = (JSON.parse(line.slice(5)) as { errors: string[] }).errors;
    });
  });
  const { url, actors } = await ready;
  return {
    url,
    actors,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      return logs;
    },
  };
}

/** The actor's current version, asked of the server like any client would. */
async function versionOf(url: string, id: string): Promise<number | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { actor(id: $id) { version } }', variables: { id } }),
  });
  const body = (await response.json()) as { data?: { actor?: { version?: number } | null } };
  return body.data?.actor?.version;
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

  const server = await startServerProcess();
  let stopped = false;
  try {
    const { actors } = server;
    process.stdout.write(`Aktörskartan load test (Node ${process.version}, ${new Date().toISOString()})\n`);
    process.stdout.write(`${server.url}/graphql: ${connections} connections for ${duration} s; ${actors.length} actors to write to` +
      `${bogusShare > 0 ? `; ${(bogusShare * 100).toFixed(1)} % bogus queries` : ''}\n\n`);
    const report = await runMix({
      url: server.url, connections, duration, actors, bogusShare,
      refreshVersion: (id) => versionOf(server.url, id),
    });
    process.stdout.write(`${formatReport(report)}\n\n`);
    const failures = failuresOf(report);
    const serverErrors = await server.stop();
    stopped = true;
    if (serverErrors.length) process.stdout.write(`server logged ${serverErrors.length} errors, e.g.:\n  ${serverErrors.slice(0, 3).join('\n  ')}\n\n`);
    if (failures.length) {
      process.stdout.write(`FAILED: ${failures.join('; ')}\n`);
      return 1;
    }
    process.stdout.write('PASSED: no 5xx, no INTERNAL, no error codes other than CONFLICT.\n');
    return 0;
  } finally {
    if (!stopped) await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
