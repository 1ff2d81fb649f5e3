/** Plain-language helpers for findings, in Swedish and English. */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';

/** "A, B och C" / "A, B and C", shortened with "and N more" past `max`. */
export function listSv(items: readonly string[], max = 6): string {
  return join(items, max, 'och', (n) => `${n} till`);
}
export function listEn(items: readonly string[], max = 6): string {
  return join(items, max, 'and', (n) => `${n} more`);
}
function join(items: readonly string[], max: number, and: string, more: (n: number) => string): string {
  if (items.length === 0) return '';
  const shown = items.length > max ? [...items.slice(0, max - 1), more(items.length - max + 1)] : [...items];
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}`;
}

export function nameOf(node: NodeRecord | undefined): string {
  if (!node) return '?';
  return node.label === 'Person' ? node.pseudonym : node.name;
}

export function names(snapshot: MapSnapshot, ids: Iterable<string>): string[] {
  const collator = new Intl.Collator('sv');
  return [...ids].map((id) => nameOf(snapshot.node(id))).sort(collator.compare);
}

/** "the actor X in Y" style location suffix: " (Östersund)". */
export function where(snapshot: MapSnapshot, id: string): string {
  const area = snapshot.areaOf(id);
  return area ? ` (${area.name})` : '';
}

export const percent = (x: number): string => `${Math.round(x * 100)} %`;

/** Severity in Swedish words, for explanations. */
export const SEVERITY_SV = { HIGH: 'hög', MEDIUM: 'medel', LOW: 'låg' } as const;
