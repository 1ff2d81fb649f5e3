/**
 * Timing in the page itself, so the figures do not include the test driver's round trips:
 *  - when the map first reported data-layout-done="true" (ms since navigation start);
 *  - how long from an event (a filter's change, a button's click) until the canvas shows another
 *    node count and the next frame has been drawn.
 */
import type { Page } from 'playwright-core';

/** Installed before any page script runs: records when the layout is first done. */
export const RECORD_LAYOUT_DONE = `
  new MutationObserver((_, observer) => {
    const canvas = document.querySelector('.map-canvas[data-layout-done="true"]');
    if (canvas && window.__layoutDoneAt === undefined) {
      window.__layoutDoneAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout-done'] });
`;

export async function layoutDoneAt(page: Page): Promise<number> {
  // A selector, not waitForFunction: the app's CSP forbids the eval that a string predicate needs.
  await page.waitForSelector('.map-canvas[data-layout-done="true"]', { timeout: 60_000 });
  return (await page.evaluate('window.__layoutDoneAt')) as number;
}

/**
 * Arms a measurement: the next `eventType` event (captured at the document) starts the clock; the
 * next change of the canvas's node count, plus two animation frames, stops it. Returns a promise
 * for the milliseconds, to be awaited after triggering the event.
 */
export async function armChangeTimer(page: Page, eventType: 'change' | 'click'): Promise<() => Promise<number>> {
  await page.evaluate(`window.__changeMs = new Promise((resolve) => {
    let start;
    document.addEventListener(${JSON.stringify(eventType)}, () => (start = performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (start === undefined) return;
      observer.disconnect();
      const from = start;
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - from)));
    }).observe(document.querySelector('.map-canvas'), { attributes: true, attributeFilter: ['data-node-count'] });
  });
  undefined`); // the expression's value must not be the promise, or evaluate would wait for it
  return async () => (await page.evaluate('window.__changeMs')) as number;
}
