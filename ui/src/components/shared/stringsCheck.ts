/**
 * Test helpers for a view's strings (used by the views' strings tests only): both languages have
 * the same keys and placeholders, no empty text, and every literal t('…') key in the view's source
 * exists, so a typo shows up as a failing test rather than as a raw key on the page.
 */

/** Every leaf as `path → text`. */
export function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(path, value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leafPath, leaf] of leaves(child, path === '' ? key : `${path}.${key}`)) out.set(leafPath, leaf);
    }
  } else {
    throw new Error(`${path} is neither a string nor a group of strings`);
  }
  return out;
}

/** The placeholder names of a template, sorted: `{{count, number}}` counts as `count`. */
export const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

/** Literal keys passed to t('…') or t("…") in source text. */
export const literalKeys = (source: string): string[] => [...source.matchAll(/\bt\(\s*['"]([\w.]+)['"]/g)].map((m) => m[1] ?? '');

/** A key resolves to a string, directly or through i18next's plural suffixes. */
export function resolves(keys: ReadonlyMap<string, string>, key: string): boolean {
  return keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
}

/** Problems with a namespace: missing or extra keys, changed placeholders, empty text, unknown literal keys. */
export function stringProblems(sv: unknown, en: unknown, sources: Readonly<Record<string, string>>): string[] {
  const svLeaves = leaves(sv);
  const enLeaves = leaves(en);
  const problems: string[] = [];
  for (const key of svLeaves.keys()) if (!enLeaves.has(key)) problems.push(`en lacks ${key}`);
  for (const key of enLeaves.keys()) if (!svLeaves.has(key)) problems.push(`sv lacks ${key}`);
  for (const [key, text] of [...svLeaves, ...enLeaves]) if (text.trim() === '') problems.push(`${key} is empty`);
  for (const [key, text] of svLeaves) {
    const other = enLeaves.get(key);
    if (other !== undefined && placeholders(other).join() !== placeholders(text).join()) problems.push(`${key} has other placeholders in en`);
  }
  for (const [file, source] of Object.entries(sources)) {
    for (const key of literalKeys(source)) if (!resolves(svLeaves, key)) problems.push(`${file} uses unknown key ${key}`);
  }
  return problems;
}
