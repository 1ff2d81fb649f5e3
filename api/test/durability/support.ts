/** Shared helpers of the durability tests: temp Kuzu databases, the demo map, exports. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBackup } from '../../src/backup/export.js';
import { serializeBackup, type Backup } from '../../src/backup/format.js';
import { createLogger } from '../../src/logger.js';
import { seed } from '../../src/server/seed.js';
import { MapService } from '../../src/service/map-service.js';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import { DEMO_SEED } from '../support/harness.js';

export function tempRoot(prefix: string): { dir: (name: string) => string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), `aktorskartan-${prefix}-`));
  return { dir: (name) => join(root, name), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Opens a Kuzu store on `dir`, runs `work`, and always closes it (one Database per directory per process). */
export async function withStore<T>(dir: string, work: (store: KuzuStore) => Promise<T>): Promise<T> {
  const store = new KuzuStore(dir);
  try {
    await store.init();
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Seeds the Jämtland demo map into a fresh database in `dir`. */
export async function seedDemo(dir: string): Promise<void> {
  await withStore(dir, async (store) => {
    const service = new MapService(store, createLogger('silent'));
    const report = await seed(service, DEMO_SEED);
    if (report.status !== 'APPLIED') throw new Error(`demo seed rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
  });
}

export async function exportAt(dir: string): Promise<{ backup: Backup; text: string }> {
  return withStore(dir, async (store) => {
    const { backup, problems } = await exportBackup(store);
    if (problems.length > 0) throw new Error(`export problems: ${JSON.stringify(problems.slice(0, 3))}`);
    return { backup, text: serializeBackup(backup) };
  });
}

/** The text with its one time-dependent field blanked. */
export const withoutExportedAt = (text: string): string => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');
