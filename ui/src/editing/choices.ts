/** Every node by type, for the reference fields of the forms (one query, refreshed after each write). */
import { useEffect, useMemo, useState } from 'react';
import type { RefType } from './fields';
import { useRevision } from './revision';
import { read } from './writeRequest';

export interface Choice { readonly id: string; readonly label: string }
export type Choices = Readonly<Partial<Record<RefType, readonly Choice[]>>>;

const QUERY = `query EditChoices {
  graph(filter: { nodeTypes: [ACTOR, NETWORK, AREA, TOPIC, ROUTINE, PERSON, PROGRAMME], relationshipTypes: [MEMBER_OF, REFERS_TO] }) {
    nodes { id type label } edges { id type }
  }
}`;

interface Answer { graph: { nodes: { id: string; type: RefType; label: string }[]; edges: { id: string; type: string }[] } }

/** The node and relationship types by id, and the nodes by type, as of the latest write. */
export function useMapIndex(): { choices: Choices; typeOf: (id: string) => string | undefined; labelOf: (id: string) => string } {
  const revision = useRevision();
  const [answer, setAnswer] = useState<Answer['graph']>({ nodes: [], edges: [] });
  useEffect(() => {
    let live = true;
    read<Answer>(QUERY, {}).then(
      ({ graph }) => {
        if (live) setAnswer(graph);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [revision]);
  return useMemo(() => {
    const out: Partial<Record<RefType, Choice[]>> = {};
    const types = new Map<string, string>();
    const labels = new Map<string, string>();
    for (const n of answer.nodes) {
      (out[n.type] ??= []).push({ id: n.id, label: n.label });
      types.set(n.id, n.type);
      labels.set(n.id, n.label);
    }
    for (const e of answer.edges) types.set(e.id, e.type);
    for (const list of Object.values(out)) list.sort((a, b) => a.label.localeCompare(b.label, 'sv'));
    return { choices: out, typeOf: (id: string) => types.get(id), labelOf: (id: string) => labels.get(id) ?? id };
  }, [answer]);
}

export const useChoices = (): Choices => useMapIndex().choices;
