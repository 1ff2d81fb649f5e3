/**
 * From a finding to the form that resolves it, generically from its kind and subjects: which
 * record to open (or create), prefilled with what the finding names, and which field to start in.
 * A finding that names missing fields (`toFill`) opens the record with the first of them.
 */
import type { FormKind, FormValues, NodeTypeName } from './fields';

export interface FixableFinding {
  readonly kind: string;
  readonly subjects: { readonly nodes: readonly string[]; readonly relationships: readonly string[] };
  /** Field names the analysis says are missing, when it says so. */
  readonly toFill?: readonly string[] | undefined;
}

export type Fix =
  | { readonly action: 'edit'; readonly form: FormKind; readonly id: string; readonly focusField?: string | undefined }
  | { readonly action: 'create'; readonly form: FormKind; readonly prefill: FormValues }
  | { readonly action: 'verify'; readonly ids: readonly string[] };

/** What the reader knows of each subject: its node type (ACTOR …) or, for relationships, its type (MEMBER_OF …). */
export type TypeOf = (id: string) => string | undefined;

const NODE_FORMS: Readonly<Record<string, NodeTypeName>> = {
  ACTOR: 'Actor', NETWORK: 'Network', PERSON: 'Person', AREA: 'Area', TOPIC: 'Topic', ROUTINE: 'Routine', PROGRAMME: 'Programme',
};
const REL_FORMS: Readonly<Record<string, FormKind>> = { MEMBER_OF: 'Membership', REFERS_TO: 'Referral' };

export function fixFor(finding: FixableFinding, typeOf: TypeOf, about?: string): Fix | undefined {
  const nodes = about !== undefined && finding.subjects.nodes.includes(about) ? [about, ...finding.subjects.nodes.filter((n) => n !== about)] : [...finding.subjects.nodes];
  const first = (type: string) => nodes.find((n) => typeOf(n) === type);
  const actor = first('ACTOR');
  const network = first('NETWORK');
  const area = first('AREA');
  const editFirst = (focusField?: string): Fix | undefined => {
    const id = nodes.find((n) => NODE_FORMS[typeOf(n) ?? ''] !== undefined);
    return id === undefined ? undefined : { action: 'edit', form: NODE_FORMS[typeOf(id) ?? '']!, id, focusField };
  };
  if (finding.toFill && finding.toFill.length > 0) return editFirst(finding.toFill[0]);
  switch (finding.kind) {
    case 'STALE_FACT':
      return { action: 'verify', ids: [...finding.subjects.nodes, ...finding.subjects.relationships] };
    case 'MISSING_REPRESENTATION':
      // A network lacking someone: add a member to it.
      return network !== undefined ? { action: 'create', form: 'Membership', prefill: { networkId: network } } : editFirst();
    case 'UNCONNECTED_ACTOR':
      return actor !== undefined ? { action: 'create', form: 'Membership', prefill: { actorId: actor } } : editFirst();
    case 'BROKEN_CHAIN': {
      const referral = finding.subjects.relationships.find((r) => typeOf(r) === 'REFERS_TO');
      if (referral !== undefined) return { action: 'edit', form: 'Referral', id: referral, focusField: 'status' };
      return actor !== undefined ? { action: 'create', form: 'Referral', prefill: { fromId: actor } } : editFirst();
    }
    case 'SUGGESTED_LINK': {
      const [a, b] = nodes.filter((n) => typeOf(n) === 'ACTOR');
      return a !== undefined && b !== undefined ? { action: 'create', form: 'Referral', prefill: { fromId: a, toId: b } } : editFirst();
    }
    case 'COVERAGE_GAP':
      return area !== undefined ? { action: 'create', form: 'Actor', prefill: { areaId: area } } : editFirst();
    case 'FRAGILITY':
      return network !== undefined && actor === undefined ? { action: 'create', form: 'Membership', prefill: { networkId: network } } : editFirst();
    default: {
      const relationship = finding.subjects.relationships.find((r) => REL_FORMS[typeOf(r) ?? ''] !== undefined);
      if (relationship !== undefined && nodes.length === 0) return { action: 'edit', form: REL_FORMS[typeOf(relationship) ?? '']!, id: relationship };
      return editFirst();
    }
  }
}
