import type { AreaType } from './vocabulary';
import { compareNames } from './format';

export const AREAS_QUERY = /* GraphQL */ `
  query Areas {
    areas { id name type parent { id } }
  }
`;

export interface AreaRecord {
  readonly id: string;
  readonly name: string;
  readonly type: AreaType;
  readonly parent: { readonly id: string } | null;
}
export interface AreasResult {
  readonly areas: readonly AreaRecord[];
}

export interface AreaOption {
  readonly id: string;
  readonly name: string;
  /** 0 for the top (the nation), 1 for a county, … — for indenting the list. */
  readonly depth: number;
}

/**
 * Areas as a coordinator reads them: the nation, its counties, each county's municipalities in
 * alphabetical order (Swedish collation), districts under their municipality. An area whose parent
 * is missing from the list is treated as a top-level area rather than dropped.
 */
export function orderAreas(areas: readonly AreaRecord[], lang = 'sv'): AreaOption[] {
  const ids = new Set(areas.map((a) => a.id));
  const children = new Map<string | null, AreaRecord[]>();
  for (const area of areas) {
    const parent = area.parent !== null && ids.has(area.parent.id) ? area.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), area]);
  }
  const out: AreaOption[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => compareNames(a.name, b.name, lang));
    for (const area of list) {
      if (seen.has(area.id)) continue; // a cycle in hand-entered data must not hang the page
      seen.add(area.id);
      out.push({ id: area.id, name: area.name, depth });
      visit(area.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
