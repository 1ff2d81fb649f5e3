/**
 * The planner: checks write intents against the read model (types, references, ids, versions)
 * and turns them into one batch of store operations. It writes nothing itself; every problem is
 * collected, so a caller can report all of them at once.
 */
import type { z } from 'zod';
import { nodePropsSchemas, REL_ENDPOINTS, relPropsSchemas, writableMetaSchema, type NodeRecord, type RelRecord } from '../domain/model.js';
import { derivedRelId, LINK_COLUMNS, type LinkColumn } from '../domain/link-columns.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { StoredProps, StoredValue, WriteOp } from '../store/graph-store.js';
import type { NodeIntent, Origin, PlanProblem, ProblemCode, RelIntent } from './intents.js';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface Plan {
  readonly ops: WriteOp[];
  readonly problems: PlanProblem[];
  readonly nodeOutcomes: Outcome[];
  readonly relOutcomes: Outcome[];
}

const LABEL_WORDS: Record<NodeLabel, string> = {
  Actor: 'actor', Network: 'network', Person: 'person', Area: 'area', Topic: 'topic',
  Routine: 'routine', Programme: 'programme',
};
const withArticle = (label: NodeLabel): string => (/^[aeiou]/.test(LABEL_WORDS[label]) ? 'an ' : 'a ') + LABEL_WORDS[label];

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? null) === (b ?? null);
}

function sameProps(record: Readonly<Record<string, unknown>>, props: StoredProps): boolean {
  return Object.entries(props).every(([key, value]) => sameValue(record[key], value));
}

class Planner {
  readonly problems: PlanProblem[] = [];
  private readonly known = new Map<string, { label: NodeLabel; origin: Origin | null }>();
  private readonly relIds = new Map<string, Origin>();
  private readonly upserts: WriteOp[] = [];
  private readonly relDeletes: WriteOp[] = [];
  private readonly relUpserts: WriteOp[] = [];

  constructor(private readonly snapshot: MapSnapshot) {
    for (const node of snapshot.nodes.values()) this.known.set(node.id, { label: node.label, origin: null });
  }

  problem(origin: Origin, field: string | null, code: ProblemCode, message: string): void {
    this.problems.push({ origin, field, code, message });
  }

  private zodProblems(intent: NodeIntent | RelIntent, error: z.ZodError): void {
    for (const issue of error.issues) {
      const key = String(issue.path[0] ?? '');
      this.problem(intent.origin, key ? intent.fieldName(key) : null, 'INVALID', issue.message);
    }
  }

  /** Claims each node id for one label; a clash is a problem. */
  declare(intents: readonly NodeIntent[]): void {
    for (const intent of intents) {
      const seen = this.known.get(intent.id);
      if (seen?.origin) {
        const where = seen.origin.line ? ` (also on line ${seen.origin.line}${seen.origin.file && seen.origin.file !== intent.origin.file ? ` of ${seen.origin.file}` : ''})` : '';
        this.problem(intent.origin, intent.fieldName('id'), 'DUPLICATE', `id "${intent.id}" is given twice${where}`);
      } else if (seen && seen.label !== intent.label) {
        this.problem(intent.origin, intent.fieldName('id'), 'CONFLICT', `id "${intent.id}" already belongs to ${withArticle(seen.label)}`);
      } else {
        this.known.set(intent.id, { label: intent.label, origin: intent.origin });
      }
    }
  }

  private checkExpectation(intent: NodeIntent | RelIntent, existing: { version: number } | undefined, what: string): boolean {
    const { expect } = intent;
    if (expect === 'created' && existing) {
      this.problem(intent.origin, intent.fieldName('id'), 'CONFLICT', `a ${what} with id "${intent.id}" already exists`);
      return false;
    }
    if (typeof expect === 'object') {
      if (!existing) {
        this.problem(intent.origin, intent.fieldName('id'), 'NOT_FOUND', `no ${what} with id "${intent.id}"`);
        return false;
      }
      if (existing.version !== expect.was) {
        this.problem(intent.origin, intent.fieldName('version'), 'CONFLICT',
          `the ${what} was changed by someone else: it is at version ${existing.version}, you edited version ${expect.was}`);
        return false;
      }
    }
    return true;
  }

