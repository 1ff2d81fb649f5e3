/**
 * Local accounts and API tokens, stored beside the map. Passwords are Argon2id hashes; API tokens
 * are shown once and stored as SHA-256 hashes (they are long random strings, so a fast hash is
 * enough); disabling an account, resetting its password or signing out ends its sessions (the
 * epoch moves), and disabling or resetting also revokes its API tokens.
 *
 * Authentication reads a directory of every account and token held in memory, never the store:
 * the store runs one operation at a time, and signing in or checking a cookie must not wait
 * behind a write or an import. Every change here writes through to the store and then to the
 * directory. Changes made by another server process (several instances on one Neo4j) arrive
 * with `refresh()`, which main.ts runs on a timer in that case.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { GraphStore } from '../store/graph-store.js';
import { hashPassword, MIN_PASSWORD_LENGTH, oneTimePassword, verifyPassword } from './passwords.js';
import { ROLES, type Principal, type Role } from './principal.js';

const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string().nullable(),
  role: z.enum(ROLES),
  /** The areas an editor may change (each with what lies within); empty: the whole map. */
  areas: z.array(z.string()).default([]),
  passwordHash: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  epoch: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

const tokenSchema = z.object({ id: z.string(), accountId: z.string(), name: z.string(), createdAt: z.string(), revoked: z.boolean() });
export type ApiToken = z.infer<typeof tokenSchema>;

export const usernameSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9._@-]{2,100}$/, 'use 2–100 letters, digits and . _ @ -');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TOKEN_PREFIX = 'ak_';

/** Every account and token, by the keys authentication looks them up by. */
interface Directory {
  readonly accounts: Map<string, Account>;
  readonly idByUsername: Map<string, string>;
  /** Token hash → token; the hash is the stored record's key. */
  readonly tokens: Map<string, ApiToken>;
}

const MAX_RECORDS = 100_000;

export class Accounts {
  private directory: Promise<Directory> | null = null;
  /** Bumped by every change made here, so a refresh that raced one does not undo it. */
  private changes = 0;

  constructor(private readonly store: GraphStore, private readonly now: () => string = () => new Date().toISOString()) {}

  private async read(): Promise<Directory> {
    const [accounts, tokens] = await Promise.all([this.store.auxList('account', MAX_RECORDS, '\uffff'), this.store.auxList('token', MAX_RECORDS, '\uffff')]);
    const directory: Directory = { accounts: new Map(), idByUsername: new Map(), tokens: new Map() };
    for (const record of accounts) {
      const account = accountSchema.parse(JSON.parse(record.json));
      directory.accounts.set(account.id, account);
      directory.idByUsername.set(account.username, account.id);
    }
    for (const record of tokens) directory.tokens.set(record.key, tokenSchema.parse(JSON.parse(record.json)));
    return directory;
  }

  /** The directory, read from the store once; later reads never touch the store. */
  private loaded(): Promise<Directory> {
    this.directory ??= this.read().catch((error: unknown) => {
      this.directory = null;
      throw error;
    });
    return this.directory;
  }

  /** Reads the directory again from the store (changes made by other server processes). */
  async refresh(): Promise<void> {
    const before = this.changes;
    const fresh = await this.read();
    if (this.changes === before) this.directory = Promise.resolve(fresh);
  }

  private async save(account: Account, createdAt = account.createdAt): Promise<Account> {
    await this.store.auxPut({ id: account.id, kind: 'account', key: account.username, json: JSON.stringify(account), createdAt });
    const directory = await this.loaded();
    this.changes += 1;
    directory.accounts.set(account.id, account);
    directory.idByUsername.set(account.username, account.id);
    return account;
  }

  private async saveToken(token: ApiToken, key: string): Promise<ApiToken> {
    await this.store.auxPut({ id: token.id, kind: 'token', key, json: JSON.stringify(token), createdAt: token.createdAt });
    const directory = await this.loaded();
    this.changes += 1;
    directory.tokens.set(key, token);
    return token;
  }

  async byUsername(username: string): Promise<Account | null> {
    const directory = await this.loaded();
    const id = directory.idByUsername.get(username.trim().toLowerCase());
    return (id && directory.accounts.get(id)) || null;
  }

  async byId(id: string): Promise<Account | null> {
    return (await this.loaded()).accounts.get(id) ?? null;
  }

  async list(): Promise<Account[]> {
    return [...(await this.loaded()).accounts.values()].sort((a, b) => a.username.localeCompare(b.username));
  }

  /** Creates an account with a one-time password, returned once. */
  async create(input: { username: string; role: Role; displayName?: string | null }): Promise<{ account: Account; password: string }> {
    const username = usernameSchema.safeParse(input.username);
    if (!username.success) throw AppError.badInput([{ field: 'input.username', message: username.error.issues[0]?.message ?? 'invalid' }]);
    if (await this.byUsername(username.data)) throw AppError.conflict(`an account "${username.data}" already exists`, 'input.username');
    const password = oneTimePassword();
    const at = this.now();
    const account: Account = {
      id: `acc-${randomUUID()}`, username: username.data, displayName: input.displayName ?? null, role: input.role, areas: [],
      passwordHash: await hashPassword(password), disabled: false, mustChangePassword: true, epoch: 1, createdAt: at, updatedAt: at,
    };
    return { account: await this.save(account), password };
  }

