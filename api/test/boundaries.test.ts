/**
 * The boundaries the folder layout promises: only the storage adapters touch a database driver,
 * only the server and GraphQL layers touch HTTP and Apollo, and the model and read model stay
 * free of both. (Checked by reading the imports, so a violation fails `npm test`.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const files = [...sources(join(REPO, 'api/src')), ...sources(join(REPO, 'ui/src'))].map((f) => ({
  path: relative(REPO, f),
  imports: [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
}));

const RULES: { module: RegExp; allowedIn: RegExp; why: string }[] = [
  { module: /^kuzu$/, allowedIn: /^api\/src\/store\/kuzu\//, why: 'only the Kuzu adapter talks to Kuzu' },
  { module: /^neo4j-driver$/, allowedIn: /^api\/src\/store\/neo4j\//, why: 'only the Neo4j adapter talks to Neo4j' },
  { module: /^(express|@as-integrations\/)/, allowedIn: /^api\/src\/(server\/|auth\/routes\.ts$)/, why: 'HTTP lives in server/ (and the sign-in routes)' },
  { module: /^@apollo\/server/, allowedIn: /^api\/src\/(server\/|auth\/authorize\.ts$)/, why: 'Apollo is wired up in server/ (and the authorization plugin)' },
  { module: /^cytoscape/, allowedIn: /^ui\/src\/graph\//, why: 'only the UI graph folder draws with Cytoscape' },
  { module: /\/store\/(kuzu|neo4j)\//, allowedIn: /^api\/src\/main\.ts$/, why: 'the rest sees the GraphStore interface' },
  { module: /^\.{1,2}\/.*(server|graphql)\//, allowedIn: /^api\/src\/(server|graphql|main\.ts|auth\/authorize\.ts)/, why: 'the model, read model and service do not know about GraphQL or HTTP' },
];

describe('module boundaries', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.imports.includes('kuzu'))).toBe(true);
  });

  for (const rule of RULES) {
    it(rule.why, () => {
      const offenders = files
        .filter((f) => !rule.allowedIn.test(f.path))
        .flatMap((f) => f.imports.filter((i) => rule.module.test(i)).map((i) => `${f.path} imports ${i}`));
      expect(offenders).toEqual([]);
    });
  }
});