  private checkRef(origin: Origin, field: string, id: string, label: NodeLabel): boolean {
    const seen = this.known.get(id);
    if (!seen) {
      this.problem(origin, field, 'NOT_FOUND', `no ${LABEL_WORDS[label]} with id "${id}"`);
      return false;
    }
    if (seen.label !== label) {
      this.problem(origin, field, 'INVALID', `"${id}" is ${withArticle(seen.label)}, not ${withArticle(label)}`);
      return false;
    }
    return true;
  }

  node(intent: NodeIntent): Outcome | null {
    const existing = this.snapshot.nodeOf(intent.label, intent.id);
    const props = nodePropsSchemas[intent.label].safeParse(intent.props);
    const meta = writableMetaSchema.safeParse(intent.meta);
    if (!props.success) this.zodProblems(intent, props.error);
    if (!meta.success) this.zodProblems(intent, meta.error);
    // Check every column (no short-circuit), so all bad fields are reported at once.
    const linksOk = LINK_COLUMNS[intent.label].map((column) => this.checkLinks(intent, column)).every(Boolean);
    const expectOk = this.checkExpectation(intent, existing, LABEL_WORDS[intent.label]);
    if (!props.success || !meta.success || !linksOk || !expectOk) return null;

    const stored = { ...props.data, ...meta.data } as Record<string, StoredValue>;
    const linkOps = LINK_COLUMNS[intent.label].flatMap((column) => this.linkDiff(intent, column, meta.data));
    const unchanged = existing !== undefined && sameProps(existing, stored) && linkOps.length === 0;
    if (unchanged) return 'unchanged';
    if (!existing || !sameProps(existing, stored)) {
      this.upserts.push({
        op: 'upsertNode', label: intent.label, id: intent.id, props: stored,
        expect: existing ? { was: existing.version } : 'created',
      });
    }
    for (const op of linkOps) (op.op === 'deleteRel' ? this.relDeletes : this.relUpserts).push(op);
    return existing ? 'updated' : 'created';
  }

  /** Planned parents (WITHIN, PART_OF) from this batch's link columns, over the snapshot's. */
  private readonly plannedParents = new Map<string, string | null>();

  private parentOf(type: RelationshipType, id: string): string | null {
    const key = `${type}\u0000${id}`;
    if (this.plannedParents.has(key)) return this.plannedParents.get(key) ?? null;
    return this.snapshot.out(id, type)[0]?.to ?? null;
  }

  /**
   * Areas lie within one area and units are part of one organisation: a second parent or a cycle
   * (an area within itself, through others) would make "everything in this area" meaningless.
   */
  private checkHierarchy(origin: Origin, field: string, type: RelationshipType, from: string, to: string, relId: string | null): boolean {
    if (type !== 'WITHIN' && type !== 'PART_OF') return true;
    if (relId !== null) {
      const other = this.snapshot.out(from, type).find((r) => r.id !== relId);
      if (other) {
        this.problem(origin, field, 'INVALID', `"${from}" already has a parent ("${other.to}"); change that instead of adding a second`);
        return false;
      }
    }
    const seen = new Set<string>();
    for (let at: string | null = to; at !== null && seen.size < 10_000; at = this.parentOf(type, at)) {
      if (at === from) {
        this.problem(origin, field, 'INVALID', `"${to}" lies within "${from}" already: this would make a cycle`);
        return false;
      }
      if (seen.has(at)) break;
      seen.add(at);
    }
    return true;
  }

  private checkLinks(intent: NodeIntent, column: LinkColumn): boolean {
    const ids = intent.links[column.input];
    if (ids === undefined) return true;
    const field = intent.fieldName(column.input);
    let ok = true;
    if (!column.many && ids.length > 1) {
      this.problem(intent.origin, field, 'INVALID', 'takes one id only');
      ok = false;
    }
    for (const id of ids) {
      if (id === intent.id && column.other === intent.label) {
        this.problem(intent.origin, field, 'INVALID', 'cannot point at itself');
        ok = false;
      } else if (!this.checkRef(intent.origin, field, id, column.other)) ok = false;
      else if (column.direction === 'out' && !this.checkHierarchy(intent.origin, field, column.rel, intent.id, id, null)) ok = false;
    }
    if (ok && !column.many && column.direction === 'out' && (column.rel === 'WITHIN' || column.rel === 'PART_OF')) {
      this.plannedParents.set(`${column.rel}\u0000${intent.id}`, ids[0] ?? null);
    }
    return ok;
  }

