/**
 * Write intents: what a caller (a GraphQL mutation or a CSV row) wants a node or relationship to
 * be. The planner checks them against the read model and turns them into store operations.
 */
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import type { VersionExpectation } from '../store/graph-store.js';

/** Where an intent came from, so a problem can point at it. */
export interface Origin {
  readonly file?: string;
  /** 1-based line; the header is line 1. */
  readonly line?: number;
}

export interface NodeIntent {
  readonly label: NodeLabel;
  readonly id: string;
  /** Every model property of the label, as given (validated by the planner). */
  readonly props: Readonly<Record<string, unknown>>;
  readonly meta: { readonly lastVerifiedAt: unknown; readonly source: unknown };
  /** Link columns that were given, by their GraphQL input name; each replaces that set. */
  readonly links: Readonly<Record<string, readonly string[]>>;
  readonly expect: VersionExpectation;
  readonly origin: Origin;
  /** The caller's name for a field: `input.areaId` or the CSV column `area`. */
  readonly fieldName: (field: string) => string;
}

export interface RelIntent {
  readonly type: RelationshipType;
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly meta: { readonly lastVerifiedAt: unknown; readonly source: unknown };
  readonly expect: VersionExpectation;
  readonly origin: Origin;
  /** The caller's names for fields, including `from` and `to`. */
  readonly fieldName: (field: string) => string;
}

export type ProblemCode = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'DUPLICATE';

export interface PlanProblem {
  readonly origin: Origin;
  readonly field: string | null;
  readonly code: ProblemCode;
  readonly message: string;
}
