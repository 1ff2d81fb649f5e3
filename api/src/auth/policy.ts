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
  // Replacing or deleting many records at once is an administrator's call.
  'Mutation.importData': 'editor',
  // A share link's token is its own permission: it opens that one presentation and nothing else.
  'Query.sharedViewSet': 'anyone',
};

export function neededFor(type: 'Query' | 'Mutation', field: string): Needed {
  if (field === '__typename') return 'anyone';
  return FIELD_ROLES[`${type}.${field}`] ?? (type === 'Query' ? QUERY_DEFAULT : MUTATION_DEFAULT);
}
