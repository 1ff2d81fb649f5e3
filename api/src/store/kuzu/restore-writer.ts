/**
 * Restore of a backup into an embedded Kuzu database, in one transaction. It opens its own
 * Database and Connection on the directory, so the server must not be running (Kuzu locks the
 * directory; a second process is refused, and this writer says so).
 *
 * The adapter's rules hold here too (docs/decisions/003): every QueryResult is read with
 * getAllSync() and closed, a timer keeps the process alive while Kuzu works, the batch is
 * BEGIN TRANSACTION … prepared (bulk UNWIND) statements … COMMIT (or ROLLBACK), never COPY.
 */
import { mkdirSync } from 'node:fs';
import kuzu from 'kuzu';
import type { Backup } from '../../backup/format.js';
import {
  RestoreRefusedError, runRestore, type ExistingNode, type RestoreOptions, type RestoreOutcome,
} from '../../backup/restore-statements.js';
import { NODE_LABELS } from '../../domain/vocabulary.js';
import type { Row } from '../batch.js';
import { loadSchema, META_ID, QueryBook, statementName } from '../cypher-files.js';
import { kuzuRowGroups } from './bulk-rows.js';

function rowsOf(result: kuzu.QueryResult | kuzu.QueryResult[]): Row[] {
  const results = Array.isArray(result) ? result : [result];
  try {
    return results.flatMap((r) => r.getAllSync() as Row[]);
  } finally {
    for (const r of results) r.close();
  }
}

function inUse(error: unknown, dir: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/lock/i.test(message)) {
    return new RestoreRefusedError(`the database in ${dir} is in use by another process (stop the server first): ${message.split('\n')[0]}`);
  }
  return error instanceof Error ? error : new Error(message);
}

/** Restores `backup` into the Kuzu database in `dir` (created when missing). */
export async function restoreInto(dir: string, backup: Backup, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  const book = new QueryBook();
  mkdirSync(dir, { recursive: true });
  const db = new kuzu.Database(`${dir}/graph.kuzu`);
  const conn = new kuzu.Connection(db);
  const prepared = new Map<string, kuzu.PreparedStatement>();
  const query = async (text: string): Promise<Row[]> => rowsOf(await conn.query(text));
  const run = async (name: string, params: Record<string, unknown>): Promise<Row[]> => {
    let statement = prepared.get(name);
    if (!statement) {
      statement = await conn.prepare(book.get(name, 'kuzu'));
      if (!statement.isSuccess()) throw new Error(`Kuzu cannot prepare ${name}: ${statement.getErrorMessage()}`);
      prepared.set(name, statement);
    }
    const rows = params['rows'];
    if (!Array.isArray(rows)) return rowsOf(await conn.execute(statement, params as Record<string, kuzu.KuzuValue>));
    const out: Row[] = [];
    for (const group of kuzuRowGroups(rows as Record<string, unknown>[])) {
      out.push(...rowsOf(await conn.execute(statement, { ...params, rows: group } as Record<string, kuzu.KuzuValue>)));
    }
    return out;
  };
  const keepAlive = setInterval(() => undefined, 60_000);
  try {
    try {
      for (const statement of loadSchema('kuzu')) await query(statement);
    } catch (error) {
      throw inUse(error, dir);
    }
    await query('BEGIN TRANSACTION');
    try {
      const versionRows = await run(statementName.graphVersion, { id: META_ID });
      const currentVersion = Number(versionRows[0]?.['graphVersion'] ?? 0);
      const nodes: ExistingNode[] = [];
      for (const label of NODE_LABELS) {
        for (const row of await run(statementName.nodesOfLabel(label), {})) nodes.push({ label, id: String((row['n'] as Record<string, unknown>)['id']) });
      }
      const outcome = await runRestore(run, nodes, currentVersion, backup, options);
      await query('COMMIT');
      return outcome;
    } catch (error) {
      // Kuzu ends the transaction itself when a statement fails; ROLLBACK then has nothing to do
      // and its own error must not hide the one that matters.
      await query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    prepared.clear();
    try {
      await conn.close();
      await db.close();
    } catch {
      // A database that could not be opened (locked) cannot be closed either; nothing was written.
    }
    clearInterval(keepAlive);
  }
}
