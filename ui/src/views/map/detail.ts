/**
 * A node's details as the panel shows them: every property as a labelled row (vocabulary values
 * in the reader's language) and its links grouped by kind, each pointing at the node it leads to.
 * Pure: the panel passes in the translation and date formatting.
 */
import type { MapFinding, NodeDetail } from './queries';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface PropertyRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}
export interface DetailLink {
  readonly id: string;
  readonly name: string;
  readonly note: string | undefined;
}
export interface LinkGroup {
  readonly key: string;
  readonly label: string;
  readonly links: readonly DetailLink[];
}

type Vocab = 'ActorKind' | 'Sector' | 'Level' | 'PreventionLevel' | 'SupportPhase' | 'NetworkKind' | 'NetworkStatus' | 'AreaType' | 'RoutineKind' | 'RoutineStatus';
type Format = 'text' | 'bool' | 'date' | 'number' | 'textList' | { readonly vocab: Vocab } | { readonly vocabList: Vocab };
type Typename = NodeDetail['__typename'];

/** [field in the query's answer, label key under detail.fields, format] */
const PROPERTIES: Record<Typename, readonly (readonly [string, string, Format])[]> = {
  Actor: [
    ['kind', 'kind', { vocab: 'ActorKind' }], ['sector', 'sector', { vocab: 'Sector' }], ['level', 'level', { vocab: 'Level' }],
    ['firstLine', 'firstLine', 'bool'], ['preventionLevels', 'preventionLevels', { vocabList: 'PreventionLevel' }],
    ['supportPhases', 'supportPhases', { vocabList: 'SupportPhase' }], ['targetGroups', 'targetGroups', 'textList'],
    ['languages', 'languages', 'textList'], ['personDependent', 'personDependent', 'bool'], ['description', 'description', 'text'],
  ],
  Network: [
    ['networkKind', 'networkKind', { vocab: 'NetworkKind' }], ['level', 'level', { vocab: 'Level' }],
    ['status', 'status', { vocab: 'NetworkStatus' }], ['formal', 'formal', 'bool'], ['purpose', 'purpose', 'text'],
    ['meetingRhythm', 'meetingRhythm', 'text'], ['timeLimited', 'timeLimited', 'bool'], ['endsOn', 'endsOn', 'date'],
    ['description', 'description', 'text'],
  ],
  Person: [['note', 'note', 'text']],
  Area: [['areaType', 'areaType', { vocab: 'AreaType' }], ['actorCount', 'actorCount', 'number']],
  Topic: [['description', 'description', 'text']],
  Routine: [
    ['routineKind', 'routineKind', { vocab: 'RoutineKind' }], ['routineStatus', 'routineStatus', { vocab: 'RoutineStatus' }],
    ['description', 'description', 'text'],
  ],
  Programme: [['description', 'description', 'text']],
};
const META: readonly (readonly [string, string, Format])[] = [
  ['lastVerifiedAt', 'lastVerifiedAt', 'date'], ['updatedAt', 'updatedAt', 'date'], ['source', 'source', 'text'], ['id', 'id', 'text'],
];

type Item = Record<string, unknown>;
const isItem = (x: unknown): x is Item => typeof x === 'object' && x !== null;
const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

/** Reads one linked node out of an item: the item itself, or the node under `via`. */
function refOf(item: unknown, via?: string): { id: string; name: string } | undefined {
  const node = via === undefined ? item : isItem(item) ? item[via] : undefined;
  if (!isItem(node)) return undefined;
  const id = str(node['id']);
  const name = str(node['name']) ?? str(node['pseudonym']);
  return id !== undefined && name !== undefined ? { id, name } : undefined;
}

/** [field, group key, the linked node under this key of each item (none: the item itself), note maker] */
type Note = (item: Item, t: Translate) => string | undefined;
const role: Note = (item, t) => (str(item['role']) ? t(`vocab.MembershipRole.${String(item['role'])}`) : undefined);
const referral: Note = (item, t) =>
  [`vocab.ReferralKind.${String(item['kind'])}`, `vocab.ReferralStatus.${String(item['status'])}`, `vocab.ReferralTrigger.${String(item['trigger'])}`]
    .map((key) => t(key))
    .join(' · ');
