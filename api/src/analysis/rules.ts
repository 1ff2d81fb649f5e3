/**
 * Representation rules, kept as data the hub can edit (seed/representation-rules.csv): which actor
 * kinds or sectors a network of a given level, kind and topic should include, or that it should
 * include every municipality of its county.
 */
import { readFileSync } from 'node:fs';
import { readRuleRows } from './rules-csv.js';
import { z } from 'zod';
import { fold } from '../readmodel/text.js';
import { ACTOR_KINDS, LEVELS, NETWORK_KINDS, SECTORS } from '../domain/vocabulary.js';
import { CONCEPTS, SEVERITIES } from './types.js';

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s) => s.split(';').map((v) => v.trim()).filter(Boolean)).pipe(z.array(z.enum(values)));

/** Words separated by ";", folded for matching against a network's name and purpose. */
const words = z.string().optional().default('').transform((s) => s.split(';').map((v) => fold(v.trim())).filter(Boolean));

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be lower-case letters, digits and "-"'),
    networkLevel: z.union([z.literal('').transform(() => null), z.enum(LEVELS)]),
    networkKinds: list(NETWORK_KINDS),
    networkTopics: z.string().transform((s) => s.split(';').map((v) => v.trim()).filter(Boolean)),
    /** The rule applies only to networks whose name or purpose mentions one of these. */
    networkPurpose: words,
    /** …and not to networks whose name or purpose mentions one of these (their make-up is set by definition). */
    unlessPurpose: words,
    /** CORE: an adjunct or occasional member does not count. */
    membership: z.enum(['ANY', 'CORE']).optional().default('ANY'),
    requires: z.enum(['ACTOR_KIND', 'SECTOR', 'EVERY_MUNICIPALITY']),
    value: z.string(),
    severity: z.enum(SEVERITIES),
    concept: z.enum(CONCEPTS),
    reason_sv: z.string().min(1),
    reason_en: z.string().min(1),
    /** Where the rule comes from (report lines); for people maintaining the rules, never shown in findings. */
    source: z.string().optional().default(''),
  })
  .superRefine((rule, ctx) => {
    const allowed: readonly string[] = rule.requires === 'ACTOR_KIND' ? ACTOR_KINDS : rule.requires === 'SECTOR' ? SECTORS : [''];
    if (!allowed.includes(rule.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: rule.requires === 'EVERY_MUNICIPALITY' ? 'must be empty' : `must be one of ${allowed.join(', ')}` });
    }
  });

export type RepresentationRule = z.infer<typeof ruleSchema>;

export class RulesError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid representation rules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RulesError';
  }
}

export function parseRules(csv: string, file = 'representation-rules.csv'): RepresentationRule[] {
  const { rules, problems } = readRuleRows(csv, file, ruleSchema);
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) problems.push(`${file}: rule id "${rule.id}" appears twice`);
    ids.add(rule.id);
  }
  if (problems.length) throw new RulesError(problems);
  return rules;
}

export function loadRules(path: string): RepresentationRule[] {
  return parseRules(readFileSync(path, 'utf8'), path);
}
