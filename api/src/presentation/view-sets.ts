/**
 * Saved views and presentations, kept beside the map as aux records (decision 006): a view set
 * (`kind: viewset`) holds its title and its ordered views, each a map state (view-state.ts), a
 * part of the map to look at and a caption. A read-only share link is an unguessable token,
 * shown once; only its SHA-256 is stored (`kind: viewshare`, key = the hash), so revoking deletes
 * that record and the link stops working at once.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { GraphStore } from '../store/graph-store.js';
import { parseViewState } from './view-state.js';

const boxSchema = z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number() });
const viewSchema = z.object({ id: z.string(), caption: z.string(), state: z.string(), viewBox: boxSchema.nullable() });
const setSchema = z.object({
  id: z.string(),
  title: z.string(),
  showPersonNames: z.boolean(),
  views: z.array(viewSchema),
  shareId: z.string().nullable(),
  sharedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedViewRecord = z.infer<typeof viewSchema>;
export type ViewSetRecord = z.infer<typeof setSchema>;

export interface SavedViewInput {
  readonly caption: string;
  readonly state: string;
  readonly viewBox?: { x1: number; y1: number; x2: number; y2: number } | null | undefined;
}
export interface ViewSetInput {
  readonly title: string;
  readonly showPersonNames?: boolean | null | undefined;
  readonly views: readonly SavedViewInput[];
}

export const MAX_VIEWS = 50;
const MAX_TITLE = 200;
const MAX_CAPTION = 1000;
const MAX_COORD = 1e7;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** 32 random bytes, base64url: 256 bits, not guessable, safe in a path. */
const newToken = () => randomBytes(32).toString('base64url');
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

type Problem = { field: string; message: string };

function checkView(view: SavedViewInput, field: string, problems: Problem[]): SavedViewRecord | null {
  const caption = view.caption.trim();
  if (caption.length > MAX_CAPTION) problems.push({ field: `${field}.caption`, message: `at most ${MAX_CAPTION} characters` });
  try {
    parseViewState(view.state, `${field}.state`);
  } catch (error) {
    if (error instanceof AppError) problems.push(...(error.fields ?? []));
    else throw error;
  }
  const box = view.viewBox ?? null;
  if (box && (![box.x1, box.y1, box.x2, box.y2].every((n) => Number.isFinite(n) && Math.abs(n) <= MAX_COORD) || box.x2 <= box.x1 || box.y2 <= box.y1)) {
    problems.push({ field: `${field}.viewBox`, message: 'x1 < x2 and y1 < y2, finite, within ±10⁷' });
  }
  return { id: `view-${randomUUID()}`, caption, state: view.state.replace(/^\?/, ''), viewBox: box ? { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } : null };
}

function checkSet(input: ViewSetInput): { title: string; views: SavedViewRecord[] } {
  const problems: Problem[] = [];
  const title = input.title.trim();
  if (title.length === 0 || title.length > MAX_TITLE) problems.push({ field: 'input.title', message: `1–${MAX_TITLE} characters` });
  if (input.views.length > MAX_VIEWS) problems.push({ field: 'input.views', message: `at most ${MAX_VIEWS} views` });
  const views = input.views.slice(0, MAX_VIEWS).map((v, i) => checkView(v, `input.views.${i}`, problems));
  if (problems.length > 0) throw AppError.badInput(problems);
  return { title, views: views.filter((v): v is SavedViewRecord => v !== null) };
}

export class ViewSets {
  constructor(private readonly store: GraphStore, private readonly now: () => string = () => new Date().toISOString()) {}

  private async save(set: ViewSetRecord): Promise<ViewSetRecord> {
    await this.store.auxPut({ id: set.id, kind: 'viewset', key: set.id, json: JSON.stringify(set), createdAt: set.createdAt });
    return set;
  }

  async get(id: string): Promise<ViewSetRecord | null> {
    const record = await this.store.auxGet(id);
    return record?.kind === 'viewset' ? setSchema.parse(JSON.parse(record.json)) : null;
  }

  private async existing(id: string, field = 'id'): Promise<ViewSetRecord> {
    const set = await this.get(id);
    if (!set) throw AppError.notFound('view set', id, field);
    return set;
  }

  /** Oldest first, as they were made. */
  async list(): Promise<ViewSetRecord[]> {
    const records = await this.store.auxList('viewset', 1000, '\uffff');
    return records.map((r) => setSchema.parse(JSON.parse(r.json))).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async create(input: ViewSetInput): Promise<ViewSetRecord> {
    const { title, views } = checkSet(input);
    const at = this.now();
    return this.save({ id: `viewset-${randomUUID()}`, title, showPersonNames: input.showPersonNames ?? false, views, shareId: null, sharedAt: null, createdAt: at, updatedAt: at });
  }

  /** Replaces the title, the setting and the views (in the order given: this is how views are reordered). */
  async update(id: string, input: ViewSetInput): Promise<ViewSetRecord> {
    const set = await this.existing(id);
    const { title, views } = checkSet(input);
    return this.save({ ...set, title, showPersonNames: input.showPersonNames ?? set.showPersonNames, views, updatedAt: this.now() });
  }

  async addView(id: string, view: SavedViewInput): Promise<ViewSetRecord> {
    const set = await this.existing(id, 'viewSetId');
    if (set.views.length >= MAX_VIEWS) throw AppError.badInput([{ field: 'view', message: `a view set holds at most ${MAX_VIEWS} views` }]);
    const problems: Problem[] = [];
    const checked = checkView(view, 'view', problems);
    if (problems.length > 0 || !checked) throw AppError.badInput(problems);
    return this.save({ ...set, views: [...set.views, checked], updatedAt: this.now() });
  }

  async delete(id: string): Promise<boolean> {
    const set = await this.existing(id);
    if (set.shareId) await this.store.auxDelete(set.shareId);
    await this.store.auxDelete(set.id);
    return true;
  }

  /** A new share link (any earlier one stops working); the token is returned this once. */
  async share(id: string): Promise<{ set: ViewSetRecord; token: string }> {
    const set = await this.existing(id);
    if (set.shareId) await this.store.auxDelete(set.shareId);
    const token = newToken();
    const at = this.now();
    const shareId = `viewshare-${randomUUID()}`;
    await this.store.auxPut({ id: shareId, kind: 'viewshare', key: sha256(token), json: JSON.stringify({ viewSetId: set.id }), createdAt: at });
    return { set: await this.save({ ...set, shareId, sharedAt: at, updatedAt: at }), token };
  }

  async revokeShare(id: string): Promise<ViewSetRecord> {
    const set = await this.existing(id);
    if (set.shareId) await this.store.auxDelete(set.shareId);
    return this.save({ ...set, shareId: null, sharedAt: null, updatedAt: this.now() });
  }

  /** The view set a share token opens, or null (unknown, revoked or malformed: all look the same). */
  async byToken(token: string): Promise<ViewSetRecord | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const [record] = await this.store.auxFind('viewshare', sha256(token));
    if (!record) return null;
    const { viewSetId } = z.object({ viewSetId: z.string() }).parse(JSON.parse(record.json));
    const set = await this.get(viewSetId);
    return set && set.shareId === record.id ? set : null;
  }
}
