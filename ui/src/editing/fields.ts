/**
 * What a form shows for each kind of node and relationship: its fields (in the API's input names),
 * how each is entered, and how the current values are read. One table, so every kind gets the same
 * form, the same validation display and the same conflict view.
 */
export type NodeTypeName = 'Actor' | 'Network' | 'Person' | 'Area' | 'Topic' | 'Routine' | 'Programme';
export type RelTypeName = 'Membership' | 'Referral';
export type FormKind = NodeTypeName | RelTypeName;

export type Vocab =
  | 'ActorKind' | 'Sector' | 'Level' | 'PreventionLevel' | 'SupportPhase' | 'NetworkKind' | 'NetworkStatus' | 'AreaType'
  | 'RoutineKind' | 'RoutineStatus' | 'MembershipRole' | 'ReferralTrigger' | 'ReferralKind' | 'ReferralStatus';

/** Which nodes a reference field may point at (the graph's node types). */
export type RefType = 'ACTOR' | 'NETWORK' | 'AREA' | 'TOPIC' | 'ROUTINE' | 'PERSON';

export type Input =
  | { readonly kind: 'text' } | { readonly kind: 'textarea' } | { readonly kind: 'bool' } | { readonly kind: 'optBool' }
  | { readonly kind: 'date' } | { readonly kind: 'textList' }
  | { readonly kind: 'enum'; readonly vocab: Vocab; readonly optional?: boolean }
  | { readonly kind: 'enumList'; readonly vocab: Vocab }
  | { readonly kind: 'ref'; readonly to: RefType }
  | { readonly kind: 'refList'; readonly to: RefType };

export interface FieldSpec {
  /** The input's name (ActorInput.areaId …). */
  readonly name: string;
  readonly input: Input;
  readonly required?: boolean;
  /** Only when creating (a relationship's two ends). */
  readonly createOnly?: boolean;
  /** Where the value sits in the read answer when not under `name`: `area.id`, `topics[].id`. */
  readonly read?: string;
}

const t = (name: string, required = false): FieldSpec => ({ name, input: { kind: 'text' }, required });
const area: FieldSpec = { name: 'areaId', input: { kind: 'ref', to: 'AREA' }, read: 'area.id' };
const topics: FieldSpec = { name: 'topicIds', input: { kind: 'refList', to: 'TOPIC' }, read: 'topics[].id' };
const description: FieldSpec = { name: 'description', input: { kind: 'textarea' } };
const META: readonly FieldSpec[] = [{ name: 'lastVerifiedAt', input: { kind: 'date' } }, t('source')];

export const FIELDS: Record<FormKind, readonly FieldSpec[]> = {
  Actor: [
    t('name', true),
    { name: 'kind', input: { kind: 'enum', vocab: 'ActorKind' }, required: true },
    { name: 'sector', input: { kind: 'enum', vocab: 'Sector' }, required: true },
    { name: 'level', input: { kind: 'enum', vocab: 'Level' }, required: true },
    area,
    { name: 'partOfId', input: { kind: 'ref', to: 'ACTOR' }, read: 'partOf.id' },
    { name: 'firstLine', input: { kind: 'bool' } },
    { name: 'preventionLevels', input: { kind: 'enumList', vocab: 'PreventionLevel' } },
    { name: 'supportPhases', input: { kind: 'enumList', vocab: 'SupportPhase' } },
    { name: 'targetGroups', input: { kind: 'textList' } },
    { name: 'languages', input: { kind: 'textList' } },
    topics,
    description,
    ...META,
  ],
  Network: [
    t('name', true),
    { name: 'kind', input: { kind: 'enum', vocab: 'NetworkKind' }, required: true },
    { name: 'level', input: { kind: 'enum', vocab: 'Level' }, required: true },
    { name: 'status', input: { kind: 'enum', vocab: 'NetworkStatus' }, required: true },
    area,
    { name: 'convenerIds', input: { kind: 'refList', to: 'ACTOR' }, read: 'conveners[].id' },
    { name: 'formal', input: { kind: 'optBool' } },
    { name: 'purpose', input: { kind: 'textarea' } },
    t('meetingRhythm'),
    { name: 'timeLimited', input: { kind: 'bool' } },
    { name: 'endsOn', input: { kind: 'date' } },
    topics,
    description,
    ...META,
  ],
  Person: [t('pseudonym', true), { name: 'note', input: { kind: 'textarea' } }, { name: 'representsIds', input: { kind: 'refList', to: 'ACTOR' }, read: 'represents[].id' }, ...META],
  Area: [t('name', true), { name: 'type', input: { kind: 'enum', vocab: 'AreaType' }, required: true }, { name: 'parentId', input: { kind: 'ref', to: 'AREA' }, read: 'parent.id' }, ...META],
  Topic: [t('name', true), description, ...META],
  Routine: [
    t('name', true),
    { name: 'kind', input: { kind: 'enum', vocab: 'RoutineKind' }, required: true },
    { name: 'status', input: { kind: 'enum', vocab: 'RoutineStatus' }, required: true },
    { name: 'ownerIds', input: { kind: 'refList', to: 'ACTOR' }, read: 'owners[].id' },
    topics,
    description,
    ...META,
  ],
  Programme: [t('name', true), description, { name: 'offeredByIds', input: { kind: 'refList', to: 'ACTOR' }, read: 'offeredBy[].id' }, ...META],
  Membership: [
    { name: 'actorId', input: { kind: 'ref', to: 'ACTOR' }, required: true, createOnly: true, read: 'actor.id' },
    { name: 'networkId', input: { kind: 'ref', to: 'NETWORK' }, required: true, createOnly: true, read: 'network.id' },
    { name: 'role', input: { kind: 'enum', vocab: 'MembershipRole' } },
    { name: 'since', input: { kind: 'date' } },
    { name: 'until', input: { kind: 'date' } },
    ...META,
  ],
  Referral: [
    { name: 'fromId', input: { kind: 'ref', to: 'ACTOR' }, required: true, createOnly: true, read: 'from.id' },
    { name: 'toId', input: { kind: 'ref', to: 'ACTOR' }, required: true, createOnly: true, read: 'to.id' },
    { name: 'trigger', input: { kind: 'enum', vocab: 'ReferralTrigger' }, required: true },
    { name: 'kind', input: { kind: 'enum', vocab: 'ReferralKind' }, required: true },
    { name: 'status', input: { kind: 'enum', vocab: 'ReferralStatus' }, required: true },
    { name: 'phase', input: { kind: 'enum', vocab: 'SupportPhase', optional: true } },
    { name: 'routineId', input: { kind: 'ref', to: 'ROUTINE' }, read: 'routine.id' },
    description,
    ...META,
  ],
};

