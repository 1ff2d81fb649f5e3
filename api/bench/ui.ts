/**
 * The map view's budgets, measured in headless Chromium and printed (numbers, not assertions):
 *   - Jämtland demo map: navigation → laid out and drawn (data-layout-done), median of 5: ≤ 1 s
 *   - synthetic map of ≈3,000 nodes (seed 42, scale 0.12): navigation → laid out: ≤ 3 s
 *   - on that map, a filter change and a focus change until the canvas shows it: < 200 ms
 *   - synthetic map of ≈15,000 nodes (scale 0.75): navigation → drawn, then frames per second
 *     while panning by dragging (WebGL renderer for large maps)
 * Run: `npm run build -w ui` (from the repository root), then `cd api && node --import tsx bench/ui.ts`
 * (add `jamtland`, `synthetic` or `national` to run one part).
 */
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser.js';
import { armChangeTimer, layoutDoneAt, RECORD_LAYOUT_DONE } from '../test/e2e/support-map/measure.js';
import { startSyntheticServer } from '../test/e2e/support-map/synthetic-server.js';
import { ok, startTestServer } from '../test/support/harness.js';

const RUNS = 5;
const ALL_RELATIONSHIPS = 'MEMBER_OF,SITS_IN,REPRESENTS,CONVENES,REFERS_TO,PART_OF,LOCATED_IN,WITHIN,ADDRESSES,WORKS_ON,OFFERS,HAS_ROUTINE,COVERS';

const progress = (message: string) => process.stderr.write(`[bench:ui] ${message}\n`);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(', ');

/** A fresh browser context (no cache, no storage) per load: the first visit, not a revisit. */
async function loadMap(browser: Browser, url: string): Promise<{ page: Page; ms: number; nodes: number; edges: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
  await context.addInitScript(RECORD_LAYOUT_DONE);
  const page = await context.newPage();
  await page.goto(url);
  const ms = await layoutDoneAt(page);
  const canvas = page.locator('.map-canvas');
  return { page, ms, nodes: Number(await canvas.getAttribute('data-node-count')), edges: Number(await canvas.getAttribute('data-edge-count')) };
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

/** Loads the map `runs` times; keeps the last page open for what follows. */
async function loadTimes(browser: Browser, url: string, runs: number): Promise<{ summary: string; last: Page }> {
  const times: number[] = [];
  let last: { page: Page; nodes: number; edges: number } | undefined;
  for (let i = 0; i < runs; i++) {
    if (last) await close(last.page);
    const run = await loadMap(browser, url);
    progress(`${url}: laid out after ${run.ms.toFixed(0)} ms (${run.nodes} nodes)`);
    times.push(run.ms);
    last = run;
  }
  if (!last) throw new Error('no runs');
  return { summary: `median ${fmt(median(times))} (runs: ${list(times)} ms; ${last.nodes} nodes, ${last.edges} edges)`, last: last.page };
}

async function jamtland(browser: Browser): Promise<string[][]> {
  const server = await startTestServer({ seedDemo: true });
  try {
    await close((await loadMap(browser, server.url)).page); // warm the server's caches and the OS
    const { summary, last } = await loadTimes(browser, server.url, RUNS);
    await close(last);
    return [['Jämtland map: navigation → laid out (data-layout-done)', summary, '≤ 1 s']];
  } finally {
    await server.close();
  }
}

/** Time from an event to the canvas showing the change, for an action and its undoing, `runs` times. */
async function timeChange(
  page: Page, runs: number, eventType: 'change' | 'click', act: () => Promise<void>, undo: () => Promise<void>,
): Promise<{ act: number[]; undo: number[] }> {
  const times = { act: [] as number[], undo: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [step, run] of [['act', act], ['undo', undo]] as const) {
      const stop = await armChangeTimer(page, eventType);
      await run();
      times[step].push(await stop());
      progress(`${eventType} (${step}) shown after ${times[step].at(-1)?.toFixed(0)} ms`);
      await page.waitForSelector('.map-canvas[data-layout-done="true"]', { timeout: 60_000 });
    }
  }
  return times;
}

