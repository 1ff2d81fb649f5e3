/**
 * The writes a form makes, through the API's own mutations (create…/update…/delete…, markVerified),
 * and the undo of the last one: each write records how to take it back.
 */
import { FIELDS, inputOf, isNodeType, readQuery, valuesOf, type FormKind, type FormValues } from './fields';
import { read, write, type FieldProblem } from './writeRequest';

export const createMutation = (kind: FormKind) => `mutation Create${kind}($input: ${kind}Input!) { record: create${kind}(input: $input) { id version } }`;
export const updateMutation = (kind: FormKind) =>
  `mutation Update${kind}($id: ID!, $version: Int!, $patch: ${kind}Patch!) { record: update${kind}(id: $id, version: $version, patch: $patch) { id version } }`;
export const deleteMutation = (kind: FormKind) =>
  `mutation Delete${kind}($id: ID!, $version: Int) { result: delete${kind}(id: $id, version: $version) { id removedLinks { id type source target } } }`;

interface Saved { readonly record: { readonly id: string; readonly version: number } }

export async function readRecord(kind: FormKind, id: string): Promise<Record<string, unknown> | null> {
  const data = await read<{ record: Record<string, unknown> | null }>(readQuery(kind), { id });
  return data.record;
}

export async function createRecord(kind: FormKind, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const data = await write<Saved>(createMutation(kind), { input });
  remember({ kind: 'created', what: kind, id: data.record.id });
  return data.record;
}

export async function updateRecord(kind: FormKind, id: string, version: number, patch: Record<string, unknown>, before: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const data = await write<Saved>(updateMutation(kind), { id, version, patch });
  remember({ kind: 'updated', what: kind, id, version: data.record.version, patch: before });
  return data.record;
}

export interface RemovedLink { readonly id: string; readonly type: string; readonly source: string; readonly target: string }

/** How to put back one relationship that went with a deleted node. */
export type LinkRestore =
  | { readonly what: 'Membership' | 'Referral'; readonly id: string; readonly input: Record<string, unknown> }
  | { readonly what: 'Link'; readonly id: string; readonly input: Record<string, unknown> };

/** What is around a node before it is deleted: shown in the delete preview, kept for the undo. */
export const AROUND = `query DeleteAround($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id label } edges { id type source target role } } }`;
export interface Around {
  readonly neighbourhood: {
    readonly nodes: readonly { readonly id: string; readonly label: string }[];
    readonly edges: readonly AroundEdge[];
  };
}
interface AroundEdge { readonly id: string; readonly type: string; readonly source: string; readonly target: string; readonly role: string | null }

/** Reads, before a node is deleted, every relationship at it in the form its create mutation takes, and the names of its neighbours. */
export async function linksAt(id: string): Promise<{ links: LinkRestore[]; names: Record<string, string> }> {
  const { neighbourhood } = await read<Around>(AROUND, { id });
  const at = neighbourhood.edges.filter((e) => e.source === id || e.target === id);
  const names = Object.fromEntries(neighbourhood.nodes.map((n) => [n.id, n.label]));
  const links = await Promise.all(at.map(async (edge): Promise<LinkRestore> => {
    if (edge.type === 'MEMBER_OF' || edge.type === 'REFERS_TO') {
      const what = edge.type === 'MEMBER_OF' ? 'Membership' : 'Referral';
      return { what, id: edge.id, input: { id: edge.id, ...inputOf(what, valuesOf(what, await readRecord(what, edge.id))) } };
    }
    const input: Record<string, unknown> = { id: edge.id, type: edge.type, sourceId: edge.source, targetId: edge.target };
    if (edge.type === 'SITS_IN' && edge.role) input['role'] = edge.role;
    return { what: 'Link', id: edge.id, input };
  }));
  return { links, names };
}

export async function deleteRecord(kind: FormKind, id: string, version: number): Promise<readonly RemovedLink[]> {
  const values = valuesOf(kind, await readRecord(kind, id));
  const around = isNodeType(kind) ? await linksAt(id) : { links: [], names: {} };
  const data = await write<{ result: { removedLinks: RemovedLink[] } }>(deleteMutation(kind), { id, version });
  // What the store says went with it; each is put back on undo, as it was read just before.
  const removed = new Set(data.result.removedLinks.map((l) => l.id));
  remember({ kind: 'deleted', what: kind, id, input: { id, ...inputOf(kind, values) }, links: around.links.filter((l) => removed.has(l.id)), names: around.names });
  return data.result.removedLinks;
}

export async function deleteLink(id: string): Promise<void> {
  await write(`mutation DeleteLink($id: ID!) { deleteLink(id: $id) { id } }`, { id });
  lastChange = null;
  notify();
}

