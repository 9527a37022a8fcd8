/**
 * What every route handler gets: the store, the backend functions, the live-event hub, and a small cache of story
 * views. A cached view is reused while the story's document count and latest report are unchanged and nothing was
 * ingested through this server since, so a page of a 1,000-report story is computed once, not on every load.
 */
import type { SitrepDocument } from '../model/document.js';
import { CompressedBody } from './compress.js';
import { ApiError, notFound } from './errors.js';
import type { EventHub } from './events.js';
import { buildStoryView, keyFigures, buildRows, type StoryView } from './story-view.js';
import type { Backend, BriefJson, StoreLike, StoryDetail, StorySummary } from './types.js';

export interface ServerContext {
  readonly store: StoreLike;
  readonly backend: Backend;
  readonly hub: EventHub;
  readonly log: (line: string) => void;
  /** Bumped after every ingest through this server. */
  generation: number;
  readonly views: Map<string, StoryEntry>;
  readonly keyFigures: Map<string, { version: string; figures: ReturnType<typeof keyFigures> }>;
}

/** A story's computed page data and brief, with their JSON (and its compressed forms) made once on first send. */
export interface StoryEntry {
  version: string;
  view: StoryView;
  brief: BriefJson | null;
  viewBody?: CompressedBody;
  briefBody?: CompressedBody;
}

/** WHY: bounds memory when a store holds thousands of stories; the oldest cached view is dropped first. */
export const MAX_CACHED_VIEWS = 64;

export function storyVersion(ctx: ServerContext, s: StorySummary): string {
  return `${ctx.generation}|${s.documentCount}|${s.lastReport ?? ''}`;
}

export async function requireStory(ctx: ServerContext, id: string): Promise<StoryDetail> {
  const story = await ctx.backend.getStory(ctx.store, id);
  if (!story) throw notFound(`story ${id}`);
  return story;
}

export async function requireDocument(ctx: ServerContext, id: string): Promise<SitrepDocument> {
  const doc = await ctx.store.getDocument(id);
  if (!doc) throw notFound(`document ${id}`);
  return doc;
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_CACHED_VIEWS) map.delete(map.keys().next().value as string);
}

/** The view as JSON, serialised (and compressed) once per story version. */
export async function storyViewBody(ctx: ServerContext, id: string): Promise<CompressedBody> {
  const entry = await storyEntry(ctx, id);
  entry.viewBody ??= new CompressedBody(JSON.stringify(entry.view));
  return entry.viewBody;
}

/** The full brief of a story entry as JSON, serialised (and compressed) once per story version; call when `entry.brief` is set. */
export function storyBriefBody(entry: StoryEntry): CompressedBody {
  entry.briefBody ??= new CompressedBody(JSON.stringify(entry.brief));
  return entry.briefBody;
}

export async function storyEntry(ctx: ServerContext, id: string): Promise<StoryEntry> {
  const story = await requireStory(ctx, id);
  const version = storyVersion(ctx, story);
  const hit = ctx.views.get(id);
  if (hit && hit.version === version) return hit;
  const docs = await ctx.backend.storyDocuments(ctx.store, id);
  let brief = null;
  let briefError: string | null = null;
  try {
    brief = await ctx.backend.buildBrief({ id, label: story.label, documents: docs });
  } catch (err) {
    if (err instanceof ApiError && err.status !== 501) throw err;
    briefError = (err as Error).message;
    ctx.log(`brief for story ${id} failed: ${briefError}`);
  }
  const { documents: _refs, ...summary } = story;
  const entry: StoryEntry = { version, view: buildStoryView(summary, docs, brief, briefError), brief };
  remember(ctx.views, id, entry);
  return entry;
}

export async function storyKeyFigures(ctx: ServerContext, s: StorySummary): Promise<ReturnType<typeof keyFigures>> {
  const version = storyVersion(ctx, s);
  const view = ctx.views.get(s.id);
  if (view && view.version === version) return keyFigures(view.view.rows);
  const hit = ctx.keyFigures.get(s.id);
  if (hit && hit.version === version) return hit.figures;
  const docs = await ctx.backend.storyDocuments(ctx.store, s.id);
  const figures = keyFigures(buildRows(docs, null));
  remember(ctx.keyFigures, s.id, { version, figures });
  return figures;
}
