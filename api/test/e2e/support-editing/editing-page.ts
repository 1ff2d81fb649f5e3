/** Helpers for the editing browser tests: reading the canvas's node positions and dragging between them. */
import type { Page } from 'playwright-core';

interface Point { readonly x: number; readonly y: number }

/** Where a node is drawn on the page (Cytoscape keeps its instance on the container, as `_cyreg.cy`). */
export async function nodeOnPage(page: Page, id: string): Promise<Point> {
  await page.locator('.map-canvas').scrollIntoViewIfNeeded();
  const box = await page.locator('.map-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const at = await page.locator('.map-canvas').evaluate((el, nodeId) => {
    type Cy = { getElementById(id: string): { empty(): boolean; renderedPosition(): { x: number; y: number } } };
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const node = cy.getElementById(nodeId);
    return node.empty() ? null : node.renderedPosition();
  }, id);
  if (!at) throw new Error(`node ${id} is not on the canvas`);
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Presses on one node, moves to another in steps, and lets go: a drawn link. */
export async function dragBetween(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.waitForTimeout(150); // edgehandles takes a target after hovering it (hoverDelay)
  await page.mouse.up();
}

export const today = (): string => new Date().toISOString().slice(0, 10);
