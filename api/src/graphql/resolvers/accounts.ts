/** Accounts, API tokens, the audit log and `me` (who may call what is decided in auth/policy.ts). */
import type { Account } from '../../auth/accounts.js';
import { auditLog } from '../../auth/audit.js';
import { describePrincipal, type Role as ModelRole } from '../../auth/principal.js';
import { AppError } from '../../errors/app-error.js';
import type { MutationResolvers, QueryResolvers, Resolvers, Role } from '../generated/types.js';

const toRole = (role: Role): ModelRole => role.toLowerCase() as ModelRole;
const fromRole = (role: ModelRole): Role => role.toUpperCase() as Role;

export const accountQueryResolvers: QueryResolvers = {
  me: (_, __, { principal, authMode }) => ({
    signedIn: principal.kind === 'account' || principal.kind === 'local-demo',
    name: principal.kind === 'anonymous' ? null : describePrincipal(principal).name,
    role: principal.kind === 'anonymous' ? null : fromRole(principal.role),
    authMode: authMode === 'none' ? 'NONE' : authMode === 'local' ? 'LOCAL' : 'OIDC',
  }),
  accounts: (_, __, { accounts }) => accounts.list(),
  apiTokens: (_, __, { accounts }) => accounts.tokens(),
  auditLog: (_, { first, before }, { service }) => {
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 1 || size > 500) throw AppError.badInput([{ field: 'first', message: 'must be between 1 and 500' }]);
    return auditLog(service.store, size, before ?? null);
  },
};

export const accountMutationResolvers: MutationResolvers = {
  createAccount: async (_, { input }, { accounts }) => {
    const { account, password } = await accounts.create({ username: input.username, role: toRole(input.role), displayName: input.displayName ?? null });
    return { account, oneTimePassword: password };
  },
  updateAccount: (_, { id, patch }, { accounts, principal }) => {
    if (principal.kind === 'account' && principal.accountId === id && (patch.disabled === true || (patch.role && patch.role !== 'ADMIN'))) {
      throw AppError.badInput([{ field: 'patch', message: 'you cannot disable yourself or take away your own administrator role' }]);
    }
    return accounts.update(id, { role: patch.role ? toRole(patch.role) : null, disabled: patch.disabled ?? null, ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}), areas: patch.areas ?? null });
  },
  resetPassword: async (_, { id }, { accounts }) => {
    const password = await accounts.resetPassword(id);
    const account = await accounts.byId(id);
    return { account: account!, oneTimePassword: password };
  },
  createApiToken: (_, { accountId, name }, { accounts }) => accounts.createToken(accountId, name).then(({ token, secret }) => ({ token, secret })),
  revokeApiToken: (_, { id }, { accounts }) => accounts.revokeToken(id),
};

export const accountTypeResolvers: Resolvers = {
  Account: {
    role: (a: Account) => fromRole(a.role),
  },
  ApiToken: {
    account: (t, _, { accounts }) => accounts.byId(t.accountId),
  },
};
