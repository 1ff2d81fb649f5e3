/**
 * Restore of a backup into Neo4j 5, in one transaction (session.executeWrite). Running servers
 * may share the database: the Meta node is bumped first, as in every write batch, so their
 * concurrent batches wait for the restore and are then refused as planned against an old graph
 * version; they reload the snapshot and see the restored map.
 *
 * JavaScript numbers reach Neo4j as floats; the integer properties (version, graphVersion) are
 * sent as Neo4j integers, so a restored record reads back exactly as it was exported.
 */
import neo4j from 'neo4j-driver';
import type { Backup } from '../../backup/format.js';
import { runRestore, type ExistingNode, type RestoreOptions, type RestoreOutcome } from '../../backup/restore-statements.js';
import { NODE_LABELS } from '../../domain/vocabulary.js';
import type { Row } from '../batch.js';
import { loadSchema, META_ID, QueryBook, statementName } from '../cypher-files.js';
import type { Neo4jOptions } from './neo4j-store.js';

const INTEGER_PARAMS = new Set(['version', 'graphVersion']);

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

function toParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = INTEGER_PARAMS.has(key) && typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

/** Restores `backup` into the Neo4j database of `options`. */
export async function restoreInto(options: Neo4jOptions, backup: Backup, restoreOptions: RestoreOptions = {}): Promise<RestoreOutcome> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  const book = new QueryBook();
  try {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const statement of loadSchema('neo4j')) await session.run(statement);
      return await session.executeWrite(async (tx) => {
        const run = async (name: string, params: Record<string, unknown>): Promise<Row[]> => {
          const result = await tx.run(book.get(name), toParams(params));
          return result.records.map((record) => {
            const row: Record<string, unknown> = {};
            for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
            return row;
          });
        };
        const versionRows = await run(statementName.graphVersion, { id: META_ID });
        const currentVersion = Number(versionRows[0]?.['graphVersion'] ?? 0);
        const nodes: ExistingNode[] = [];
        for (const label of NODE_LABELS) {
          for (const row of await run(statementName.nodesOfLabel(label), {})) {
            const node = row['n'] as { properties: Record<string, unknown> };
            nodes.push({ label, id: String(node.properties['id']) });
          }
        }
        return runRestore(run, nodes, currentVersion, backup, restoreOptions);
      });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
