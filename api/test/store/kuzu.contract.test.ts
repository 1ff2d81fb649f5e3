import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { describeGraphStoreContract } from './graph-store.contract.js';

const root = mkdtempSync(join(tmpdir(), 'aktorskartan-contract-'));
let n = 0;
const dirs = new WeakMap<GraphStore, string>();
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function openAt(dir: string): Promise<GraphStore> {
  const store = new KuzuStore(dir);
  await store.init();
  dirs.set(store, dir);
  return store;
}

describeGraphStoreContract('Kuzu (embedded)', {
  open: () => openAt(join(root, `db-${n++}`)),
  reopen: async (store) => {
    const dir = dirs.get(store)!;
    await store.close();
    return openAt(dir);
  },
});
