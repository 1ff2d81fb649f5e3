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

/** Swedish alphabetical order (å, ä, ö last); made once, since making one is slow. */
export const svCollator = new Intl.Collator('sv');

export function names(snapshot: MapSnapshot, ids: Iterable<string>): string[] {
  return [...ids].map((id) => nameOf(snapshot.node(id))).sort(svCollator.compare);
}

/**
 * " (Östersund)" after a local actor's name, so a reader knows where it is — left out when the
 * name already says it ("Förskola Krokom") or the area is a county or the nation.
 */
export function where(snapshot: MapSnapshot, id: string): string {
  const area = snapshot.areaOf(id);
  if (!area || area.type === 'COUNTY' || area.type === 'NATION') return '';
  const name = nameOf(snapshot.node(id)).toLocaleLowerCase('sv');
  return name.includes(area.name.toLocaleLowerCase('sv')) ? '' : ` (${area.name})`;
}

/** The name with where it is, when that is not already in the name. */
export const nameIn = (snapshot: MapSnapshot, id: string): string => `${nameOf(snapshot.node(id))}${where(snapshot, id)}`;

/** "3 verksamheter", "1 verksamhet". */
export const countSv = (n: number, singular: string, plural: string): string => `${n} ${n === 1 ? singular : plural}`;

export const percent = (x: number): string => `${Math.round(x * 100)} %`;

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "31 december 2024" from 2024-12-31. */
export const dateSv = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS_SV[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
export const dateEn = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS_EN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** A topic name in running text: "våld i nära relation", but "HRV" stays. */
export const inSentence = (name: string): string => (/^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLocaleLowerCase('sv') + name.slice(1) : name);

/** Severity in Swedish words, for explanations. */
export const SEVERITY_SV = { HIGH: 'hög', MEDIUM: 'medel', LOW: 'låg' } as const;
