/**
 * AUTH_MODE=oidc against a real OpenID Connect provider started in the test (oidc-provider, with
 * its development sign-in pages): the whole authorization-code flow with PKCE, state and nonce,
 * and the role taken from a claim.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoleMap, roleFromClaims } from '../../src/auth/oidc.js';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

const GROUPS: Record<string, string[]> = { 'anna.hub': ['aktorskartan-redaktor'], 'olle.outsider': ['ekonomi'] };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A browser in miniature: follows redirects by hand and keeps cookies (per host, as browsers do). */
class Browser {
  private readonly cookies = new Map<string, string>();
  async go(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ url: string; status: number; body: string }> {
    let current = url;
    let method = init.method ?? 'GET';
    let body: string | undefined = init.form ? new URLSearchParams(init.form).toString() : undefined;
    for (let hops = 0; hops < 20; hops++) {
      const response = await fetch(current, {
        method, redirect: 'manual', ...(body ? { body } : {}),
        headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, ...value] = pair!.split('=');
        if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value.join('=') === '') this.cookies.delete(name!.trim());
        else this.cookies.set(name!.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        method = 'GET';
        body = undefined;
        continue;
      }
      return { url: current, status: response.status, body: await response.text() };
    }
    throw new Error('too many redirects');
  }
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** Signs in at the provider's development pages as `login`, consenting when asked. */
async function signIn(browser: Browser, appUrl: string, login: string) {
  let page = await browser.go(`${appUrl}/auth/oidc/start`);
  for (let step = 0; step < 4 && page.url.includes('/interaction/'); step++) {
    const action = new URL(page.body.match(/action="([^"]+)"/)![1]!, page.url).href;
    const prompt = page.body.match(/name="prompt" value="(\w+)"/)![1]!;
    page = await browser.go(action, { method: 'POST', form: prompt === 'login' ? { prompt, login, password: 'any' } : { prompt } });
  }
  return page;
}

let provider: Server;
let app: TestServer;

beforeAll(async () => {
  const [providerPort, appPort] = [await freePort(), await freePort()];
  const issuer = `http://127.0.0.1:${providerPort}`;
  const oidc = new Provider(issuer, {
    clients: [{ client_id: 'aktorskartan', client_secret: 'test-secret-test-secret', redirect_uris: [`http://127.0.0.1:${appPort}/auth/oidc/callback`], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email'], profile: ['name', 'groups'] },
    findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub, email: `${sub}@kommun.example`, name: sub, groups: GROUPS[sub] ?? [] }) }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-cookie-key-0123456789'] },
  });
  provider = oidc.listen(providerPort);
  app = await startTestServer({
    authMode: 'oidc', port: appPort,
    oidc: {
      issuer, clientId: 'aktorskartan', clientSecret: 'test-secret-test-secret', redirectUri: `http://127.0.0.1:${appPort}/auth/oidc/callback`,
      roleClaim: 'groups', roleMap: parseRoleMap('aktorskartan-redaktor=editor,aktorskartan-admin=admin') as Record<string, 'editor'>, allowHttp: true,
    },
  });
});
afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => provider?.close(resolve));
});

describe('sign-in through OpenID Connect', () => {
  it('signs a person in with the role their group claim maps to', async () => {
    const browser = new Browser();
    const landing = await signIn(browser, app.url, 'anna.hub');
    expect(landing.url, landing.body.match(/role="alert">([^<]*)/)?.[1] ?? landing.body.slice(0, 200)).toBe(`${app.url}/`);
    const session = browser.cookie('ak_session');
    expect(session).toBeDefined();
    const me = ok(await app.gql('{ me { signedIn name role } }', undefined, { cookie: `ak_session=${session}` })).me;
    expect(me).toEqual({ signedIn: true, name: 'oidc:anna.hub', role: 'EDITOR' });
    const write = await app.gql('mutation { createTopic(input: {name: "Från OIDC"}) { id } }', undefined, { cookie: `ak_session=${session}` });
    expect(write.errors).toBeUndefined();
  });

  it('keeps out a person whose claims map to no role', async () => {
    const browser = new Browser();
    const page = await signIn(browser, app.url, 'olle.outsider');
    expect(page.status).toBe(403);
    expect(page.body).toContain('Inloggningen misslyckades');
    expect(browser.cookie('ak_session')).toBeUndefined();
  });

  it('refuses a callback that this server did not start (no state cookie)', async () => {
    const page = await new Browser().go(`${app.url}/auth/oidc/callback?code=stolen&state=guess`);
    expect(page.status).toBe(401);
  });

  it('maps claims to the highest role they grant, with * for everyone else', () => {
    const map = parseRoleMap('a=viewer,b=admin,*=viewer');
    expect(typeof map).toBe('object');
    const settings = { roleClaim: 'groups', roleMap: map as Record<string, 'viewer' | 'admin'> };
    expect(roleFromClaims({ groups: ['a', 'b'] }, settings)).toBe('admin');
    expect(roleFromClaims({ groups: ['zzz'] }, settings)).toBe('viewer');
    expect(roleFromClaims({ groups: 'b' }, settings)).toBe('admin');
    expect(parseRoleMap('a=boss')).toMatch(/not value=role/);
  });
});
