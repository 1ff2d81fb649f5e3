/**
 * Session cookies: HTTP-only, SameSite=Strict, signed with HMAC-SHA256, carrying only the account
 * id, an expiry and the account's epoch (so a password reset or a disabled account ends them).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'ak_session';
export const SESSION_HOURS = 8;

export interface SessionClaims {
  readonly accountId: string;
  readonly epoch: number;
  readonly expires: number;
}

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function issueSession(secret: string, accountId: string, epoch: number, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ a: accountId, e: epoch, x: now + SESSION_HOURS * 3_600_000 })).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

export function readSession(secret: string, cookie: string | undefined, now = Date.now()): SessionClaims | null {
  if (!cookie) return null;
  const [payload, signature] = cookie.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { a?: unknown; e?: unknown; x?: unknown };
    if (typeof claims.a !== 'string' || typeof claims.e !== 'number' || typeof claims.x !== 'number' || claims.x < now) return null;
    return { accountId: claims.a, epoch: claims.e, expires: claims.x };
  } catch {
    return null;
  }
}

export function cookieHeader(value: string, secure: boolean, maxAgeSeconds = SESSION_HOURS * 3600): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
