/**
 * Where the map's load time goes: loads one map in headless Chromium and prints the page's
 * timeline — navigation, the GraphQL requests, and the map's own marks (map:sync … map:drawn,
 * the worker's layout time) — and, with `--cpu`, the main thread's busiest functions.
 * Run after `npm run build -w ui`: `cd api && node --import tsx bench/ui-profile.ts [jamtland|synthetic|national] [--cpu]`
 */
import { launchBrowser } from '../test/e2e/browser.js';
import { RECORD_LAYOUT_DONE } from '../test/e2e/support-map/measure.js';
import { startSyntheticServer } from '../test/e2e/support-map/synthetic-server.js';
import { startTestServer, type TestServer } from '../test/support/harness.js';

const which = process.argv[2] ?? 'jamtland';
const cpu = process.argv.includes('--cpu');
const scale = which === 'national' ? 0.75 : 0.12;
const server: TestServer = which === 'jamtland' ? await startTestServer({ seedDemo: true }) : (await startSyntheticServer(42, scale)).server;
const browser = await launchBrowser();
try {
  for (let run = 0; run < (which === 'national' ? 1 : 2); run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
    await context.addInitScript(RECORD_LAYOUT_DONE);
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    if (cpu && run === (which === 'national' ? 0 : 1)) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 500 });
      await session.send('Profiler.start');
    }
    await page.goto(`${server.url}/${process.argv.includes('--all') ? '?rels=MEMBER_OF,SITS_IN,REPRESENTS,CONVENES,REFERS_TO,PART_OF,LOCATED_IN,WITHIN,ADDRESSES,WORKS_ON,OFFERS,HAS_ROUTINE,COVERS' : ''}`);
    await page.waitForSelector('.map-canvas[data-layout-done="true"]', { timeout: 300_000 });
    const done = (await page.evaluate('window.__layoutDoneAt')) as number;
    const entries = (await page.evaluate(`JSON.stringify([
      ...performance.getEntriesByType('resource').filter((e) => e.name.includes('graphql') || e.name.includes('.js')).map((e) => ({ name: e.name.replace(/^.*\\//, ''), start: e.startTime, end: e.responseEnd })),
      ...performance.getEntriesByType('mark').map((e) => ({ name: e.name, start: e.startTime })),
      ...performance.getEntriesByType('measure').map((e) => ({ name: e.name, start: e.startTime, end: e.startTime + e.duration })),
    ].sort((a, b) => a.start - b.start))`)) as string;
    console.log(`--- run ${run + 1}: laid out and drawn at ${done.toFixed(0)} ms`);
    for (const e of JSON.parse(entries) as { name: string; start: number; end?: number }[]) {
      console.log(`${e.start.toFixed(0).padStart(7)}${e.end === undefined ? '        ' : ` → ${e.end.toFixed(0).padStart(5)}`}  ${e.name.slice(0, 70)}`);
    }
    if (cpu && run === (which === 'national' ? 0 : 1)) {
      const { profile } = (await session.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const n = byId.get(id)!;
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(0).padStart(6)} ms  ${key}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