  async update(id: string, patch: { role?: Role | null; disabled?: boolean | null; displayName?: string | null; areas?: readonly string[] | null }): Promise<Account> {
    const account = await this.byId(id);
    if (!account) throw AppError.notFound('account', id, 'id');
    const disabling = patch.disabled === true && !account.disabled;
    const next: Account = {
      ...account,
      role: patch.role ?? account.role,
      disabled: patch.disabled ?? account.disabled,
      displayName: patch.displayName !== undefined ? patch.displayName : account.displayName,
      areas: patch.areas ? [...patch.areas] : account.areas,
      // A narrower scope takes effect at once: sessions and tokens of the old one end.
      epoch: disabling || (patch.role && patch.role !== account.role) || (patch.areas && patch.areas.join() !== account.areas.join()) ? account.epoch + 1 : account.epoch,
      updatedAt: this.now(),
    };
    // Revoked for good: enabling the account again gives it no old token back.
    if (disabling) await this.revokeTokensOf(id);
    return this.save(next);
  }

  /** Signing out ends every session of the account, on every device (the epoch moves). */
  async endSessions(id: string): Promise<void> {
    const account = await this.byId(id);
    if (account) await this.save({ ...account, epoch: account.epoch + 1, updatedAt: this.now() });
  }

  private async revokeTokensOf(accountId: string): Promise<void> {
    const directory = await this.loaded();
    for (const [key, token] of [...directory.tokens]) {
      if (token.accountId === accountId && !token.revoked) await this.saveToken({ ...token, revoked: true }, key);
    }
  }

  async resetPassword(id: string): Promise<string> {
    const account = await this.byId(id);
    if (!account) throw AppError.notFound('account', id, 'id');
    const password = oneTimePassword();
    // Whoever needed the reset may have lost more than the password: the account's tokens go too.
    await this.revokeTokensOf(id);
    await this.save({ ...account, passwordHash: await hashPassword(password), mustChangePassword: true, epoch: account.epoch + 1, updatedAt: this.now() });
    return password;
  }

  async changePassword(id: string, current: string, next: string): Promise<void> {
    const account = await this.byId(id);
    if (!account || !(await verifyPassword(account.passwordHash, current))) throw new AppError('FORBIDDEN', 'the current password is wrong', [{ field: 'currentPassword', message: 'is wrong' }]);
    if (next.length < MIN_PASSWORD_LENGTH) throw AppError.badInput([{ field: 'newPassword', message: `at least ${MIN_PASSWORD_LENGTH} characters` }]);
    await this.save({ ...account, passwordHash: await hashPassword(next), mustChangePassword: false, epoch: account.epoch + 1, updatedAt: this.now() });
  }

  /** The account, if the password is right and the account is enabled; null otherwise (never why). */
  async authenticate(username: string, password: string): Promise<Account | null> {
    const account = await this.byUsername(username);
    if (!account) {
      await hashPassword(password); // spend the same time as a real check: no user enumeration by timing
      return null;
    }
    return !account.disabled && (await verifyPassword(account.passwordHash, password)) ? account : null;
  }

  /**
   * An account for a person signed in elsewhere (OIDC): created on first sign-in, its role
   * refreshed from the provider's claim every time. It has no password.
   */
  async linkExternal(username: string, role: Role, displayName: string | null): Promise<Account> {
    const existing = await this.byUsername(username);
    const at = this.now();
    if (existing) {
      if (existing.disabled) throw new AppError('FORBIDDEN', 'this account is disabled');
      const changed = existing.role !== role;
      return this.save({ ...existing, role, displayName: displayName ?? existing.displayName, epoch: changed ? existing.epoch + 1 : existing.epoch, updatedAt: at });
    }
    return this.save({
      id: `acc-${randomUUID()}`, username, displayName, role, areas: [], passwordHash: '', disabled: false, mustChangePassword: false, epoch: 1, createdAt: at, updatedAt: at,
    });
  }

  /** On first start with local accounts: an admin with a one-time password, printed once. */
  async bootstrapAdmin(): Promise<string | null> {
    if ((await this.list()).length > 0) return null;
    const { password } = await this.create({ username: 'admin', role: 'admin', displayName: 'Administratör' });
    return password;
  }

  async createToken(accountId: string, name: string): Promise<{ token: ApiToken; secret: string }> {
    if (!(await this.byId(accountId))) throw AppError.notFound('account', accountId, 'accountId');
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) throw AppError.badInput([{ field: 'name', message: 'give a name of 1–100 characters' }]);
    const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const token: ApiToken = { id: `tok-${randomUUID()}`, accountId, name: trimmed, createdAt: this.now(), revoked: false };
    await this.saveToken(token, sha256(secret));
    return { token, secret };
  }

  /** Newest first, as the store lists them. */
  async tokens(): Promise<ApiToken[]> {
    return [...(await this.loaded()).tokens.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async revokeToken(id: string): Promise<ApiToken> {
    const found = [...(await this.loaded()).tokens].find(([, token]) => token.id === id);
    if (!found) throw AppError.notFound('API token', id, 'id');
    const [key, token] = found;
    return this.saveToken({ ...token, revoked: true }, key);
  }

  /** The principal a bearer token stands for, or null. */
  async principalForToken(secret: string): Promise<Principal | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const token = (await this.loaded()).tokens.get(sha256(secret));
    const account = !token || token.revoked ? null : await this.byId(token.accountId);
    return account && !account.disabled
      ? { kind: 'account', accountId: account.id, username: account.username, role: account.role, areas: account.areas, via: 'token', mustChangePassword: false }
      : null;
  }
}
