/**
 * Local accounts and API tokens, stored beside the map. Passwords are Argon2id hashes; API tokens
 * are shown once and stored as SHA-256 hashes (they are long random strings, so a fast hash is
 * enough); disabling an account or resetting its password ends its sessions (the epoch moves).
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

export class Accounts {
  constructor(private readonly store: GraphStore, private readonly now: () => string = () => new Date().toISOString()) {}

  private async save(account: Account, createdAt = account.createdAt): Promise<Account> {
    await this.store.auxPut({ id: account.id, kind: 'account', key: account.username, json: JSON.stringify(account), createdAt });
    return account;
  }

  async byUsername(username: string): Promise<Account | null> {
    const [record] = await this.store.auxFind('account', username.trim().toLowerCase());
    return record ? accountSchema.parse(JSON.parse(record.json)) : null;
  }

  async byId(id: string): Promise<Account | null> {
    const record = await this.store.auxGet(id);
    return record?.kind === 'account' ? accountSchema.parse(JSON.parse(record.json)) : null;
  }

  async list(): Promise<Account[]> {
    const records = await this.store.auxList('account', 10_000, '\uffff');
    return records.map((r) => accountSchema.parse(JSON.parse(r.json))).sort((a, b) => a.username.localeCompare(b.username));
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
    return this.save(next);
  }

  async resetPassword(id: string): Promise<string> {
    const account = await this.byId(id);
    if (!account) throw AppError.notFound('account', id, 'id');
    const password = oneTimePassword();
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
    await this.store.auxPut({ id: token.id, kind: 'token', key: sha256(secret), json: JSON.stringify(token), createdAt: token.createdAt });
    return { token, secret };
  }

  async tokens(): Promise<ApiToken[]> {
    return (await this.store.auxList('token', 10_000, '\uffff')).map((r) => tokenSchema.parse(JSON.parse(r.json)));
  }

  async revokeToken(id: string): Promise<ApiToken> {
    const record = await this.store.auxGet(id);
    if (record?.kind !== 'token') throw AppError.notFound('API token', id, 'id');
    const token = { ...tokenSchema.parse(JSON.parse(record.json)), revoked: true };
    await this.store.auxPut({ ...record, json: JSON.stringify(token) });
    return token;
  }

  /** The principal a bearer token stands for, or null. */
  async principalForToken(secret: string): Promise<Principal | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const [record] = await this.store.auxFind('token', sha256(secret));
    if (!record) return null;
    const token = tokenSchema.parse(JSON.parse(record.json));
    const account = token.revoked ? null : await this.byId(token.accountId);
    return account && !account.disabled ? { kind: 'account', accountId: account.id, username: account.username, role: account.role, areas: account.areas, via: 'token' } : null;
  }
}
