/**
 * The server side of the load test, in a process of its own (as a real server is): starts a test
 * server with the demo map (temp Kuzu database, AUTH_MODE none) and prints one line
 * `READY {"url":…,"actors":[{id,version}…]}`. On SIGTERM it prints `LOGS {"errors":[…]}` (the
 * server's error log lines) and exits. Used by `bench/load.ts`; not meant to be run by hand.
 */
import { startTestServer } from '../test/support/harness.js';

async function main(): Promise<void> {
  const server = await startTestServer({ seedDemo: true });
  const snapshot = await server.service.snapshot();
  const actors = snapshot.all('Actor').map((a) => ({ id: a.id, version: a.version }));
  process.stdout.write(`READY ${JSON.stringify({ url: server.url, actors })}\n`);
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    const errors = server.logs.filter((line) => line.includes('"level":"error"'));
    process.stdout.write(`LOGS ${JSON.stringify({ errors })}\n`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void close());
  process.on('SIGINT', () => void close());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
