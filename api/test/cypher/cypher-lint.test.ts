/**
 * Every .cypher file, checked by Neo4j's own linter (Cypher 5, with the schema's labels,
 * relationship types and property keys) and against the constructs Kuzu does not run.
 * The Kuzu DDL is the one file not in Neo4j's dialect; the contract suite runs it on Kuzu.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaSchema, nodePropsSchemas, relPropsSchemas } from '../../src/domain/model.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/domain/vocabulary.js';
import { CYPHER_DIR, stripComments } from '../../src/store/cypher-files.js';

// The package's ESM build has extension-less imports that Node cannot load; its CJS build works.
const require = createRequire(import.meta.url);
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery: (query: string, schema: object) => { severity: number; message: string; offsets?: { start: number } }[];
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : [],
  );
}

const files = walk(CYPHER_DIR).map((f) => relative(CYPHER_DIR, f)).sort();
const KUZU_ONLY = new Set(['schema/kuzu.cypher']);

const propertyKeys = [
  ...new Set([
    'id', 'graphVersion', 'kind', 'key', 'json',
    ...Object.keys(metaSchema.shape),
    ...Object.values(nodePropsSchemas).flatMap((s) => Object.keys(s.shape)),
    ...Object.values(relPropsSchemas).flatMap((s) => Object.keys(s.shape)),
  ]),
];

/** Property names used in a statement: `n.name` and `{id: …}` (the linter does not check these). */
function propertiesUsed(text: string): string[] {
  const access = [...text.matchAll(/\b[a-z]\w*\.([a-zA-Z]\w*)/g)].map((m) => m[1]!);
  const inPattern = [...text.matchAll(/[{,]\s*([a-zA-Z]\w*)\s*:/g)].map((m) => m[1]!);
  return [...new Set([...access, ...inPattern])];
}

/** Constructs one of the two engines does not run (see ../shared/kuzu-notes.md). */
const NOT_PORTABLE: [RegExp, string][] = [
  [/\{\s*\.\w/, 'map projection'],
  [/\[\s*\w+\s+IN\s+[^\]]*(WHERE|\|)/i, 'list comprehension'],
  [/\+=/, 'SET n += map'],
  [/shortestPath\s*\(/i, 'shortestPath()'],
  [/\btype\s*\(/i, 'type(r) (Kuzu has label(r))'],
  [/\blabel\s*\(/i, 'label(r) (Neo4j has type(r))'],
  [/toString\s*\(/i, 'toString()'],
  [/\bapoc\./i, 'APOC'],
  [/elementId\s*\(/i, 'elementId()'],
];

describe('Cypher files', () => {
  it('finds misspelt property names', () => {
    expect(propertiesUsed('MATCH (n:Actor {id: $id}) SET n.nmae = $name RETURN n.version').filter((p) => !propertyKeys.includes(p))).toEqual(['nmae']);
  });

  it('are all found (queries, both schemas)', () => {
    expect(files).toContain('schema/kuzu.cypher');
    expect(files).toContain('schema/neo4j.cypher');
    expect(files.filter((f) => f.startsWith('queries/')).length).toBeGreaterThan(40);
  });

  it('flags a misspelt label, relationship type and a syntax error (the linter is wired up)', () => {
    const lint = (q: string) => lintCypherQuery(q, { labels: [...NODE_LABELS], relationshipTypes: [...RELATIONSHIP_TYPES], propertyKeys, parameters: { id: '' }, defaultLanguage: 'CYPHER 5' });
    expect(lint('MATCH (n:Actr {id: $id}) RETURN n').some((d) => d.message.includes('Actr'))).toBe(true);
    expect(lint('MATCH ()-[r:MEMBER]->() RETURN r').some((d) => d.message.includes('MEMBER'))).toBe(true);
    expect(lint('MATCH (n:Actor RETURN n').some((d) => d.severity === 1)).toBe(true);
  });

  for (const file of files.filter((f) => !KUZU_ONLY.has(f) && !f.endsWith('.kuzu.cypher'))) {
    it(`${file} passes Neo4j's linter with no errors and no unknown names`, () => {
      const text = stripComments(readFileSync(join(CYPHER_DIR, file), 'utf8'));
      const parameters = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1], '']));
      const diagnostics = lintCypherQuery(text, {
        labels: [...NODE_LABELS, 'Meta', 'AuxRecord'],
        relationshipTypes: [...RELATIONSHIP_TYPES],
        propertyKeys,
        parameters,
        defaultLanguage: 'CYPHER 5',
      });
      const serious = diagnostics.filter((d) => d.severity === 1 || /not present in the database/.test(d.message));
      expect(serious.map((d) => d.message)).toEqual([]);
      // A bulk statement's rows carry a relationship's ends as row.from and row.to beside its properties.
      const known = file.startsWith('queries/bulk/') || file.startsWith('queries/restore-bulk/') ? [...propertyKeys, 'from', 'to'] : propertyKeys;
      if (file.startsWith('queries/')) expect(propertiesUsed(text).filter((p) => !known.includes(p))).toEqual([]);
    });

    if (file.startsWith('queries/')) {
      it(`${file} is one statement in the subset both engines run`, () => {
        const text = stripComments(readFileSync(join(CYPHER_DIR, file), 'utf8'));
        expect(text.replace(/;\s*$/, '')).not.toContain(';');
        for (const [pattern, what] of NOT_PORTABLE) expect(pattern.test(text), what).toBe(false);
      });
    }
  }
});
