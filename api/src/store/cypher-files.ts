/**
 * The Cypher statements, read from the repository's cypher/ folder: one statement per file,
 * parameters only ($name), never assembled from strings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { REL_ENDPOINTS } from '../domain/model.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';

export const CYPHER_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));

const kebab = (s: string): string =>
  s.replace(/_/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

export const statementName = {
  nodeUpsert: (label: NodeLabel) => `nodes/${kebab(label)}-upsert`,
  nodeDelete: (label: NodeLabel) => `nodes/${kebab(label)}-delete`,
  relUpsert: (type: RelationshipType, fromLabel: NodeLabel) =>
    REL_ENDPOINTS[type].length > 1
      ? `relationships/${kebab(type)}-from-${kebab(fromLabel)}-upsert`
      : `relationships/${kebab(type)}-upsert`,
  relDelete: (type: RelationshipType) => `relationships/${kebab(type)}-delete`,
  nodeUpsertMany: (label: NodeLabel) => `bulk/${kebab(label)}-upsert-many`,
  nodeDeleteMany: (label: NodeLabel) => `bulk/${kebab(label)}-delete-many`,
  relUpsertMany: (type: RelationshipType, fromLabel: NodeLabel) =>
    REL_ENDPOINTS[type].length > 1
      ? `bulk/${kebab(type)}-from-${kebab(fromLabel)}-upsert-many`
      : `bulk/${kebab(type)}-upsert-many`,
  relCreateMany: (type: RelationshipType, fromLabel: NodeLabel) =>
    REL_ENDPOINTS[type].length > 1
      ? `bulk/${kebab(type)}-from-${kebab(fromLabel)}-create-many`
      : `bulk/${kebab(type)}-create-many`,
  relDeleteMany: (type: RelationshipType) => `bulk/${kebab(type)}-delete-many`,
  nodesOfLabel: (label: NodeLabel) => `read/${kebab(label)}-all`,
  auxUpsert: 'aux/aux-upsert',
  auxUpsertMany: 'bulk/aux-upsert-many',
  auxById: 'aux/aux-by-id',
  auxByKey: 'aux/aux-by-key',
  auxList: 'aux/aux-list',
  auxDelete: 'aux/aux-delete',
  relationshipsAll: 'read/relationships-all',
  graphVersion: 'meta/graph-version',
  graphVersionBump: 'meta/graph-version-bump',
  graphVersionSet: 'meta/graph-version-set',
  feedAfter: 'feed/feed-after',
  feedPrune: 'feed/feed-prune',
} as const;

/** The id of the one Meta node that holds the graph version. */
export const META_ID = 'graph';

/** Strips `//` comment lines (the files may start with one saying why they exist). */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Every query file under cypher/queries, keyed by path without extension. */
export function loadQueries(dir = join(CYPHER_DIR, 'queries')): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const file of walk(dir)) {
    if (file.endsWith('.cypher')) map.set(file.slice(0, -'.cypher'.length), stripComments(readFileSync(join(dir, file), 'utf8')));
  }
  return map;
}

function statementsOf(file: string): string[] {
  const text = stripComments(readFileSync(join(CYPHER_DIR, 'schema', file), 'utf8'));
  return text.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
}

/**
 * The schema of one engine, split into statements. Kuzu's is followed by its migrations: the
 * columns added since a database was made (idempotent; Neo4j needs none).
 */
export function loadSchema(engine: 'kuzu' | 'neo4j'): string[] {
  return engine === 'kuzu' ? [...statementsOf('kuzu.cypher'), ...statementsOf('kuzu-migrate.kuzu.cypher')] : statementsOf('neo4j.cypher');
}

export class QueryBook {
  constructor(private readonly queries: ReadonlyMap<string, string> = loadQueries()) {}
  /** The statement; `name.kuzu.cypher` stands in for `name.cypher` on Kuzu where the engines truly differ. */
  get(name: string, engine?: 'kuzu' | 'neo4j'): string {
    const text = (engine && this.queries.get(`${name}.${engine}`)) || this.queries.get(name);
    if (text === undefined) throw new Error(`no Cypher file cypher/queries/${name}.cypher`);
    return text;
  }
}
