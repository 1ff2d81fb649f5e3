/**
 * AUTH_MODE=local through HTTP: anonymous requests are refused, a viewer reads but cannot write,
 * an editor writes, and every write shows up in the audit log with the account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCookie, SESSION_COOKIE } from '../../src/auth/sessions.js';
import { failure, ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ authMode: 'local', seedDemo: true });
});
afterAll(() => server.close());

async function signIn(username: string, password: string): Promise<{ status: number; cookie: string | undefined; setCookie: string | null }> {
  const response = await fetch(`${server.url}/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  const setCookie = response.headers.get('set-cookie');
  return { status: response.status, setCookie, cookie: readCookie(setCookie ?? '', SESSION_COOKIE) };
}
const as = (cookie: string | undefined) => ({ cookie: `${SESSION_COOKIE}=${cookie ?? ''}` });

/** Signs in with a one-time password and chooses a new one, as the first sign-in requires; the new session. */
async function signInFirstTime(username: string, oneTimePassword: string): Promise<string | undefined> {
  const first = await signIn(username, oneTimePassword);
  const response = await fetch(`${server.url}/auth/password`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...as(first.cookie) },
    body: JSON.stringify({ currentPassword: oneTimePassword, newPassword: `${username}-own-password` }),
  });
  expect(response.status).toBe(200);
  return readCookie(response.headers.get('set-cookie') ?? '', SESSION_COOKIE);
}

