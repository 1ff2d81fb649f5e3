/**
 * The backup format and the restore statements, without a database: every label, relationship
 * type and endpoint pair has a restore statement that writes every property of the model (so a
 * property added to the model and not to its restore file fails here), and the file text is
 * deterministic and reads back to the same backup.
 */
import { describe, expect, it } from 'vitest';
import { backupFromStored } from '../../src/backup/export.js';
import { jsonPath, parseBackup, serializeBackup, validateBackup } from '../../src/backup/format.js';
import { allRestoreStatements, restoreStatementName } from '../../src/backup/restore-statements.js';
import { metaSchema, nodePropsSchemas, REL_ENDPOINTS, relPropsSchemas } from '../../src/domain/model.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/domain/vocabulary.js';
import { QueryBook } from '../../src/store/cypher-files.js';
import { generateNationalMap } from '../../src/synthetic/national-map.js';

const book = new QueryBook();
const META = Object.keys(metaSchema.shape);

/** `n.name = $name` pairs of a statement; a mismatched pair is returned as `name≠other`. */
function assignments(text: string, variable: string): string[] {
  return [...text.matchAll(new RegExp(`\\b${variable}\\.(\\w+) = \\$(\\w+)`, 'g'))].map((m) => (m[1] === m[2] ? m[1]! : `${m[1]}≠${m[2]}`));
}

describe('restore statements', () => {
  it('exist for every label, every relationship type and endpoint pair, and the graph version', () => {
    const names = allRestoreStatements();
    expect(names.length).toBe(NODE_LABELS.length + Object.values(REL_ENDPOINTS).reduce((n, pairs) => n + pairs.length, 0) + 1);
    for (const name of names) expect(() => book.get(name), name).not.toThrow();
  });

  for (const label of NODE_LABELS) {
    it(`${label}: creates the node by id and sets every stored property from its own parameter`, () => {
      const text = book.get(restoreStatementName.node(label));
      expect(text).toMatch(new RegExp(`^CREATE \\(n:${label} \\{id: \\$id\\}\\)`));
      expect(assignments(text, 'n').sort()).toEqual([...META, ...Object.keys(nodePropsSchemas[label].shape)].sort());
      expect(text).toMatch(/RETURN n\.version AS version$/);
    });
  }

  for (const type of RELATIONSHIP_TYPES) {
    for (const [from, to] of REL_ENDPOINTS[type]) {
      it(`${type} ${from}→${to}: matches both ends and sets every stored property`, () => {
        const text = book.get(restoreStatementName.rel(type, from));
        expect(text).toContain(`MATCH (a:${from} {id: $from})\nMATCH (b:${to} {id: $to})\nCREATE (a)-[r:${type} {id: $id}]->(b)`);
        expect(assignments(text, 'r').sort()).toEqual([...META, ...Object.keys(relPropsSchemas[type].shape)].sort());
        expect(text).toMatch(/RETURN r\.version AS version$/);
      });
    }
  }
});

describe('backup file text', () => {
  const graph = generateNationalMap({ seed: 3, scale: 0.01 });
  const { backup, problems } = backupFromStored(graph, 'neo4j', '2026-11-25T12:00:00.000Z');

  it('is built from any stored graph, records sorted by id', () => {
    expect(problems).toEqual([]);
    expect(backup.nodes.length).toBe(graph.nodes.length);
    expect(backup.relationships.length).toBe(graph.rels.length);
  });

  it('is deterministic, valid JSON, and reads back to the same backup', () => {
    const text = serializeBackup(backup);
    expect(serializeBackup(backupFromStored({ ...graph, nodes: [...graph.nodes].reverse(), rels: [...graph.rels].reverse() }, 'neo4j', backup.exportedAt).backup)).toBe(text);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(backup)));
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup).toEqual(backup);
    // One record per line, so a diff of two backups reads record by record.
    expect(text.split('\n').length).toBe(backup.nodes.length + backup.relationships.length + 12);
  });

  it('leaves out (and reports) a stored record that does not fit the model, and relationships to it', () => {
    const broken = { ...graph, nodes: graph.nodes.map((n, i) => (i === 0 ? { ...n, props: { ...n.props, version: 0 } } : n)) };
    const brokenId = String(graph.nodes[0]!.props['id']);
    const result = backupFromStored(broken, 'kuzu', backup.exportedAt);
    expect(result.problems[0]).toMatchObject({ id: brokenId, message: expect.stringMatching(/does not fit the model/) });
    expect(result.backup.nodes.length).toBe(graph.nodes.length - 1);
    const dropped = graph.rels.filter((r) => r.from === brokenId || r.to === brokenId).length;
    expect(result.problems.length).toBe(1 + dropped);
    expect(parseBackup(serializeBackup(result.backup)).ok).toBe(true);
  });

  it('reads a backup written before the contact channels and person-dependence as having none', () => {
    const actor = backup.nodes.find((n) => n.label === 'Actor')!;
    const { phone, website, email, personDependent, ...earlier } = actor.props;
    expect([phone, website, email, personDependent]).toEqual([null, null, null, false]);
    const old = { ...JSON.parse(serializeBackup(backup)), nodes: [{ label: 'Actor', props: earlier }] , relationships: [] };
    const parsed = validateBackup(old);
    expect(parsed.ok && parsed.backup.nodes[0]!.props).toEqual(actor.props);
    // A value given is still checked.
    expect(validateBackup({ ...old, nodes: [{ label: 'Actor', props: { ...earlier, website: 'javascript:alert(1)' } }] }).ok).toBe(false);
  });

  it('accepts an empty map and names paths in the JSON', () => {
    expect(validateBackup({ format: 'aktorskartan-backup', formatVersion: 1, exportedAt: '2026-11-25T12:00:00Z', graphVersion: 0, engine: 'kuzu', nodes: [], relationships: [] }).ok).toBe(true);
    expect(validateBackup([]).ok).toBe(false);
    expect(jsonPath(['nodes', 3, 'props', 'kind'])).toBe('$.nodes[3].props.kind');
    expect(jsonPath(['odd key'])).toBe('$["odd key"]');
  });
});
