/**
 * Login CSRF: the sign-in and password forms are plain HTML posts, which another site can make a
 * browser send too (and so sign it in as the attacker's account). Each form carries a random
 * token that must equal a SameSite=Strict cookie set with the form: a cross-site post carries
 * no such cookie. JSON posts need no token, since a cross-site page cannot send them without a
 * CORS preflight, which this server never grants.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readCookie } from './sessions.js';

/** What of a request the checks read (an Express request; HTTP stays in routes.ts). */
interface FormRequest {
  readonly headers: { readonly cookie?: string | undefined };
  readonly body?: unknown;
  is(type: string): string | false | null;
}

export const CSRF_COOKIE = 'ak_form';
export const CSRF_FIELD = 'csrf';

/**
 * The browser's form token: the one its cookie already holds, so that two pages open at once (or
 * a favicon request sent to the sign-in page) do not invalidate each other, or a new one.
 */
export function formTokenFor(req: FormRequest): string {
  const existing = readCookie(req.headers.cookie, CSRF_COOKIE);
  return existing && /^[\w-]{32}$/.test(existing) ? existing : randomBytes(24).toString('base64url');
}

export function formTokenCookie(token: string, secure: boolean): string {
  return `${CSRF_COOKIE}=${token}; Path=/auth; HttpOnly; SameSite=Strict; Max-Age=3600${secure ? '; Secure' : ''}`;
}

/** True for a form post whose token matches its cookie, and for any post that is not a form. */
export function formTokenValid(req: FormRequest): boolean {
  if (!req.is('application/x-www-form-urlencoded')) return true;
  const sent = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  const expected = readCookie(req.headers.cookie, CSRF_COOKIE);
  if (typeof sent !== 'string' || !expected || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}