export const NODE_TYPES: readonly NodeTypeName[] = ['Actor', 'Network', 'Person', 'Area', 'Topic', 'Routine', 'Programme'];
export const isNodeType = (kind: FormKind): kind is NodeTypeName => (NODE_TYPES as readonly string[]).includes(kind);

/** The selection that reads a field's current value. */
function selectionOf(spec: FieldSpec): string {
  if (spec.read === undefined) return spec.name;
  const [head, tail] = spec.read.split('.') as [string, string];
  return `${head.replace('[]', '')} { ${tail} }`;
}

/** The query field for one kind: `actor`, `membership` … */
export const queryField = (kind: FormKind): string => kind.charAt(0).toLowerCase() + kind.slice(1);

/** Reads one record of a kind with every field its form shows, plus its version. */
export function readQuery(kind: FormKind): string {
  const fields = FIELDS[kind].map(selectionOf).join(' ');
  return `query Edit${kind}($id: ID!) { record: ${queryField(kind)}(id: $id) { id version ${fields} } }`;
}

export type FormValue = string | boolean | readonly string[];
export type FormValues = Readonly<Record<string, FormValue>>;

/** A record's current values, as the form holds them (lists of ids, '' for nothing). */
export function valuesOf(kind: FormKind, record: Record<string, unknown> | null): FormValues {
  const out: Record<string, FormValue> = {};
  for (const spec of FIELDS[kind]) {
    let value: unknown;
    if (record === null) value = undefined;
    else if (spec.read === undefined) value = record[spec.name];
    else {
      const [head, tail] = spec.read.split('.') as [string, string];
      const many = head.endsWith('[]');
      const holder = record[head.replace('[]', '')];
      value = many
        ? (Array.isArray(holder) ? holder : []).map((item: Record<string, unknown>) => item[tail])
        : holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[tail] : undefined;
    }
    out[spec.name] = normalise(spec, value);
  }
  return out;
}

function normalise(spec: FieldSpec, value: unknown): FormValue {
  switch (spec.input.kind) {
    case 'bool':
      return value === true;
    case 'optBool':
      return value === true ? 'yes' : value === false ? 'no' : '';
    case 'enumList':
    case 'refList':
    case 'textList':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    default:
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  }
}

/** A form value as the API takes it: '' is null (clears), yes/no are booleans. */
export function toInput(spec: FieldSpec, value: FormValue): unknown {
  if (spec.input.kind === 'optBool') return value === 'yes' ? true : value === 'no' ? false : null;
  if (spec.input.kind === 'bool') return value === true;
  if (Array.isArray(value)) return value;
  return value === '' ? null : value;
}

const same = (a: FormValue, b: FormValue): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ from the record as read: an update sends only these. */
export function changedFields(kind: FormKind, before: FormValues, after: FormValues): string[] {
  return FIELDS[kind].filter((s) => !s.createOnly && !same(before[s.name] ?? '', after[s.name] ?? '')).map((s) => s.name);
}

export function patchOf(kind: FormKind, before: FormValues, after: FormValues): Record<string, unknown> {
  const specs = new Map(FIELDS[kind].map((s) => [s.name, s]));
  return Object.fromEntries(changedFields(kind, before, after).map((name) => [name, toInput(specs.get(name)!, after[name] ?? '')]));
}

/** A create input: every field with a value (empty ones are left to the API's defaults). */
export function inputOf(kind: FormKind, values: FormValues): Record<string, unknown> {
  return Object.fromEntries(
    FIELDS[kind].flatMap((spec) => {
      const value = toInput(spec, values[spec.name] ?? '');
      // A required field is sent even when empty, so the API names it rather than the whole input.
      if (value === null && spec.required) return [[spec.name, '']];
      return value === null || (Array.isArray(value) && value.length === 0) ? [] : [[spec.name, value]];
    }),
  );
}
