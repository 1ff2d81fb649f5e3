/**
 * Authorization in one place: the role each root field needs. Queries need a viewer and mutations
 * an editor unless listed here; the Apollo plugin in authorize.ts checks every operation against
 * this table before anything runs, so no resolver has to remember to.
 */
import type { Role } from './principal.js';

export type Needed = Role | 'anyone';

export const QUERY_DEFAULT: Needed = 'viewer';
export const MUTATION_DEFAULT: Needed = 'editor';

export const FIELD_ROLES: Readonly<Record<string, Needed>> = {
  'Query.me': 'anyone',
  'Query.accounts': 'admin',
  'Query.apiTokens': 'admin',
  'Query.auditLog': 'admin',
  'Mutation.createAccount': 'admin',
  'Mutation.updateAccount': 'admin',
  'Mutation.resetPassword': 'admin',
  'Mutation.createApiToken': 'admin',
  'Mutation.revokeApiToken': 'admin',
  // An import writes many records at once, but all or nothing and audited: the spreadsheet round
  // trip is an editor's everyday work (README, "Who may do what"), like any other write.
  'Mutation.importData': 'editor',
  // A share link's token is its own permission: it opens that one presentation and nothing else.
  'Query.sharedViewSet': 'anyone',
};

/** All a session signed in with a one-time password may do until the password is changed. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['Query.me', 'Query.__typename', 'Mutation.__typename']);

export function neededFor(type: 'Query' | 'Mutation', field: string): Needed {
  if (field === '__typename') return 'anyone';
  return FIELD_ROLES[`${type}.${field}`] ?? (type === 'Query' ? QUERY_DEFAULT : MUTATION_DEFAULT);
}