  private linkDiff(intent: NodeIntent, column: LinkColumn, meta: { lastVerifiedAt: string | null; source: string | null }): WriteOp[] {
    const wanted = intent.links[column.input];
    if (wanted === undefined) return [];
    const current = (column.direction === 'out' ? this.snapshot.out(intent.id, column.rel) : this.snapshot.in(intent.id, column.rel))
      .filter((r) => this.snapshot.node(column.direction === 'out' ? r.to : r.from)?.label === column.other);
    const otherOf = (r: RelRecord) => (column.direction === 'out' ? r.to : r.from);
    const wantedSet = new Set(wanted);
    const currentSet = new Set(current.map(otherOf));
    const ops: WriteOp[] = current
      .filter((r) => !wantedSet.has(otherOf(r)))
      .map((r) => ({ op: 'deleteRel', type: r.type, id: r.id }));
    for (const other of wantedSet) {
      if (currentSet.has(other)) continue;
      const [from, to] = column.direction === 'out' ? [intent.id, other] : [other, intent.id];
      const fromLabel = column.direction === 'out' ? intent.label : column.other;
      const toLabel = column.direction === 'out' ? column.other : intent.label;
      ops.push({
        op: 'upsertRel', type: column.rel, fromLabel, toLabel, id: derivedRelId(column.rel, from, to),
        from, to, props: { lastVerifiedAt: meta.lastVerifiedAt, source: meta.source }, expect: 'created',
      });
    }
    return ops;
  }

  rel(intent: RelIntent): Outcome | null {
    const what = intent.type === 'MEMBER_OF' ? 'membership' : intent.type === 'REFERS_TO' ? 'referral' : 'link';
    const existing = this.snapshot.rels.get(intent.id);
    const clash = this.relIds.get(intent.id);
    if (clash) {
      this.problem(intent.origin, intent.fieldName('id'), 'DUPLICATE', `id "${intent.id}" is given twice${clash.line ? ` (also on line ${clash.line})` : ''}`);
      return null;
    }
    this.relIds.set(intent.id, intent.origin);
    const node = this.known.get(intent.id);
    if (node) {
      this.problem(intent.origin, intent.fieldName('id'), 'CONFLICT', `id "${intent.id}" already belongs to ${withArticle(node.label)}`);
      return null;
    }
    if (existing && existing.type !== intent.type) {
      this.problem(intent.origin, intent.fieldName('id'), 'CONFLICT', `id "${intent.id}" already belongs to a ${existing.type} relationship`);
      return null;
    }
    const props = relPropsSchemas[intent.type].safeParse(intent.props);
    const meta = writableMetaSchema.safeParse(intent.meta);
    if (!props.success) this.zodProblems(intent, props.error);
    if (!meta.success) this.zodProblems(intent, meta.error);
    const ends = this.endpoints(intent);
    const routineOk = intent.type !== 'REFERS_TO' || !props.success || !('routineId' in props.data) || props.data.routineId === null
      || this.checkRef(intent.origin, intent.fieldName('routineId'), props.data.routineId, 'Routine');
    const expectOk = this.checkExpectation(intent, existing, what);
    const treeOk = !ends || this.checkHierarchy(intent.origin, intent.fieldName('to'), intent.type, intent.from, intent.to, intent.id);
    if (!props.success || !meta.success || !ends || !routineOk || !expectOk || !treeOk) return null;

    const stored = { ...props.data, ...meta.data } as Record<string, StoredValue>;
    const moved = existing !== undefined && (existing.from !== intent.from || existing.to !== intent.to);
    if (existing && !moved && sameProps(existing, stored)) return 'unchanged';
    if (moved) this.relDeletes.push({ op: 'deleteRel', type: intent.type, id: intent.id });
    this.relUpserts.push({
      op: 'upsertRel', type: intent.type, fromLabel: ends[0], toLabel: ends[1], id: intent.id,
      from: intent.from, to: intent.to, props: stored,
      expect: existing && !moved ? { was: existing.version } : 'created',
    });
    return existing ? 'updated' : 'created';
  }