/** Confirms today that the facts are still true; undo puts the earlier dates back. */
export async function markVerified(kind: FormKind, id: string): Promise<void> {
  const record = await readRecord(kind, id);
  const earlier = typeof record?.['lastVerifiedAt'] === 'string' ? record['lastVerifiedAt'] : null;
  await write(`mutation MarkVerified($ids: [ID!]!) { markVerified(ids: $ids) }`, { ids: [id] });
  const after = await readRecord(kind, id);
  remember({ kind: 'verified', what: kind, id, version: Number(after?.['version'] ?? 0), patch: { lastVerifiedAt: earlier } });
}

// ─── Undo of one's last change ────────────────────────────────────────────────

export type Change =
  | { readonly kind: 'created'; readonly what: FormKind; readonly id: string }
  | { readonly kind: 'updated' | 'verified'; readonly what: FormKind; readonly id: string; readonly version: number; readonly patch: Record<string, unknown> }
  | {
    readonly kind: 'deleted'; readonly what: FormKind; readonly id: string; readonly input: Record<string, unknown>; readonly links: readonly LinkRestore[];
    /** The neighbours' names as they were, to say which of them is gone when the undo cannot bring a link back. */
    readonly names: Readonly<Record<string, string>>;
  };

let lastChange: Change | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
function remember(change: Change): void {
  lastChange = change;
  notify();
}
export const lastChangeNow = (): Change | null => lastChange;
export function onLastChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The undo of a node's delete: one write that puts the node back with every relationship it had,
 * all or nothing (the API's restoreDeleted). When an end is gone since, nothing is written and the
 * write fails with LINK_END_GONE; `withoutMissingLinks` is the explicit second choice.
 */
export const RESTORE_DELETED = `mutation RestoreDeleted($node: DeletedNodeInput!, $memberships: [MembershipInput!], $referrals: [ReferralInput!], $links: [LinkInput!], $withoutMissingLinks: Boolean) {
  restoreDeleted(node: $node, memberships: $memberships, referrals: $referrals, links: $links, withoutMissingLinks: $withoutMissingLinks) { node { id } leftOut { field missingId } } }`;

/** The restoreDeleted variables for a deleted node: its input under its kind, and its relationships by kind. */
export function restoreVariables(change: Extract<Change, { kind: 'deleted' }>, withoutMissingLinks: boolean): Record<string, unknown> {
  const inputs = (what: LinkRestore['what']) => change.links.filter((l) => l.what === what).map((l) => l.input);
  return {
    node: { [change.what.charAt(0).toLowerCase() + change.what.slice(1)]: change.input },
    memberships: inputs('Membership'), referrals: inputs('Referral'), links: inputs('Link'), withoutMissingLinks,
  };
}

/**
 * What a LINK_END_GONE refusal of an undo is about, for people: the names (as they were before
 * the delete) of what is no longer on the map. Each field's message quotes the missing id.
 */
export function goneNames(change: Change | null, fields: readonly FieldProblem[]): string[] {
  const names = change?.kind === 'deleted' ? change.names : {};
  const ids = fields.map((f) => /^"([^"]+)"/.exec(f.message)?.[1] ?? f.field);
  return [...new Set(ids)].map((id) => names[id] ?? id);
}

export interface UndoOptions {
  /** Undo a delete without the links whose other end is gone since (after LINK_END_GONE). */
  readonly withoutMissingLinks?: boolean;
}

/** Takes the last change back (with the version it left, so a change by someone else since is a conflict, not lost). */
export async function undoLast(options: UndoOptions = {}): Promise<void> {
  const change = lastChange;
  if (change === null) return;
  const { what } = change;
  switch (change.kind) {
    case 'created':
      await write(`mutation Undo($id: ID!) { delete${what}(id: $id) { id } }`, { id: change.id });
      break;
    case 'updated':
    case 'verified':
      await write(`mutation Undo($id: ID!, $version: Int!, $patch: ${what}Patch!) { update${what}(id: $id, version: $version, patch: $patch) { id } }`, {
        id: change.id, version: change.version, patch: change.patch,
      });
      break;
    case 'deleted':
      if (isNodeType(what)) await write(RESTORE_DELETED, restoreVariables(change, options.withoutMissingLinks ?? false));
      else await write(`mutation Undo($input: ${what}Input!) { create${what}(input: $input) { id } }`, { input: change.input });
      break;
    default: {
      const never: never = change;
      return never;
    }
  }
  lastChange = null;
  notify();
}

/** The values an update replaces, as a patch that puts them back. */
export function revertPatch(kind: FormKind, before: FormValues, changed: readonly string[]): Record<string, unknown> {
  const specs = new Map(FIELDS[kind].map((s) => [s.name, s]));
  const full = inputOf(kind, before);
  return Object.fromEntries(changed.filter((n) => specs.has(n)).map((n) => [n, full[n] ?? (Array.isArray(before[n]) ? [] : null)]));
}

/** Confirms many facts at once (a stale-facts finding); not undoable, like any bulk confirmation. */
export async function verifyAll(ids: readonly string[]): Promise<number> {
  const data = await write<{ markVerified: number }>(`mutation MarkVerifiedAll($ids: [ID!]!) { markVerified(ids: $ids) }`, { ids });
  return data.markVerified;
}
