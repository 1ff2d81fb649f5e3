/**
 * Sign-in through the municipality's OpenID Connect provider (authorization code flow with PKCE,
 * state and nonce). The role comes from a claim (OIDC_ROLE_CLAIM) mapped by OIDC_ROLE_MAP; a
 * person whose claim maps to no role is not let in. Each person gets an account record (no
 * password) so tokens, the audit log and administrators see them like local accounts.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { Accounts } from './accounts.js';
import { isRole, ROLE_RANK, type Role } from './principal.js';

export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly roleClaim: string;
  /** Claim value → role; `*` for everyone else who signs in. */
  readonly roleMap: Readonly<Record<string, Role>>;
  /** Plain-HTTP issuers, for tests and a provider on the same machine only. */
  readonly allowHttp: boolean;
}

/** `kommun-admin=admin,hub=editor,*=viewer` → a map; bad entries are reported by the config. */
export function parseRoleMap(text: string): Record<string, Role> | string {
  const map: Record<string, Role> = {};
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [value, role] = entry.split('=').map((p) => p.trim());
    if (!value || !isRole(role)) return `"${entry}" is not value=role (roles: viewer, editor, admin)`;
    map[value] = role;
  }
  return Object.keys(map).length ? map : 'maps no claim value to a role';
}

export function roleFromClaims(claims: Record<string, unknown>, settings: Pick<OidcSettings, 'roleClaim' | 'roleMap'>): Role | null {
  const raw = claims[settings.roleClaim];
  const values = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
  const roles = values.map((v) => settings.roleMap[v]).filter((r): r is Role => r !== undefined);
  if (roles.length === 0 && settings.roleMap['*']) roles.push(settings.roleMap['*']);
  return roles.sort((a, b) => ROLE_RANK[b] - ROLE_RANK[a])[0] ?? null;
}

export const OIDC_COOKIE = 'ak_oidc';
const FLOW_MINUTES = 10;

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(`oidc:${payload}`).digest('base64url');

export interface OidcFlow {
  readonly state: string;
  readonly verifier: string;
  readonly nonce: string;
}

export class OidcSignIn {
  private constructor(private readonly settings: OidcSettings, private readonly config: client.Configuration, private readonly secret: string) {}

  static async discover(settings: OidcSettings, sessionSecret: string): Promise<OidcSignIn> {
    const config = await client.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined,
      settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined);
    return new OidcSignIn(settings, config, sessionSecret);
  }

  /** Where to send the browser, and the signed cookie value that remembers this attempt. */
  async start(now = Date.now()): Promise<{ url: string; cookie: string }> {
    const flow: OidcFlow = { state: client.randomState(), verifier: client.randomPKCECodeVerifier(), nonce: client.randomNonce() };
    const url = client.buildAuthorizationUrl(this.config, {
      redirect_uri: this.settings.redirectUri, scope: 'openid profile email', state: flow.state, nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier), code_challenge_method: 'S256',
    });
    const payload = Buffer.from(JSON.stringify({ ...flow, x: now + FLOW_MINUTES * 60_000 })).toString('base64url');
    return { url: url.href, cookie: `${payload}.${sign(this.secret, payload)}` };
  }

  private readFlow(cookie: string | undefined, now: number): OidcFlow {
    const [payload, signature] = (cookie ?? '').split('.');
    const expected = payload ? Buffer.from(sign(this.secret, payload)) : Buffer.alloc(0);
    if (!payload || !signature || expected.length !== Buffer.from(signature).length || !timingSafeEqual(expected, Buffer.from(signature))) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The sign-in attempt was not started here, or has expired; start again.');
    }
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcFlow & { x: number };
    if (flow.x < now) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The sign-in attempt has expired; start again.');
    return flow;
  }

  /** Completes the flow: exchanges the code, checks the ID token, maps the role, links the account. */
  async finish(callbackUrl: URL, cookie: string | undefined, accounts: Accounts, now = Date.now()) {
    const flow = this.readFlow(cookie, now);
    const tokens = await client.authorizationCodeGrant(this.config, callbackUrl, {
      pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce,
    });
    let claims: Record<string, unknown> = { ...(tokens.claims() ?? {}) };
    // Many providers release profile claims (and groups) only from the userinfo endpoint.
    if (claims[this.settings.roleClaim] === undefined && typeof claims['sub'] === 'string') {
      claims = { ...claims, ...(await client.fetchUserInfo(this.config, tokens.access_token, claims['sub'])) };
    }
    const role = roleFromClaims(claims, this.settings);
    if (!role) throw new AppError(ErrorCode.FORBIDDEN, 'Your organisation has not given you a role in Aktörskartan; ask its administrator.');
    const name = typeof claims['email'] === 'string' ? claims['email'] : typeof claims['name'] === 'string' ? claims['name'] : null;
    return accounts.linkExternal(`oidc:${String(claims['sub'])}`, role, name);
  }
}
