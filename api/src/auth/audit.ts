/** Reading the audit log: the events MapService writes with every committed batch. */
import { z } from 'zod';
import type { GraphStore } from '../store/graph-store.js';

const eventSchema = z.object({
  at: z.string(),
  who: z.object({ id: z.string(), name: z.string() }),
  operation: z.string(),
  truncated: z.boolean(),
  changes: z.array(z.object({ op: z.string(), kind: z.string(), id: z.string(), before: z.unknown(), after: z.unknown() })),
});

export interface AuditEventRecord {
  readonly id: string;
  readonly at: string;
  readonly who: string;
  readonly whoId: string;
  readonly operation: string;
  readonly truncated: boolean;
  readonly changes: readonly { op: string; kind: string; id: string; before: string | null; after: string | null }[];
}

export async function auditLog(store: GraphStore, first: number, before: string | null): Promise<AuditEventRecord[]> {
  const records = await store.auxList('audit', first, before ?? '\uffff');
  return records.map((record) => {
    const event = eventSchema.parse(JSON.parse(record.json));
    return {
      id: record.id, at: event.at, who: event.who.name, whoId: event.who.id, operation: event.operation, truncated: event.truncated,
      changes: event.changes.map((c) => ({
        op: c.op, kind: c.kind, id: c.id,
        before: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
        after: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
      })),
    };
  });
}