async function synthetic(browser: Browser): Promise<string[][]> {
  const started = performance.now();
  const { server, nodes, relationships } = await startSyntheticServer(42, 0.12);
  progress(`synthetic map imported (${nodes} nodes) in ${fmt(performance.now() - started)}`);
  const rows: string[][] = [[`synthetic map (seed 42, scale 0.12): ${nodes} nodes, ${relationships} relationships`, `imported in ${fmt(performance.now() - started)}`, '—']];
  try {
    const { areas } = ok(await server.gql('{ areas { id name type actorCount } }'));
    const area = (areas as { id: string; name: string; type: string; actorCount: number }[])
      .filter((a) => a.type === 'MUNICIPALITY')
      .sort((a, b) => b.actorCount - a.actorCount)[0]!;
    const everything = await loadTimes(browser, `${server.url}/?rels=${ALL_RELATIONSHIPS}`, 3);
    await close(everything.last);
    rows.push(['  every node and relationship type: navigation → laid out', everything.summary, '≤ 3 s']);
    const actorMap = await loadTimes(browser, `${server.url}/`, 3);
    rows.push(['  default view (actors, networks): navigation → laid out', actorMap.summary, '≤ 3 s']);
    rows.push(...(await interactions(actorMap.last, area)));
    await close(actorMap.last);
  } finally {
    await server.close();
  }
  return rows;
}

async function interactions(page: Page, area: { id: string; name: string }): Promise<string[][]> {
  const select = page.getByRole('combobox', { name: 'Område', exact: true });
  const filter = await timeChange(page, 5, 'change', () => select.selectOption(area.id).then(() => undefined), () => select.selectOption('').then(() => undefined));
  // Focus: choose the best-connected node from the table, then "Visa bara grannskapet" in its details.
  const links = page.getByRole('button', { name: 'Sortera efter Kopplingar' });
  await links.click();
  await page.locator('.map-table--nodes tbody tr th button').first().click();
  const focusButton = page.getByRole('button', { name: 'Visa bara grannskapet' });
  await focusButton.waitFor();
  const showAll = page.getByRole('button', { name: 'Visa hela kartan' });
  const focus = await timeChange(page, 5, 'click', () => focusButton.click(), () => showAll.click());
  const row = (what: string, xs: readonly number[], budget: string) => [what, `median ${fmt(median(xs))} (runs: ${list(xs)} ms)`, budget];
  return [
    row(`  filter change (area = ${area.name}) → shown`, filter.act, '< 200 ms'),
    row('  filter cleared (back to the whole map) → shown', filter.undo, '—'),
    row('  focus change (neighbourhood, depth 1) → shown', focus.act, '< 200 ms'),
    row('  focus left (back to the whole map) → shown', focus.undo, '—'),
  ];
}

/** Counts animation frames in the page, so panning can be measured in frames per second. */
const COUNT_FRAMES = `(() => { window.__frames = 0; const tick = () => { window.__frames++; requestAnimationFrame(tick); }; requestAnimationFrame(tick); })();`;

async function national(browser: Browser): Promise<string[][]> {
  const started = performance.now();
  const { server, nodes, relationships } = await startSyntheticServer(42, 0.75);
  progress(`national-size map imported (${nodes} nodes) in ${fmt(performance.now() - started)}`);
  const rows: string[][] = [[`synthetic map (seed 42, scale 0.75): ${nodes} nodes, ${relationships} relationships`, `imported in ${fmt(performance.now() - started)}`, '—']];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
    await context.addInitScript(RECORD_LAYOUT_DONE);
    await context.addInitScript(COUNT_FRAMES);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const ms = await layoutDoneAt(page);
    const canvas = page.locator('.map-canvas');
    const shown = Number(await canvas.getAttribute('data-node-count'));
    rows.push([`  default view: navigation → laid out and drawn (${shown} nodes)`, fmt(ms), 'renders']);
    const box = (await canvas.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const fps: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const frames0 = Number(await page.evaluate('window.__frames'));
      const t0 = performance.now();
      for (let step = 1; step <= 30; step++) await page.mouse.move(cx + (run % 2 ? -1 : 1) * step * 8, cy + step * 4);
      await page.mouse.up();
      const seconds = (performance.now() - t0) / 1000;
      fps.push((Number(await page.evaluate('window.__frames')) - frames0) / seconds);
      progress(`pan ${run + 1}: ${fps.at(-1)!.toFixed(0)} frames/s`);
    }
    rows.push(['  panning (drag, 30 moves): frames per second', `median ${median(fps).toFixed(0)} (runs: ${list(fps)})`, 'pans']);
    await context.close();
  } finally {
    await server.close();
  }
  return rows;
}

function printTable(rows: string[][]): void {
  const header = ['what', 'measured', 'budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
}

const browser = await launchBrowser();
try {
  const only = process.argv[2];
  // Other work on the machine slows the browser: the figures are read with the load beside them.
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  const loadBefore = load();
  const rows = [
    ...(only === undefined || only === 'jamtland' ? await jamtland(browser) : []),
    ...(only === undefined || only === 'synthetic' ? await synthetic(browser) : []),
    ...(only === undefined || only === 'national' ? await national(browser) : []),
  ];
  rows.push(['load average (1, 5, 15 min) before / after', `${loadBefore} / ${load()}`, '—']);
  printTable(rows);
} finally {
  await browser.close();
}
