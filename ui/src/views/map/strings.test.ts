import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../api/src/graphql/schema.graphql?raw';
import { SHAPE_FAMILIES } from '../../graph/palette';
import { en, sv } from './strings';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
const svKeys = leaves(sv as unknown as Tree);
const schema = buildSchema(schemaText);

describe('the map’s strings', () => {
  it('have the same keys in Swedish and English, none empty', () => {
    expect(leaves(en as unknown as Tree)).toEqual(svKeys);
    for (const key of svKeys) {
      const read = (tree: Tree) => key.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree);
      expect(read(sv as unknown as Tree), key).not.toBe('');
      expect(read(en as unknown as Tree), key).not.toBe('');
    }
  });

  it.each(Object.keys(sv.vocab).filter((name) => name !== 'ShapeFamily'))('label every value of the %s enum', (name) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    expect(Object.keys(sv.vocab[name as keyof typeof sv.vocab]).sort()).toEqual(type.getValues().map((v) => v.name).sort());
  });

  it('label every shape family', () => {
    expect(Object.keys(sv.vocab.ShapeFamily).sort()).toEqual([...SHAPE_FAMILIES].sort());
  });

  it('have every key the view’s components ask for', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.tsx')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const used = new Set(sources.flatMap((source) => [...source.matchAll(/\bt\('([a-zA-Z.]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(40);
    // i18next plurals: `count` picks key_one / key_other.
    const missing = [...used].filter((key) => !svKeys.includes(key) && !svKeys.includes(`${key}_one`));
    expect(missing).toEqual([]);
  });
});
