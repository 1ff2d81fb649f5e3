/**
 * Likely duplicates before an import is applied: a new actor row whose name is close to an actor
 * already on the map ("IFO Berg" and "Socialtjänst IFO Berg"), in the same area when both say.
 * Rows that match an existing actor by id or natural key are updates, not duplicates.
 */
import { parse } from 'csv-parse/sync';
import { slugify } from '../domain/link-columns.js';
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { ImportFile } from './csv-import.js';
import { naturalId, TEMPLATE, type NodeFileSpec } from './template.js';

export interface LikelyDuplicate {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly existing: NodeRecord<'Actor'>;
}

const ACTORS = TEMPLATE.find((s): s is NodeFileSpec => s.kind === 'node' && s.label === 'Actor')!;
// Words that say what kind of unit it is rather than which one: they alone never make a match.
const GENERIC = new Set(['och', 'i', 'for', 'av', 'the', 'of']);
const words = (name: string): Set<string> => new Set(slugify(name).split('-').filter((w) => w !== '' && !GENERIC.has(w)));

/** Close names: one's words all among the other's (at least two of them), or most words shared. */
export function namesAlike(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  const shared = [...small].filter((w) => large.has(w)).length;
  if (small.size >= 2 && shared === small.size) return true;
  const union = new Set([...x, ...y]).size;
  return union > 0 && shared / union >= 0.6;
}

export function likelyDuplicates(snapshot: MapSnapshot, files: readonly ImportFile[]): LikelyDuplicate[] {
  const file = files.find((f) => f.name.trim().toLowerCase() === ACTORS.file);
  if (!file) return [];
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(file.content.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof rows;
  } catch {
    return []; // the import itself reports the syntax error
  }
  const [head, ...body] = rows;
  if (!head) return [];
  const columns = head.record.map((c) => c.trim());
  const existing = snapshot.all('Actor');
  const out: LikelyDuplicate[] = [];
  for (const row of body) {
    const cell = (column: string) => row.record[columns.indexOf(column)]?.trim() ?? '';
    const name = cell('name');
    if (name === '') continue;
    const id = cell('id') || naturalId(ACTORS, cell);
    if (snapshot.node(id)) continue; // an update of that actor
    const area = cell('area');
    for (const actor of existing) {
      const theirArea = snapshot.areaOf(actor.id)?.id;
      if (area !== '' && theirArea !== undefined && area !== theirArea) continue;
      if (namesAlike(name, actor.name)) out.push({ file: ACTORS.file, line: row.info.lines, name, existing: actor });
    }
  }
  return out;
}
