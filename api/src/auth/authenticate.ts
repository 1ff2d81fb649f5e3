/** From a request to a principal: AUTH_MODE=none, a bearer API token, or a session cookie. */
import type { IncomingMessage } from 'node:http';
import type { Accounts } from './accounts.js';
import { ANONYMOUS, LOCAL_DEMO, type Principal } from './principal.js';
import { readCookie, readSession, SESSION_COOKIE } from './sessions.js';

export type AuthMode = 'none' | 'local' | 'oidc';

export interface Authenticator {
  readonly mode: AuthMode;
  principalOf(request: IncomingMessage): Promise<Principal>;
}

export function createAuthenticator(mode: AuthMode, accounts: Accounts, sessionSecret: string): Authenticator {
  return {
    mode,
    async principalOf(request) {
      if (mode === 'none') return LOCAL_DEMO;
      const authorization = request.headers.authorization;
      if (authorization?.startsWith('Bearer ')) return (await accounts.principalForToken(authorization.slice(7).trim())) ?? ANONYMOUS;
      const claims = readSession(sessionSecret, readCookie(request.headers.cookie, SESSION_COOKIE));
      if (!claims) return ANONYMOUS;
      const account = await accounts.byId(claims.accountId);
      if (!account || account.disabled || account.epoch !== claims.epoch) return ANONYMOUS;
      return { kind: 'account', accountId: account.id, username: account.username, role: account.role, areas: account.areas, via: 'session', mustChangePassword: account.mustChangePassword };
    },
  };
}
