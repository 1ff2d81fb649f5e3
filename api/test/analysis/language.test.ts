/**
 * Swedish a coordinator would write: every explanation, suggestion, severity reason and missing
 * field the analysis generates — on the Jämtland demo map and on a synthetic map — in Swedish and
 * English, is scanned for raw tokens: enum values, rule ids, API names, report line references,
 * decimal points.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS, runAnalysis } from '../../src/analysis/analyze.js';
import { loadCoverageRules } from '../../src/analysis/coverage.js';
import { loadRules } from '../../src/analysis/rules.js';
import type { Finding } from '../../src/analysis/types.js';
import { FINDING_CLASSES, FRAME_SECTIONS, SEVERITIES } from '../../src/analysis/types.js';
import { GRAPHQL_ENUMS } from '../../src/domain/vocabulary.js';
import { MapSnapshot } from '../../src/readmodel/snapshot.js';
import { generateNationalMap } from '../../src/synthetic/national-map.js';
import { startTestServer, type TestServer } from '../support/harness.js';

const SEED_DIR = fileURLToPath(new URL('../../../seed/', import.meta.url));
const settings = {
  ...DEFAULT_ANALYSIS,
  representationRules: loadRules(`${SEED_DIR}/representation-rules.csv`),
  coverageRules: loadCoverageRules(`${SEED_DIR}/coverage-rules.csv`),
  today: () => '2026-12-03',
};

/** Upper-case words that are values of a vocabulary, not names (SFI is both: the name wins). */
const NAMES = new Set(['SFI']);
const ENUM_VALUES = new Set([...Object.values(GRAPHQL_ENUMS).flat(), ...SEVERITIES, ...FINDING_CLASSES, ...FRAME_SECTIONS, 'RECORDED', 'STRUCTURAL']
  .filter((v) => !NAMES.has(v)));
const RULE_IDS = [...settings.representationRules.map((r) => r.id), ...settings.coverageRules.map((r) => r.id)];

function rawTokens(text: string, rules: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const word of text.match(/(?<!\p{L})\p{Lu}[\p{Lu}_]+(?![\p{L}_])/gu) ?? []) if (ENUM_VALUES.has(word)) found.push(word);
  for (const m of text.match(/\bL\d{2,4}\b/g) ?? []) found.push(m);
  for (const m of text.match(/\d[.,]\d/g) ?? []) found.push(m);
  for (const m of text.match(/(?<!\p{L})[a-z]+[A-Z][A-Za-z]*(?!\p{L})/gu) ?? []) found.push(m); // camelCase: markVerified, timeLimited
  for (const m of text.match(/(?<!\p{L})[a-z]+\.[a-z][a-z-]+(?!\p{L})/gu) ?? []) found.push(m); // chain.dead-end
  for (const id of [...rules, ...RULE_IDS]) if (text.includes(id)) found.push(id);
  if (/jamtland-2024|inferred:/.test(text)) found.push('source reference');
  return found;
}

function texts(findings: readonly Finding[]): { where: string; text: string }[] {
  return findings.flatMap((f) => [
    ...(['sv', 'en'] as const).flatMap((lang) => [
      { where: `${f.rule} explanation ${lang}`, text: f.explanation[lang] },
      { where: `${f.rule} suggestion ${lang}`, text: f.suggestion[lang] },
      { where: `${f.rule} severity reason ${lang}`, text: f.severityReason[lang] },
      ...(f.missingField ? [{ where: `${f.rule} missing field ${lang}`, text: f.missingField[lang] }] : []),
      ...f.variants.map((v) => ({ where: `${v.rule} variant ${lang}`, text: v.explanation[lang] })),
    ]),
  ]);
}

let server: TestServer;
let demo: readonly Finding[];
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  demo = runAnalysis(await server.service.snapshot(), settings).findings;
});
afterAll(() => server.close());

describe('the language of findings', () => {
  it('has no raw tokens in anything generated for the demo map or a synthetic map, in Swedish or English', () => {
    const synthetic = runAnalysis(MapSnapshot.fromStored(generateNationalMap({ seed: 7, scale: 0.03 })), settings).findings;
    const all = [...demo, ...synthetic];
    const rules = new Set(all.flatMap((f) => [f.rule, ...f.variants.map((v) => v.rule)]));
    expect(rules.size).toBeGreaterThan(25);
    const problems = texts(all).flatMap(({ where, text }) => rawTokens(text, rules).map((t) => `${where}: ${t} in "${text.slice(0, 120)}"`));
    expect([...new Set(problems)].slice(0, 20)).toEqual([]);
  });

  it('the scanner itself catches what it is meant to', () => {
    const rules = new Set(['chain.dead-end']);
    expect(rawTokens('Regeln ”local-hrv-police” bedömer detta som HIGH; bekräfta (markVerified). Poäng 0.893 (L1245)', rules))
      .toEqual(['HIGH', 'L1245', '0.8', 'markVerified', 'local-hrv-police']);
    expect(rawTokens('SFI Härjedalen och BUP Region JH har 16 av 21 medlemmar; SOCIAL_SERVICES', rules)).toEqual(['SOCIAL_SERVICES']);
  });

  it('writes Swedish counts as "16 av 21" and agrees with its nouns', () => {
    const sv = texts(demo).filter((t) => t.where.endsWith(' sv')).map((t) => t.text);
    expect(sv.filter((t) => /\b1 aktörer\b|\b1 verksamheter\b|\bär aktivt\b/.test(t))).toEqual([]);
    expect(sv.filter((t) => /\d+ of \d+/.test(t))).toEqual([]);
  });
});