describe('local accounts', () => {
  let admin = '';
  let viewerCookie: string | undefined;
  let editorCookie: string | undefined;

  it('refuses an anonymous request with 401 UNAUTHENTICATED', async () => {
    const response = await server.gql('{ actors(first: 1) { totalCount } }');
    expect(response.status).toBe(401);
    expect(failure(response).extensions.code).toBe('UNAUTHENTICATED');
    expect(ok(await server.gql('{ me { signedIn authMode } }')).me).toEqual({ signedIn: false, authMode: 'LOCAL' });
  });

  it('bootstraps an administrator with a one-time password, who signs in with an HTTP-only, SameSite=Strict cookie', async () => {
    const password = await server.accounts.bootstrapAdmin();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await server.accounts.bootstrapAdmin()).toBeNull();
    const session = await signIn('admin', password!);
    expect(session.status).toBe(200);
    expect(session.setCookie).toMatch(/HttpOnly/);
    expect(session.setCookie).toMatch(/SameSite=Strict/);
    admin = (await signInFirstTime('admin', password!))!;
    expect(ok(await server.gql('{ me { signedIn name role } }', undefined, as(admin))).me).toEqual({ signedIn: true, name: 'admin', role: 'ADMIN' });
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrong = await signIn('admin', 'not-the-password');
    const unknown = await signIn('nobody', 'whatever-password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.cookie).toBeUndefined();
  });

  it('lets the administrator create a viewer and an editor, with one-time passwords', async () => {
    const create = (username: string, role: string) =>
      server.gql(`mutation($u: String!, $r: Role!) { createAccount(input: {username: $u, role: $r}) { oneTimePassword account { id role mustChangePassword } } }`, { u: username, r: role }, as(admin));
    const viewer = ok(await create('vera.viewer', 'VIEWER')).createAccount;
    const editor = ok(await create('erik.editor', 'EDITOR')).createAccount;
    expect(viewer.account).toMatchObject({ role: 'VIEWER', mustChangePassword: true });
    viewerCookie = await signInFirstTime('vera.viewer', viewer.oneTimePassword);
    editorCookie = await signInFirstTime('erik.editor', editor.oneTimePassword);
    expect(viewerCookie && editorCookie).toBeTruthy();
  });

  it('lets a viewer read but not write', async () => {
    expect(ok(await server.gql('{ actors(first: 1) { totalCount } }', undefined, as(viewerCookie))).actors.totalCount).toBeGreaterThan(100);
    const write = await server.gql('mutation { createTopic(input: {name: "Viewer was here"}) { id } }', undefined, as(viewerCookie));
    expect(write.status).toBe(403);
    expect(failure(write).extensions.code).toBe('FORBIDDEN');
    expect(ok(await server.gql('{ topics { name } }', undefined, as(viewerCookie))).topics.map((t: { name: string }) => t.name)).not.toContain('Viewer was here');
  });

  it('lets an editor write, and records the write in the audit log with the account, before and after', async () => {
    const { actor } = ok(await server.gql('{ actor(id: "berg-forskola") { version description } }', undefined, as(editorCookie)));
    ok(await server.gql(`mutation { updateActor(id: "berg-forskola", version: ${actor.version}, patch: {description: "Uppdaterad av Erik"}) { version } }`, undefined, as(editorCookie)));
    expect(failure(await server.gql('{ auditLog(first: 5) { id } }', undefined, as(editorCookie))).extensions.code).toBe('FORBIDDEN');
    const { auditLog } = ok(await server.gql('{ auditLog(first: 5) { who operation at changes { op kind id before after } } }', undefined, as(admin)));
    const [latest] = auditLog;
    expect(latest).toMatchObject({ who: 'erik.editor', operation: 'updateActor' });
    const change = latest.changes.find((c: { id: string }) => c.id === 'berg-forskola');
    expect(JSON.parse(change.before).description).toBe(actor.description);
    expect(JSON.parse(change.after).description).toBe('Uppdaterad av Erik');
    // The demo map was loaded by the system, and that is on record too.
    const all = ok(await server.gql('{ auditLog(first: 500) { who operation } }', undefined, as(admin))).auditLog;
    expect(all.at(-1)).toEqual({ who: 'seed', operation: 'seed' });
  });

  it('accepts an API token as a bearer, and refuses it once revoked', async () => {
    const account = (await server.accounts.byUsername('erik.editor'))!;
    const { createApiToken } = ok(await server.gql(`mutation { createApiToken(accountId: "${account.id}", name: "nightly import") { secret token { id } } }`, undefined, as(admin)));
    const bearer = { authorization: `Bearer ${createApiToken.secret}` };
    expect(ok(await server.gql('{ me { name role } }', undefined, bearer)).me).toEqual({ name: 'erik.editor', role: 'EDITOR' });
    ok(await server.gql(`mutation { revokeApiToken(id: "${createApiToken.token.id}") { revoked } }`, undefined, as(admin)));
    expect(failure(await server.gql('{ actors(first: 1) { totalCount } }', undefined, bearer)).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends the sessions of a disabled account', async () => {
    const account = (await server.accounts.byUsername('vera.viewer'))!;
    ok(await server.gql(`mutation { updateAccount(id: "${account.id}", patch: {disabled: true}) { disabled } }`, undefined, as(admin)));
    expect(failure(await server.gql('{ topics { name } }', undefined, as(viewerCookie))).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('limits sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn('admin', `guess-${i}`)).status);
    expect(statuses).toContain(429);
  });

  it('serves a sign-in page in Swedish that works without JavaScript', async () => {
    const page = await (await fetch(`${server.url}/auth/sign-in`)).text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('action="/auth/sign-in"');
    expect(page).toContain('<label for="password">Lösenord</label>');
    expect(page).toMatch(/<input type="hidden" name="csrf" value="[\w-]{20,}">/);
  });
});

describe('pages and headers with sign-in on', () => {
  it('sends an anonymous visitor of a page to the sign-in page', async () => {
    const response = await fetch(`${server.url}/brister`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/auth/sign-in');
  });

  it('sets a Content-Security-Policy without inline scripts, and forbids framing', async () => {
    const csp = (await fetch(`${server.url}/healthz`)).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe('introspection', () => {
  it('is refused when turned off (the production default)', async () => {
    const closed = await startTestServer({ introspection: false });
    try {
      const response = await closed.gql('{ __schema { queryType { name } } }');
      expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await closed.close();
    }
  });
});
