/**
 * The graph model: the properties every node and relationship carries, as zod schemas. These
 * schemas are the one place that says what a stored record looks like; writes are validated
 * with them and reads from either engine are normalised through them.
 */
import { z } from 'zod';
import * as v from './vocabulary.js';
import type { NodeLabel, RelationshipType } from './vocabulary.js';

export const NODE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** Relationship ids may be derived from their two ends, so they are allowed to be longer. */
export const REL_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,249}$/;
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const text = (max: number) =>
  z
    .string()
    .trim()
    // Control characters other than tab and line breaks have no place in a name or note.
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'contains control characters')
    .pipe(z.string().max(max, `at most ${max} characters`));
const name = text(300).pipe(z.string().min(1, 'must not be empty'));
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .transform((s) => (s === '' ? null : s));
export const localDate = z
  .string()
  .regex(LOCAL_DATE, 'must be a date YYYY-MM-DD')
  // Date.parse rolls 2024-02-30 over to March; a real date reads back as itself.
  .refine((s) => { const d = new Date(`${s}T00:00:00Z`); return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s; }, 'is not a real date');
const optionalDate = localDate.nullable();
const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(100, 'at most 100 values');
const freeList = list(text(200).pipe(z.string().min(1)));

// A unit's public contact channels (never a person's): phone as written in Sweden, with
// +46 or 0 first and spaces, hyphens or brackets between groups; web addresses http(s) only.
const PHONE = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/;
const optionalPhone = optionalText(40).pipe(
  z.string()
    .refine((s) => PHONE.test(s) && s.replace(/\D/g, '').length >= 5, 'must be a phone number: at least 5 digits, with spaces, "-" or "+46"')
    .nullable(),
);
const optionalWebsite = optionalText(500).pipe(
  z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be a web address starting with https:// or http://' }).nullable(),
);
const optionalEmail = optionalText(254).pipe(z.email('must be an e-mail address').nullable());

export const nodeIdSchema = z.string().regex(NODE_ID_PATTERN, 'must be lower-case letters, digits and "-", at most 100 characters');
export const relIdSchema = z.string().regex(REL_ID_PATTERN, 'must be lower-case letters, digits and "-", at most 250 characters');

/** Properties every node and relationship has. */
export const metaSchema = z.object({
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastVerifiedAt: optionalDate,
  source: optionalText(500),
});
export type Meta = z.infer<typeof metaSchema>;
/** The meta properties a writer may set (the rest are the store's). */
export const writableMetaSchema = metaSchema.pick({ lastVerifiedAt: true, source: true });

export const nodePropsSchemas = {
  Actor: z.object({
    name,
    kind: z.enum(v.ACTOR_KINDS),
    sector: z.enum(v.SECTORS),
    level: z.enum(v.LEVELS),
    description: optionalText(4000),
    firstLine: z.boolean(),
    preventionLevels: list(z.enum(v.PREVENTION_LEVELS)),
    supportPhases: list(z.enum(v.SUPPORT_PHASES)),
    targetGroups: freeList,
    languages: freeList,
    /** The unit's public phone, web address and e-mail (where a professional refers a parent). */
    phone: optionalPhone,
    website: optionalWebsite,
    email: optionalEmail,
    /**
     * The actor's function rests on one person's commitment, not on a mandate, a decision or
     * resources ("personbundet", "utifrån engagemang"): recorded from a source, never inferred.
     */
    personDependent: z.boolean(),
  }),
  Network: z.object({
    name,
    kind: z.enum(v.NETWORK_KINDS),
    level: z.enum(v.LEVELS),
    status: z.enum(v.NETWORK_STATUSES),
    formal: z.boolean().nullable(),
    purpose: optionalText(4000),
    meetingRhythm: optionalText(300),
    timeLimited: z.boolean(),
    endsOn: optionalDate,
    description: optionalText(4000),
  }),
  Person: z.object({ pseudonym: name, note: optionalText(1000) }),
  Area: z.object({ name, type: z.enum(v.AREA_TYPES) }),
  Topic: z.object({ name, description: optionalText(4000) }),
  Routine: z.object({
    name,
    kind: z.enum(v.ROUTINE_KINDS),
    status: z.enum(v.ROUTINE_STATUSES),
    description: optionalText(4000),
  }),
  Programme: z.object({ name, description: optionalText(4000) }),
} as const satisfies Record<NodeLabel, z.ZodObject>;

export type NodeProps<L extends NodeLabel> = z.infer<(typeof nodePropsSchemas)[L]>;

const noProps = z.object({});
export const relPropsSchemas = {
  MEMBER_OF: z.object({
    role: z.enum(v.MEMBERSHIP_ROLES),
    since: optionalDate,
    until: optionalDate,
  }),
  SITS_IN: z.object({ role: z.enum(v.MEMBERSHIP_ROLES) }),
  REFERS_TO: z.object({
    trigger: z.enum(v.REFERRAL_TRIGGERS),
    kind: z.enum(v.REFERRAL_KINDS),
    status: z.enum(v.REFERRAL_STATUSES),
    phase: z.enum(v.SUPPORT_PHASES).nullable(),
    routineId: nodeIdSchema.nullable(),
    description: optionalText(4000),
  }),
  REPRESENTS: noProps,
  CONVENES: noProps,
  PART_OF: noProps,
  LOCATED_IN: noProps,
  WITHIN: noProps,
  ADDRESSES: noProps,
  WORKS_ON: noProps,
  OFFERS: noProps,
  HAS_ROUTINE: noProps,
  COVERS: noProps,
} as const satisfies Record<RelationshipType, z.ZodObject>;

export type RelProps<T extends RelationshipType> = z.infer<(typeof relPropsSchemas)[T]>;

/** Which node labels each relationship joins (one stored statement per pair). */
export const REL_ENDPOINTS: Record<RelationshipType, ReadonlyArray<readonly [NodeLabel, NodeLabel]>> = {
  MEMBER_OF: [['Actor', 'Network']],
  SITS_IN: [['Person', 'Network']],
  REPRESENTS: [['Person', 'Actor']],
  CONVENES: [['Actor', 'Network']],
  REFERS_TO: [['Actor', 'Actor']],
  PART_OF: [['Actor', 'Actor']],
  LOCATED_IN: [['Actor', 'Area'], ['Network', 'Area']],
  WITHIN: [['Area', 'Area']],
  ADDRESSES: [['Network', 'Topic']],
  WORKS_ON: [['Actor', 'Topic']],
  OFFERS: [['Actor', 'Programme']],
  HAS_ROUTINE: [['Actor', 'Routine']],
  COVERS: [['Routine', 'Topic']],
};

/** A node as the read model holds it: tagged with its label. */
export type NodeRecord<L extends NodeLabel = NodeLabel> = L extends NodeLabel
  ? { readonly label: L; readonly id: string } & Meta & NodeProps<L>
  : never;

export type RelRecord<T extends RelationshipType = RelationshipType> = T extends RelationshipType
  ? { readonly type: T; readonly id: string; readonly from: string; readonly to: string } & Meta & RelProps<T>
  : never;
