/** Bulk statement rows as Kuzu needs them (the adapter and the restore writer). */
/**
 * Kuzu types a bulk statement's rows from the first row: a row list whose first row has an empty
 * (or null) list, or a null boolean, where a later row has a value fails at run time ("a vector
 * with ANY type"). So the rows go in groups that agree on which list and boolean fields hold a
 * value; within a group a field is typed by every row or null in every row (and the Kuzu bulk
 * files CAST such nulls to the column's type). Empty lists go as null: Kuzu stores them so anyway
 * (decision 003).
 */
export function kuzuRowGroups(rows: readonly Record<string, unknown>[]): Record<string, unknown>[][] {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    let signature = '';
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      const empty = Array.isArray(value) && value.length === 0;
      out[key] = empty ? null : value;
      if (Array.isArray(value) || typeof value === 'boolean' || value === null) signature += empty || value === null ? '0' : '1';
    }
    const group = groups.get(signature);
    if (group) group.push(out);
    else groups.set(signature, [out]);
  }
  return [...groups.values()];
}