  private endpoints(intent: RelIntent): readonly [NodeLabel, NodeLabel] | null {
    const pairs = REL_ENDPOINTS[intent.type];
    const fromLabel = this.known.get(intent.from)?.label;
    const toLabel = this.known.get(intent.to)?.label;
    let ok = true;
    if (!fromLabel) {
      this.problem(intent.origin, intent.fieldName('from'), 'NOT_FOUND', `no ${pairs.map(([a]) => LABEL_WORDS[a]).join(' or ')} with id "${intent.from}"`);
      ok = false;
    }
    if (!toLabel) {
      this.problem(intent.origin, intent.fieldName('to'), 'NOT_FOUND', `no ${LABEL_WORDS[pairs[0]![1]]} with id "${intent.to}"`);
      ok = false;
    }
    if (!ok || !fromLabel || !toLabel) return null;
    const pair = pairs.find(([a, b]) => a === fromLabel && b === toLabel);
    if (!pair) {
      const field = pairs.some(([a]) => a === fromLabel) ? 'to' : 'from';
      const allowed = pairs.map(([a, b]) => `${LABEL_WORDS[a]} → ${LABEL_WORDS[b]}`).join(', ');
      this.problem(intent.origin, intent.fieldName(field), 'INVALID', `${intent.type} joins ${allowed}; "${intent.from}" is ${withArticle(fromLabel)} and "${intent.to}" ${withArticle(toLabel)}`);
      return null;
    }
    if (intent.from === intent.to) {
      this.problem(intent.origin, intent.fieldName('to'), 'INVALID', 'cannot point at itself');
      return null;
    }
    return pair;
  }

  ops(): WriteOp[] {
    return [...this.upserts, ...this.relDeletes, ...this.relUpserts];
  }
}

/** Plans node and relationship writes together (an import, or one mutation). */
export function planWrites(snapshot: MapSnapshot, nodes: readonly NodeIntent[], rels: readonly RelIntent[]): Plan {
  const steps = planWritesInSteps(snapshot, nodes, rels);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Intents planned between two steps of a large plan (see import/steps.ts). */
const STEP_INTENTS = 1_000;

/** The same plan as a generator that pauses every thousand intents (a large import runs it in steps). */
export function* planWritesInSteps(snapshot: MapSnapshot, nodes: readonly NodeIntent[], rels: readonly RelIntent[]): Generator<void, Plan> {
  const planner = new Planner(snapshot);
  planner.declare(nodes);
  const nodeOutcomes: Outcome[] = [];
  for (const n of nodes) {
    nodeOutcomes.push(planner.node(n) ?? 'unchanged');
    if (nodeOutcomes.length % STEP_INTENTS === 0) yield;
  }
  const relOutcomes: Outcome[] = [];
  for (const r of rels) {
    relOutcomes.push(planner.rel(r) ?? 'unchanged');
    if (relOutcomes.length % STEP_INTENTS === 0) yield;
  }
  return { ops: planner.ops(), problems: planner.problems, nodeOutcomes, relOutcomes };
}

/** Deletes a node with every relationship touching it; referrals lose a deleted routine. */
export function planNodeDelete(snapshot: MapSnapshot, node: NodeRecord): { ops: WriteOp[]; removed: RelRecord[] } {
  const removed = [...snapshot.linksOf(node.id)];
  const ops: WriteOp[] = [{ op: 'deleteNode', label: node.label, id: node.id }];
  if (node.label === 'Routine') {
    for (const referral of snapshot.relsOfType('REFERS_TO')) {
      if (referral.routineId !== node.id) continue;
      const { type, id, from, to, version, createdAt: _c, updatedAt: _u, ...rest } = referral;
      ops.push({
        op: 'upsertRel', type, fromLabel: 'Actor', toLabel: 'Actor', id, from, to,
        props: { ...rest, routineId: null } as Record<string, StoredValue>, expect: { was: version },
      });
    }
  }
  return { ops, removed };
}
