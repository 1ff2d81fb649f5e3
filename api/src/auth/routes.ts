/**
 * /auth: the sign-in page (plain HTML, Swedish, works without JavaScript), sign-in and sign-out,
 * changing one's own password (page and JSON), and who am I. Failed sign-ins are rate limited per
 * address and user name, and per address across user names; the forms carry a CSRF token.
 */
import express, { type Request, type Response, type Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Logger } from '../logger.js';
import type { Accounts } from './accounts.js';
import type { Authenticator } from './authenticate.js';
import { describePrincipal } from './principal.js';
import { AppError } from '../errors/app-error.js';
import { formTokenCookie, formTokenFor, formTokenValid } from './csrf.js';
import { OIDC_COOKIE, type OidcSignIn } from './oidc.js';
import { passwordPage, signInPage } from './pages.js';
import { cookieHeader, issueSession, readCookie } from './sessions.js';

/** Failed sign-ins per address and user name: one account's password is not guessed. */
export const SIGN_IN_LIMIT_PER_USER = 10;
/** Failed sign-ins per address whatever the user name: no password spraying from one address. */
export const SIGN_IN_LIMIT_PER_ADDRESS = 50;
const WINDOW_MS = 15 * 60_000;

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
          .send(signInPage({ message: `Inloggningen misslyckades: ${message}`, oidc: true }));
      }
    });
  }
  // Failed attempts only: a whole office behind one address can still sign in at nine, while
  // guessing one account's password stops after ten tries in 15 minutes, and trying one password
  // on many accounts after fifty. Each attempt also costs an Argon2 hash.
  const tooMany = { error: 'Too many sign-in attempts; wait 15 minutes.' };
  const perUser = rateLimit({
    windowMs: WINDOW_MS, limit: SIGN_IN_LIMIT_PER_USER, standardHeaders: 'draft-7', legacyHeaders: false, skipSuccessfulRequests: true,
    keyGenerator: (req) => {
      const body = (req.body ?? {}) as { username?: unknown };
      return `${ipKeyGenerator(req.ip ?? 'unknown')}|${typeof body.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : ''}`;
    },
    message: tooMany,
  });
  const perAddress = rateLimit({
    windowMs: WINDOW_MS, limit: SIGN_IN_LIMIT_PER_ADDRESS, standardHeaders: 'draft-7', legacyHeaders: false, skipSuccessfulRequests: true,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
    message: tooMany,
  });
  const forms = [express.urlencoded({ extended: false, limit: '10kb' }), express.json({ limit: '10kb' })];
  /** A page with a form: a fresh token in the form and in its cookie. */
  const sendForm = (res: Response, status: number, render: (formToken: string) => string) => {
    const token = formTokenFor(res.req);
    res.status(status).setHeader('Set-Cookie', formTokenCookie(token, secureCookies));
    res.type('html').send(render(token));
  };
  const formCheck = (page: (formToken: string, message: string) => string) => (req: Request, res: Response, next: () => void) => {
    if (formTokenValid(req)) return next();
    logger.warn({ path: req.path }, 'form post without a valid CSRF token refused');
    sendForm(res, 403, (token) => page(token, 'Sidan var för gammal eller kom från en annan webbplats. Försök igen.'));
  };
  const signInAgain = (token: string, message: string) => signInPage({ message, oidc: oidc !== null, formToken: token });
  router.get('/sign-in', (_req, res) => {
    sendForm(res, 200, (token) => signInPage({ oidc: oidc !== null, formToken: token }));
  });
  router.post('/sign-in', ...forms, formCheck(signInAgain), perAddress, perUser, async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as { username?: unknown; password?: unknown };
      const form = req.is('application/x-www-form-urlencoded');
      const username = typeof body.username === 'string' ? body.username : '';
      const password = typeof body.password === 'string' ? body.password : '';
      const account = authenticator.mode === 'local' && username && password ? await accounts.authenticate(username, password) : null;
      if (!account) {
        logger.warn({ username: username.slice(0, 100) }, 'sign-in refused');
        if (form) sendForm(res, 401, (token) => signInAgain(token, 'Fel användarnamn eller lösenord.'));
        else res.status(401).json({ error: 'Wrong user name or password.' });
        return;
      }
      res.setHeader('Set-Cookie', cookieHeader(issueSession(sessionSecret, account.id, account.epoch), secureCookies));
      if (form) res.redirect(303, account.mustChangePassword ? '/auth/password' : '/');
      else res.json({ username: account.username, role: account.role, mustChangePassword: account.mustChangePassword });
    } catch (error) {
      next(error);
    }
  });
  // Ends the session on the server too, not just in this browser: a copied cookie dies with it.
  router.post('/sign-out', ...forms, async (req, res, next) => {
    try {
      const principal = await authenticator.principalOf(req);
      if (principal.kind === 'account' && principal.via !== 'token') await accounts.endSessions(principal.accountId);
      res.setHeader('Set-Cookie', cookieHeader('', secureCookies, 0));
      if (req.is('application/x-www-form-urlencoded')) res.redirect(303, '/auth/sign-in');
      else res.json({ signedOut: true });
    } catch (error) {
      next(error);
    }
  });
  router.get('/me', async (req, res, next) => {
    try {
      const principal = await authenticator.principalOf(req);
      res.json({
        mode: authenticator.mode,
        ...(principal.kind === 'anonymous' ? { signedIn: false } : { signedIn: true, name: describePrincipal(principal).name, role: principal.role }),
        ...(principal.kind === 'account' && principal.mustChangePassword ? { mustChangePassword: true } : {}),
      });
    } catch (error) {
      next(error);
    }
  });
  const passwordAgain = (oneTime: boolean) => (token: string, message: string) => passwordPage({ formToken: token, oneTime, message });
  router.get('/password', async (req, res, next) => {
    try {
      const principal = await authenticator.principalOf(req);
      if (principal.kind !== 'account' || principal.via !== 'session') return res.redirect(302, '/auth/sign-in');
      sendForm(res, 200, (token) => passwordPage({ formToken: token, oneTime: principal.mustChangePassword }));
    } catch (error) {
      next(error);
    }
  });
  // The page's form (with its CSRF token) or JSON, which a cross-site page cannot send.
  router.post('/password', ...forms, formCheck(passwordAgain(true)), perAddress, async (req, res, next) => {
    const form = req.is('application/x-www-form-urlencoded');
    try {
      const principal = await authenticator.principalOf(req);
      const body = (req.body ?? {}) as { currentPassword?: unknown; newPassword?: unknown; repeatPassword?: unknown };
      if (principal.kind !== 'account' || principal.via !== 'session' || !(form || req.is('application/json'))) {
        if (form) res.redirect(303, '/auth/sign-in');
        else res.status(401).json({ error: 'Sign in first.' });
        return;
      }
      const again = passwordAgain(principal.mustChangePassword);
      if (form && body.newPassword !== body.repeatPassword) return sendForm(res, 400, (token) => again(token, 'De två nya lösenorden är inte lika.'));
      try {
        await accounts.changePassword(principal.accountId, String(body.currentPassword ?? ''), String(body.newPassword ?? ''));
      } catch (error) {
        if (!form || !(error instanceof AppError)) throw error;
        const message = error.code === 'FORBIDDEN' ? 'Det nuvarande lösenordet är fel.' : 'Det nya lösenordet är för kort.';
        return sendForm(res, error.code === 'FORBIDDEN' ? 403 : 400, (token) => again(token, message));
      }
      const account = await accounts.byId(principal.accountId);
      if (account) res.setHeader('Set-Cookie', cookieHeader(issueSession(sessionSecret, account.id, account.epoch), secureCookies));
      if (form) res.redirect(303, '/');
      else res.json({ changed: true });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
