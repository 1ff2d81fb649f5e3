/**
 * /auth: the sign-in page (plain HTML, Swedish, works without JavaScript), sign-in and sign-out,
 * changing one's own password, and who am I. Sign-in attempts are rate limited per address.
 */
import express, { type Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Logger } from '../logger.js';
import type { Accounts } from './accounts.js';
import type { Authenticator } from './authenticate.js';
import { describePrincipal } from './principal.js';
import { AppError } from '../errors/app-error.js';
import { OIDC_COOKIE, type OidcSignIn } from './oidc.js';
import { cookieHeader, issueSession, readCookie } from './sessions.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function signInPage(message?: string, oidc = false): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logga in – Aktörskartan</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f5f7;color:#1b1f24;margin:0}
main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border:1px solid #c9d0d8;border-radius:6px}
h1{font-size:1.5rem;margin-top:0}label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #4a525c;border-radius:4px}
button,.button{display:inline-block;text-decoration:none;margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;background:#1d4a73;color:#fff;border:0;border-radius:4px;cursor:pointer}
:focus-visible{outline:3px solid #ffbf1f;outline-offset:2px}.error{color:#a3231b;font-weight:600}
</style></head>
<body><main><h1>Logga in på Aktörskartan</h1>
${message ? `<p class="error" role="alert">${escape(message)}</p>` : ''}
${oidc ? '<p>Du loggar in med ditt konto i din organisation.</p><p><a class="button" href="/auth/oidc/start">Logga in med din organisation</a></p>' : `<form method="post" action="/auth/sign-in">
<label for="username">Användarnamn</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Lösenord</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Logga in</button>
</form>`}</main></body></html>`;
}

export function authRoutes(accounts: Accounts, authenticator: Authenticator, sessionSecret: string, secureCookies: boolean, logger: Logger, oidc: OidcSignIn | null = null): Router {
  const router = express.Router();
  const flowCookie = (value: string, maxAge: number) =>
    // Lax, not Strict: the provider's redirect back to us is a cross-site top-level navigation.
    `${OIDC_COOKIE}=${value}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secureCookies ? '; Secure' : ''}`;
  if (oidc) {
    router.get('/oidc/start', async (_req, res, next) => {
      try {
        const { url, cookie } = await oidc.start();
        res.setHeader('Set-Cookie', flowCookie(cookie, 600));
        res.redirect(302, url);
      } catch (error) {
        next(error);
      }
    });
    router.get('/oidc/callback', async (req, res) => {
      try {
        const callback = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
        const account = await oidc.finish(callback, readCookie(req.headers.cookie, OIDC_COOKIE), accounts);
        res.setHeader('Set-Cookie', [flowCookie('', 0), cookieHeader(issueSession(sessionSecret, account.id, account.epoch), secureCookies)]);
        res.redirect(303, '/');
      } catch (error) {
        logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'OIDC sign-in failed');
        const message = error instanceof AppError ? error.message : 'The sign-in could not be completed.';
        res.status(error instanceof AppError && error.code === 'FORBIDDEN' ? 403 : 401).type('html')
          .send(signInPage(`Inloggningen misslyckades: ${message}`, true));
      }
    });
  }
  // Failed attempts per address and user name: a whole office behind one address can still sign
  // in at nine, while guessing one account's password stops after ten tries in 15 minutes.
  const limiter = rateLimit({
    windowMs: 15 * 60_000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false, skipSuccessfulRequests: true,
    keyGenerator: (req) => {
      const body = (req.body ?? {}) as { username?: unknown };
      return `${ipKeyGenerator(req.ip ?? 'unknown')}|${typeof body.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : ''}`;
    },
    message: { error: 'Too many sign-in attempts; wait 15 minutes.' },
  });
  router.get('/sign-in', (_req, res) => {
    res.type('html').send(signInPage(undefined, oidc !== null));
  });
  router.post('/sign-in', express.urlencoded({ extended: false, limit: '10kb' }), express.json({ limit: '10kb' }), limiter, async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as { username?: unknown; password?: unknown };
      const form = req.is('application/x-www-form-urlencoded');
      const username = typeof body.username === 'string' ? body.username : '';
      const password = typeof body.password === 'string' ? body.password : '';
      const account = authenticator.mode === 'local' && username && password ? await accounts.authenticate(username, password) : null;
      if (!account) {
        logger.warn({ username: username.slice(0, 100) }, 'sign-in refused');
        if (form) res.status(401).type('html').send(signInPage('Fel användarnamn eller lösenord.'));
        else res.status(401).json({ error: 'Wrong user name or password.' });
        return;
      }
      res.setHeader('Set-Cookie', cookieHeader(issueSession(sessionSecret, account.id, account.epoch), secureCookies));
      if (form) res.redirect(303, '/');
      else res.json({ username: account.username, role: account.role, mustChangePassword: account.mustChangePassword });
    } catch (error) {
      next(error);
    }
  });
  router.post('/sign-out', (_req, res) => {
    res.setHeader('Set-Cookie', cookieHeader('', secureCookies, 0));
    res.json({ signedOut: true });
  });
  router.get('/me', async (req, res, next) => {
    try {
      const principal = await authenticator.principalOf(req);
      res.json({ mode: authenticator.mode, ...(principal.kind === 'anonymous' ? { signedIn: false } : { signedIn: true, name: describePrincipal(principal).name, role: principal.role }) });
    } catch (error) {
      next(error);
    }
  });
  // JSON only: a cross-site form cannot send it, so cookies alone cannot change a password.
  router.post('/password', express.json({ limit: '10kb' }), async (req, res, next) => {
    try {
      const principal = await authenticator.principalOf(req);
      const body = (req.body ?? {}) as { currentPassword?: unknown; newPassword?: unknown };
      if (principal.kind !== 'account' || !req.is('application/json')) {
        res.status(401).json({ error: 'Sign in first.' });
        return;
      }
      await accounts.changePassword(principal.accountId, String(body.currentPassword ?? ''), String(body.newPassword ?? ''));
      const account = await accounts.byId(principal.accountId);
      if (account) res.setHeader('Set-Cookie', cookieHeader(issueSession(sessionSecret, account.id, account.epoch), secureCookies));
      res.json({ changed: true });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
