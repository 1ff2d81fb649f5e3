/**
 * Backup and restore: the demo map round-trips byte for byte (apart from `exportedAt`), keeping
 * every id, version and timestamp; a restore lands whole or not at all; a bad file is refused
 * whole with its problems named by JSON path; a database that is not empty is refused unless
 * --force. The CLIs are run as a person would run them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/auth/audit.js';
import { checkIntegrity } from '../../src/backup/integrity.js';
import { parseBackup, type Backup } from '../../src/backup/format.js';
import { RestoreRefusedError } from '../../src/backup/restore-statements.js';
import { nodePropsSchemas } from '../../src/domain/model.js';
import { MapSnapshot } from '../../src/readmodel/snapshot.js';
import { restoreInto } from '../../src/store/kuzu/restore-writer.js';
import type { StoredValue } from '../../src/store/graph-store.js';
import { exportAt, seedDemo, tempRoot, withoutExportedAt, withStore } from './support.js';

const API = fileURLToPath(new URL('../../', import.meta.url));
const temp = tempRoot('backup');
afterAll(() => temp.remove());

const SOURCE = temp.dir('source');
let original: { backup: Backup; text: string };
let exportMs = 0;

/** An edited actor (version 2, updatedAt ≠ createdAt), so the round trip has a version and timestamps to keep. */
async function editSource(): Promise<void> {
  await withStore(SOURCE, async (store) => {
    const stored = await store.loadGraph();
    const actor = MapSnapshot.fromStored(stored).all('Actor')[0]!;
    const props: Record<string, StoredValue> = { lastVerifiedAt: '2026-10-01', source: 'backup test' };
    for (const key of Object.keys(nodePropsSchemas.Actor.shape)) props[key] = (actor as unknown as Record<string, StoredValue>)[key] ?? null;
    props['description'] = 'Edited once, so its version is 2';
    await store.write({
      ops: [{ op: 'upsertNode', label: 'Actor', id: actor.id, props, expect: { was: actor.version } }],
      basedOn: stored.graphVersion,
      now: '2026-11-01T12:00:00.000Z',
    });
  });
}

beforeAll(async () => {
  await seedDemo(SOURCE);
  await editSource();
  const started = performance.now();
  original = await exportAt(SOURCE);
  exportMs = performance.now() - started;
});

describe('backup format', () => {
  it('exports every node and relationship, sorted by id, in the documented shape', () => {
    const { backup } = original;
    expect(backup).toMatchObject({ format: 'aktorskartan-backup', formatVersion: 1, engine: 'kuzu' });
    expect(backup.nodes.length).toBeGreaterThan(300);
    expect(backup.relationships.length).toBeGreaterThan(1000);
    const ids = backup.nodes.map((n) => String(n.props['id']));
    expect(ids).toEqual([...ids].sort());
    const relIds = backup.relationships.map((r) => String(r.props['id']));
    expect(relIds).toEqual([...relIds].sort());
    const edited = backup.nodes.find((n) => n.props['description'] === 'Edited once, so its version is 2')!;
    expect(edited.props).toMatchObject({ version: 2, updatedAt: '2026-11-01T12:00:00.000Z', lastVerifiedAt: '2026-10-01', source: 'backup test' });
    expect(edited.props['createdAt']).not.toBe(edited.props['updatedAt']);
    expect(Object.keys(edited.props).slice(0, 6)).toEqual(['id', 'version', 'createdAt', 'updatedAt', 'lastVerifiedAt', 'source']);
    expect(Object.keys(backup)).toEqual(['format', 'formatVersion', 'exportedAt', 'graphVersion', 'engine', 'nodes', 'relationships']);
    expect(parseBackup(original.text).ok).toBe(true);
    const size = Buffer.byteLength(original.text);
    console.log(`demo map backup: ${backup.nodes.length} nodes, ${backup.relationships.length} relationships, ` +
      `${(size / 1024).toFixed(1)} KB, exported in ${exportMs.toFixed(0)} ms`);
  });

  it('gives byte-identical files for two exports of the same graph, apart from exportedAt', async () => {
    const again = await exportAt(SOURCE);
    expect(withoutExportedAt(again.text)).toBe(withoutExportedAt(original.text));
  });
});

