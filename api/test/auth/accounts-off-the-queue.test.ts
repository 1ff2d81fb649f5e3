/**
 * Signing in and checking a cookie or a token never waits behind a write: the store runs one
 * operation at a time (Kuzu's single connection), so auth reads come from the accounts directory
 * in memory. The store below does the same as Kuzu's queue, with a write that holds it until the
 * test lets go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/auth/accounts.js';
import { readCookie, SESSION_COOKIE } from '../../src/auth/sessions.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { SerialQueue } from '../../src/store/serial-queue.js';
import { startTestServer, type TestServer } from '../support/harness.js';

/** Every call in one queue, as in the Kuzu adapter; `write` waits for `release` while held. */
class HeldStore {
  private readonly queue = new SerialQueue();
  private gate: Promise<void> | null = null;
  private open: () => void = () => undefined;
  writesStarted = 0;

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  release(): void {
    this.open();
    this.gate = null;
  }

  wrap(store: GraphStore): GraphStore {
    return new Proxy(store, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function' || property === 'close' || property === 'init') return value;
        return (...args: unknown[]) => this.queue.run(async () => {
          if (property === 'write' || property === 'writeGroup') {
            this.writesStarted += 1;
            await this.gate;
          }
          return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        });
      },
    });
  }
}

const held = new HeldStore();
let server: TestServer;
let editorCookie: string | undefined;
let bearer: { authorization: string };
beforeAll(async () => {
  server = await startTestServer({ authMode: 'local', wrapStore: (store) => held.wrap(store) });
  const { account, password } = await server.accounts.create({ username: 'eva.editor', role: 'editor' });
  await server.accounts.changePassword(account.id, password, 'evas-own-password');
  bearer = { authorization: `Bearer ${(await server.accounts.createToken(account.id, 'nightly')).secret}` };
  editorCookie = await signIn('eva.editor', 'evas-own-password');
});
afterAll(async () => {
  held.release();
  await server.close();
});

async function signIn(username: string, password: string): Promise<string | undefined> {
  const response = await fetch(`${server.url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(response.status).toBe(200);
  return readCookie(response.headers.get('set-cookie') ?? '', SESSION_COOKIE);
}
const me = async (headers: Record<string, string>) => (await fetch(`${server.url}/auth/me`, { headers })).json();

describe('authentication while a write holds the store', () => {
  it('signs in and recognises a cookie and a token while the write is still running', async () => {
    held.hold();
    let writeDone = false;
    const write = server.gql('mutation { createTopic(input: {name: "Skrivs långsamt"}) { id } }', undefined, { cookie: `${SESSION_COOKIE}=${editorCookie}` })
      .finally(() => (writeDone = true));
    // Let the write reach the store (the snapshot read before it is queued too).
    while (held.writesStarted === 0) await new Promise((resolve) => setImmediate(resolve));

    expect(await me({ cookie: `${SESSION_COOKIE}=${editorCookie}` })).toMatchObject({ signedIn: true, name: 'eva.editor', role: 'editor' });
    expect(await me(bearer)).toMatchObject({ signedIn: true, name: 'eva.editor' });
    const fresh = await signIn('eva.editor', 'evas-own-password');
    expect(await me({ cookie: `${SESSION_COOKIE}=${fresh}` })).toMatchObject({ signedIn: true });
    expect(writeDone).toBe(false);

    held.release();
    expect((await write).errors).toBeUndefined();
  });

  it('sees account changes made while the directory is in memory', async () => {
    const account = (await server.accounts.byUsername('eva.editor'))!;
    await server.accounts.update(account.id, { disabled: true });
    expect(await me({ cookie: `${SESSION_COOKIE}=${editorCookie}` })).toMatchObject({ signedIn: false });
    expect(await me(bearer)).toMatchObject({ signedIn: false });
    // Another server process on the same store, reading it afresh, agrees.
    expect((await new Accounts(server.store).byId(account.id))?.disabled).toBe(true);
  });

  it('takes in changes made by another server process on refresh', async () => {
    const elsewhere = new Accounts(server.store);
    const account = (await elsewhere.byUsername('eva.editor'))!;
    await elsewhere.update(account.id, { disabled: false, displayName: 'Eva (ändrad på en annan server)' });
    expect((await server.accounts.byId(account.id))?.displayName).toBeNull();
    await server.accounts.refresh();
    expect((await server.accounts.byId(account.id))?.displayName).toBe('Eva (ändrad på en annan server)');
  });
});