const routineStatus: Note = (item, t) => (str(item['status']) ? t(`vocab.RoutineStatus.${String(item['status'])}`) : undefined);

const LINKS: Record<Typename, readonly (readonly [string, string, string | undefined, Note | undefined])[]> = {
  Actor: [
    ['area', 'area', undefined, undefined], ['partOf', 'partOf', undefined, undefined], ['units', 'units', undefined, undefined],
    ['memberships', 'memberships', 'network', role], ['convenes', 'convenes', undefined, undefined],
    ['referralsOut', 'referralsOut', 'to', referral], ['referralsIn', 'referralsIn', 'from', referral],
    ['topics', 'topics', undefined, undefined], ['programmes', 'programmes', undefined, undefined],
    ['routines', 'routines', undefined, routineStatus], ['representatives', 'representatives', undefined, undefined],
  ],
  Network: [
    ['area', 'area', undefined, undefined], ['conveners', 'conveners', undefined, undefined], ['members', 'members', 'actor', role],
    ['seats', 'seats', 'person', role], ['topics', 'topics', undefined, undefined],
  ],
  Person: [['represents', 'represents', undefined, undefined], ['seats', 'personSeats', 'network', role]],
  Area: [['parent', 'parent', undefined, undefined], ['children', 'children', undefined, undefined]],
  Topic: [],
  Routine: [['owners', 'owners', undefined, undefined], ['topics', 'topics', undefined, undefined]],
  Programme: [['offeredBy', 'offeredBy', undefined, undefined]],
};

function formatValue(value: unknown, format: Format, t: Translate, formatDate: (iso: string) => string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (format === 'bool') return typeof value === 'boolean' ? t(value ? 'detail.yes' : 'detail.no') : undefined;
  if (format === 'number') return typeof value === 'number' ? String(value) : undefined;
  if (format === 'date') return str(value) === undefined ? undefined : formatDate(String(value));
  if (format === 'text') return str(value);
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (format === 'textList') return list.length ? list.join(', ') : undefined;
  if ('vocab' in format) return str(value) === undefined ? undefined : t(`vocab.${format.vocab}.${String(value)}`);
  return list.length ? list.map((v) => t(`vocab.${format.vocabList}.${v}`)).join(', ') : undefined;
}

export function propertyRows(node: NodeDetail, t: Translate, formatDate: (iso: string) => string): PropertyRow[] {
  const typeRow: PropertyRow = { key: 'type', label: t('detail.fields.type'), value: t(`vocab.NodeType.${node.__typename.toUpperCase()}`) };
  const rows = [...PROPERTIES[node.__typename], ...META].map(([field, labelKey, format]): PropertyRow => ({
    key: field,
    label: t(`detail.fields.${labelKey}`),
    value: formatValue(node[field], format, t, formatDate) ?? t('detail.none'),
  }));
  return [typeRow, ...rows];
}

export function linkGroups(node: NodeDetail, t: Translate): LinkGroup[] {
  return LINKS[node.__typename].flatMap(([field, groupKey, via, note]) => {
    const raw = node[field];
    const items = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw];
    const links = items.flatMap((item): DetailLink[] => {
      const ref = refOf(item, via);
      return ref && isItem(item) ? [{ ...ref, note: note?.(item, t) }] : [];
    });
    return links.length ? [{ key: groupKey, label: t(`detail.groups.${groupKey}`), links }] : [];
  });
}

const SEVERITY_ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;

/** The findings that name this node among their subjects, most severe first. */
export function findingsAbout(nodeId: string, findings: readonly MapFinding[]): MapFinding[] {
  return findings
    .filter((f) => f.subjects.nodes.includes(nodeId))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.kind.localeCompare(b.kind));
}
