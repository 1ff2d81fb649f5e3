/** The accounts view's GraphQL (administrators only; the server checks that, not this page). */
export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';
export const ROLES: readonly Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

export interface AccountRow { id: string; username: string; role: Role; disabled: boolean; mustChangePassword: boolean; areas?: readonly string[] }
export interface TokenRow { id: string; name: string; createdAt: string; revoked: boolean; account: { username: string } | null }
export interface AccountsData { accounts: AccountRow[]; apiTokens: TokenRow[] }

export const ACCOUNTS_QUERY = /* GraphQL */ `
  query Accounts {
    accounts { id username role disabled mustChangePassword areas }
    apiTokens { id name createdAt revoked account { username } }
  }
`;
export const CREATE_ACCOUNT = /* GraphQL */ `
  mutation CreateAccount($username: String!, $role: Role!) {
    createAccount(input: { username: $username, role: $role }) { oneTimePassword account { username } }
  }
`;
export const UPDATE_ACCOUNT = /* GraphQL */ `
  mutation UpdateAccount($id: ID!, $role: Role, $disabled: Boolean) {
    updateAccount(id: $id, patch: { role: $role, disabled: $disabled }) { id }
  }
`;
export const RESET_PASSWORD = /* GraphQL */ `
  mutation ResetPassword($id: ID!) { resetPassword(id: $id) { oneTimePassword account { username } } }
`;
export const CREATE_TOKEN = /* GraphQL */ `
  mutation CreateToken($accountId: ID!, $name: String!) { createApiToken(accountId: $accountId, name: $name) { secret token { name } } }
`;
export const REVOKE_TOKEN = /* GraphQL */ `
  mutation RevokeToken($id: ID!) { revokeApiToken(id: $id) { id } }
`;
