/**
 * Who is asking. Roles rank viewer < editor < admin: viewers read, editors write, admins manage
 * accounts and tokens and read the audit log.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };
export const isRole = (x: unknown): x is Role => typeof x === 'string' && (ROLES as readonly string[]).includes(x);

export type Principal =
  | { readonly kind: 'anonymous' }
  /** AUTH_MODE=none: the local demo on loopback, where whoever sits at the machine may do anything. */
  | { readonly kind: 'local-demo'; readonly role: 'admin' }
  | {
    readonly kind: 'account'; readonly accountId: string; readonly username: string; readonly role: Role; readonly via: 'session' | 'token' | 'oidc';
    /**
     * Signed in with a one-time password not yet changed: nothing but `me` and changing it. API
     * tokens are never held back (a script cannot change a password; the account's owner can).
     */
    readonly mustChangePassword: boolean;
    /** An editor limited to these areas (and what lies within them); absent or empty: the whole map. */
    readonly areas?: readonly string[];
  }
  /** Start-up work such as loading the demo map. */
  | { readonly kind: 'system'; readonly role: 'admin'; readonly name: string };

export const ANONYMOUS: Principal = { kind: 'anonymous' };
export const LOCAL_DEMO: Principal = { kind: 'local-demo', role: 'admin' };
export const systemPrincipal = (name: string): Principal => ({ kind: 'system', role: 'admin', name });

export function roleOf(principal: Principal): Role | null {
  return principal.kind === 'anonymous' ? null : principal.role;
}

export function allows(principal: Principal, needed: Role | 'anyone'): boolean {
  if (needed === 'anyone') return true;
  const role = roleOf(principal);
  return role !== null && ROLE_RANK[role] >= ROLE_RANK[needed];
}

/** How the audit log names who did something. */
export function describePrincipal(principal: Principal): { id: string; name: string } {
  switch (principal.kind) {
    case 'anonymous':
      return { id: 'anonymous', name: 'anonymous' };
    case 'local-demo':
      return { id: 'local-demo', name: 'local demo (AUTH_MODE=none)' };
    case 'account':
      return { id: principal.accountId, name: principal.username };
    case 'system':
      return { id: `system:${principal.name}`, name: principal.name };
    default: {
      const never: never = principal;
      return never;
    }
  }
}