describe('restore', () => {
  it('round-trips the demo map: backup → restore into an empty database → backup gives the same file', async () => {
    const target = temp.dir('restored');
    const parsed = parseBackup(original.text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const started = performance.now();
    const outcome = await restoreInto(target, parsed.backup);
    const restoreMs = performance.now() - started;
    expect(outcome).toEqual({
      nodes: original.backup.nodes.length, relationships: original.backup.relationships.length, deleted: 0, graphVersion: original.backup.graphVersion,
    });
    console.log(`demo map restore: ${outcome.nodes} nodes, ${outcome.relationships} relationships in ${restoreMs.toFixed(0)} ms`);

    const again = await exportAt(target);
    expect(withoutExportedAt(again.text)).toBe(withoutExportedAt(original.text));

    await withStore(target, async (store) => {
      const snapshot = MapSnapshot.fromStored(await store.loadGraph());
      expect(snapshot.problems).toEqual([]);
      expect(snapshot.nodes.size).toBe(original.backup.nodes.length);
      expect(snapshot.rels.size).toBe(original.backup.relationships.length);
      const report = await checkIntegrity(store);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(await store.graphVersion()).toBe(original.backup.graphVersion);
      // The restore is in the audit log like any write, readable by the audit API.
      const [event] = await auditLog(store, 10, null);
      expect(event).toMatchObject({ operation: 'restore', who: 'restore', whoId: 'system:restore', truncated: true });
    });
  });

  it('refuses a database that is not empty and writes nothing', async () => {
    const parsed = parseBackup(original.text);
    if (!parsed.ok) throw new Error('unexpected');
    await expect(restoreInto(SOURCE, parsed.backup)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreInto(SOURCE, parsed.backup)).rejects.toThrow(/not empty .*--force/);
    expect(withoutExportedAt((await exportAt(SOURCE)).text)).toBe(withoutExportedAt(original.text));
  });

  it('with force, deletes the map first in the same transaction, keeps accounts and the audit log, and moves the graph version on', async () => {
    const target = temp.dir('forced');
    await withStore(target, async (store) => {
      await store.write({
        ops: [{ op: 'upsertNode', label: 'Topic', id: 'only-here', props: { name: 'Only here', description: null, lastVerifiedAt: null, source: null }, expect: 'created' }],
        basedOn: 0, now: '2026-01-01T00:00:00.000Z',
      });
      await store.auxPut({ id: 'acc-kept', kind: 'account', key: 'anna', json: '{"id":"acc-kept"}', createdAt: '2026-01-01T00:00:00.000Z' });
      for (let v = 1; v < original.backup.graphVersion + 3; v++) {
        await store.write({ ops: [], basedOn: v, now: '2026-01-01T00:00:00.000Z' });
      }
    });
    const before = await withStore(target, (store) => store.graphVersion());
    expect(before).toBeGreaterThan(original.backup.graphVersion);
    const parsed = parseBackup(original.text);
    if (!parsed.ok) throw new Error('unexpected');
    const outcome = await restoreInto(target, parsed.backup, { force: true });
    expect(outcome.deleted).toBe(1);
    // Past the database's own version, so every server planning against the old map is refused and reloads.
    expect(outcome.graphVersion).toBe(before + 1);
    const after = await exportAt(target);
    expect(after.backup.nodes.find((n) => n.props['id'] === 'only-here')).toBeUndefined();
    expect(after.backup.nodes).toEqual(original.backup.nodes);
    expect(after.backup.relationships).toEqual(original.backup.relationships);
    expect(await withStore(target, (store) => store.auxGet('acc-kept'))).toMatchObject({ kind: 'account', key: 'anna' });
  });

  it('rolls back whole when a record cannot be written (nodes written before the failure are gone)', async () => {
    const target = temp.dir('rolled-back');
    const broken: Backup = {
      ...original.backup,
      // Not validated on purpose: the writer's own transaction is what is tested here.
      relationships: [...original.backup.relationships, { ...original.backup.relationships[0]!, from: 'no-such-actor', props: { ...original.backup.relationships[0]!.props, id: 'zz-dangling' } }],
    };
    await expect(restoreInto(target, broken)).rejects.toThrow(/zz-dangling.*was not written/);
    await withStore(target, async (store) => {
      const graph = await store.loadGraph();
      expect(graph.nodes.length).toBe(0);
      expect(graph.rels.length).toBe(0);
      expect(graph.graphVersion).toBe(0);
      // Nor its audit event: it commits or rolls back with the restore.
      expect(await store.auxList('audit', 10, '\uffff')).toEqual([]);
    });
  });

  it('rolls back whole when the database refuses a record, and reports the database\'s reason', async () => {
    const target = temp.dir('duplicate');
    const twice: Backup = { ...original.backup, nodes: [...original.backup.nodes, original.backup.nodes[0]!] };
    await expect(restoreInto(target, twice)).rejects.toThrow(/duplicat/i);
    await withStore(target, async (store) => {
      const graph = await store.loadGraph();
      expect(graph.nodes.length + graph.rels.length + graph.graphVersion).toBe(0);
    });
  });
});

describe('a corrupted backup is refused whole, each problem named by its JSON path', () => {
  const corrupt = (edit: (file: any) => void): string => {
    const file = JSON.parse(original.text);
    edit(file);
    return JSON.stringify(file);
  };
  const problemsOf = (text: string) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('a missing endpoint', () => {
    const rel = original.backup.relationships.find((r) => r.type === 'MEMBER_OF')!;
    const index = original.backup.relationships.indexOf(rel);
    const problems = problemsOf(corrupt((f) => {
      f.nodes = f.nodes.filter((n: any) => n.props.id !== rel.to);
    }));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^\\$\\.relationships\\[${index}\\]\\.to: no node with id "${rel.to}"`)));
  });

  it('a value outside an enum', () => {
    const index = original.backup.nodes.findIndex((n) => n.label === 'Actor');
    const problems = problemsOf(corrupt((f) => {
      f.nodes[index].props.kind = 'SPACESHIP';
    }));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^\\$\\.nodes\\[${index}\\]\\.props\\.kind: .*`))]);
  });

  it('a format version this program does not read', () => {
    expect(problemsOf(corrupt((f) => {
      f.formatVersion = 2;
    }))).toEqual(['$.formatVersion: this program reads backup format version 1, the file is version 2']);
    expect(problemsOf(corrupt((f) => {
      f.format = 'something-else';
    }))).toEqual([expect.stringMatching(/^\$\.format: .*not an Aktörskartan backup/)]);
  });

  it('duplicate ids, a wrong end label, an unknown or a missing property — all listed at once', () => {
    const actors = original.backup.nodes.flatMap((n, i) => (n.label === 'Actor' ? [i] : []));
    const [first, second, third] = actors as [number, number, number];
    const relIndex = original.backup.relationships.findIndex((r) => r.type === 'MEMBER_OF');
    const problems = problemsOf(corrupt((f) => {
      f.nodes[second].props.id = f.nodes[first].props.id;
      f.relationships[relIndex].toLabel = 'Topic';
      f.nodes[first].props.colour = 'red';
      delete f.nodes[third].props.version;
    }));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^\\$\\.nodes\\[${first}\\]\\.props: .*colour`)),
      expect.stringMatching(new RegExp(`^\\$\\.nodes\\[${second}\\]\\.props\\.id: id ".*" is used twice`)),
      expect.stringMatching(new RegExp(`^\\$\\.nodes\\[${third}\\]\\.props\\.version: `)),
      expect.stringMatching(new RegExp(`^\\$\\.relationships\\[${relIndex}\\]: MEMBER_OF cannot join Actor → Topic`)),
    ]));
  });

  it('a bad envelope and text that is not JSON', () => {
    expect(problemsOf(corrupt((f) => {
      f.exportedAt = 'yesterday';
      f.graphVersion = -1;
    }))).toEqual([
      expect.stringMatching(/^\$\.exportedAt: must be an ISO-8601 timestamp/),
      expect.stringMatching(/^\$\.graphVersion: /),
    ]);
    expect(problemsOf('{"format": "aktorskartan-backup", ')).toEqual([expect.stringMatching(/^\$: not valid JSON/)]);
  });
});

describe('the CLIs', () => {
  const cli = (script: string, args: string[], dataDir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      cwd: API, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'warn' }, timeout: 60_000,
    });

  it('backup → restore → restore again refused → restore --force, with counts printed and clear errors', () => {
    const file = temp.dir('cli-backup.json');
    const backup = cli('backup', ['--out', file], SOURCE);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`${original.backup.nodes.length} nodes .* ${original.backup.relationships.length} relationships`));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(withoutExportedAt(readFileSync(file, 'utf8'))).toBe(withoutExportedAt(original.text));

    const target = temp.dir('cli-restored');
    const restore = cli('restore', ['--in', file], target);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/restored .* integrity ok/);

    const again = cli('restore', ['--in', file], target);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/restore: refused, nothing was written: the database is not empty .*--force/);

    const forced = cli('restore', ['--in', file, '--force'], target);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/after deleting the \d+ nodes that were there/);
  });

  it('refuses a corrupted file before opening any database', () => {
    const file = temp.dir('cli-bad.json');
    const bad = JSON.parse(original.text);
    bad.nodes[0].label = 'Planet';
    writeFileSync(file, JSON.stringify(bad));
    const target = temp.dir('cli-never');
    const result = cli('restore', ['--in', file], target);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is refused, nothing was written .*\n {2}- \$\.nodes\[0\]\.label: /);
    expect(existsSync(target)).toBe(false);
  });

  it('says what to do when the database is in use, and when there is none', async () => {
    const missing = cli('backup', ['--out', temp.dir('none.json')], temp.dir('no-such-dir'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/there is no database in .*no-such-dir/);
    await withStore(SOURCE, async (store) => {
      await store.graphVersion();
      const busy = cli('backup', ['--out', temp.dir('busy.json')], SOURCE);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toMatch(/in use by another process: stop the server first/);
      writeFileSync(temp.dir('busy-restore.json'), original.text);
      const restoring = cli('restore', ['--in', temp.dir('busy-restore.json'), '--force'], SOURCE);
      expect(restoring.status).toBe(1);
      expect(restoring.stderr).toMatch(/nothing was written: the database in .* is in use by another process \(stop the server first\)/);
    });
  });
});
