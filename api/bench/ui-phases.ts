/**
 * Where a map's load time goes, phase by phase, as the median of several fresh loads in headless
 * Chromium: the script starting, the first GraphQL request sent, the map's data arrived, the
 * layout worker created, ready and computing, the first drawing of nodes on the canvas, and laid
 * out and drawn (data-layout-done). Each figure is milliseconds since navigation started.
 * Run after `npm run build -w ui`: `cd api && node --import tsx bench/ui-phases.ts [jamtland|synthetic] [runs]`
 */
import { loadavg } from 'node:os';
import { launchBrowser } from '../test/e2e/browser.js';
import { layoutDoneAt, RECORD_LAYOUT_DONE } from '../test/e2e/support-map/measure.js';
import { startSyntheticServer } from '../test/e2e/support-map/synthetic-server.js';
import { startTestServer, type TestServer } from '../test/support/harness.js';

const which = process.argv[2] ?? 'jamtland';
const runs = Number(process.argv[3] ?? (which === 'jamtland' ? 5 : 3));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** Read in the page once the map is done; marks that did not happen are left out. */
const COLLECT = `JSON.stringify((() => {
  const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
  const measure = performance.getEntriesByType('measure').find((m) => m.name === 'map:worker-layout');
  const resources = performance.getEntriesByType('resource');
  const script = resources.find((r) => /\\/assets\\/index-[^/]*\\.js$/.test(r.name));
  const gql = resources.filter((r) => r.name.endsWith('/graphql'));
  // The map's data is the largest answer among the first requests.
  const graph = [...gql].sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
  return {
    'script loaded': script?.responseEnd,
    'script started (boot:script)': marks['boot:script'],
    'first GraphQL request sent': gql.length ? Math.min(...gql.map((r) => r.startTime)) : undefined,
    'map data arrived': graph?.responseEnd,
    'layout worker created': marks['layout:worker-created'],
    'layout worker ready': marks['layout:worker-ready'],
    'layout asked (map:layout-asked)': marks['map:layout-asked'],
    'layout worker start': marks['layout:worker-start'],
    'layout worker end': measure ? measure.startTime + measure.duration : undefined,
    'elements on the canvas (map:synced)': marks['map:synced'],
    'first drawing with nodes': marks['map:first-draw'],
    'laid out (map:laid-out)': marks['map:laid-out'],
    'framed (map:framed)': marks['map:framed'],
    'laid out and drawn (data-layout-done)': window.__layoutDoneAt,
  };
})())`;

const server: TestServer = which === 'jamtland' ? await startTestServer({ seedDemo: true }) : (await startSyntheticServer(42, 0.12)).server;
const url = which === 'synthetic-all'
  ? `${server.url}/?rels=MEMBER_OF,SITS_IN,REPRESENTS,CONVENES,REFERS_TO,PART_OF,LOCATED_IN,WITHIN,ADDRESSES,WORKS_ON,OFFERS,HAS_ROUTINE,COVERS`
  : `${server.url}/`;
const browser = await launchBrowser();
const phases = new Map<string, number[]>();
try {
  // One load first to warm the server's caches and the OS; it is not counted.
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
    await context.addInitScript(RECORD_LAYOUT_DONE);
    const page = await context.newPage();
    const loadAtStart = load();
    await page.goto(url);
    const done = await layoutDoneAt(page);
    const times = JSON.parse((await page.evaluate(COLLECT)) as string) as Record<string, number | undefined>;
    await context.close();
    process.stderr.write(`[bench:ui-phases] run ${run}${run === 0 ? ' (warm-up)' : ''}: done at ${done.toFixed(0)} ms (load ${loadAtStart})\n`);
    if (run === 0) continue;
    for (const [phase, ms] of Object.entries(times)) {
      if (ms === undefined || ms === null) continue;
      phases.set(phase, [...(phases.get(phase) ?? []), ms]);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
console.log(`${which}: median of ${runs} fresh loads, ms since navigation start (load average after: ${load()})`);
for (const [phase, xs] of [...phases].sort((a, b) => median(a[1]) - median(b[1]))) {
  console.log(`${median(xs).toFixed(0).padStart(7)}  ${phase.padEnd(42)} (${xs.map((x) => x.toFixed(0)).join(', ')})`);
}
