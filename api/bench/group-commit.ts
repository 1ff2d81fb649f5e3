/**
 * Group commit on its own, without the load test's readers: `cd api && node --import tsx bench/group-commit.ts`.
 * On the demo map (temp Kuzu database), 80 markVerified writes one after another, then 80 sent
 * at once (they are committed as one group), 15 rounds each; prints the medians.
 */
import { performance } from 'node:perf_hooks';
import { systemPrincipal } from '../src/auth/principal.js';
import { markVerified } from '../src/service/verify.js';
import { startTestServer } from '../test/support/harness.js';

const WRITES = 80;
const ROUNDS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startTestServer({ seedDemo: true });
try {
  const ids = (await server.service.snapshot()).all('Actor').map((a) => a.id).slice(0, WRITES);
  const writer = server.service.as(systemPrincipal('bench'), 'markVerified');
  const oneByOne: number[] = [];
  const together: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    for (const id of ids) await markVerified(writer, [id]);
    oneByOne.push(performance.now() - t);
    const groups = server.service.moves.groups;
    t = performance.now();
    await Promise.all(ids.map((id) => markVerified(writer, [id])));
    together.push(performance.now() - t);
    if (round === ROUNDS - 1) process.stdout.write(`last round: ${WRITES} writes at once in ${server.service.moves.groups - groups} groups\n`);
  }
  process.stdout.write(`${WRITES} writes one after another: median ${median(oneByOne).toFixed(0)} ms (${(median(oneByOne) / WRITES).toFixed(1)} ms a write)\n`);
  process.stdout.write(`${WRITES} writes at once (group commit): median ${median(together).toFixed(0)} ms (${(median(together) / WRITES).toFixed(1)} ms a write)\n`);
} finally {
  await server.close();
}
process.exit(0);
