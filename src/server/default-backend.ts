/**
 * The real story, brief, export and ingest functions behind the `Backend` interface. Export is loaded on first use;
 * when it is not installed the endpoint answers 501 (not available) instead of crashing the server.
 */
import type { SitrepDocument } from '../model/document.js';
import { ApiError } from './errors.js';
import { ingestHttpInputs } from './ingest-http.js';
import { buildBrief, renderHtml, renderMarkdown, type Brief } from '../brief/index.js';
import { getStory, listStories, storyDocuments } from '../stories/index.js';
import type { Backend, BriefJson, ExportFormat, IngestInput, IngestOutcome, StoreLike, StoryDetail } from './types.js';

type Fn = (...args: any[]) => any;

/** Where each function lives, first match wins. WHY a table: areas may move a function without touching the server. */
export const BACKEND_MODULES: Readonly<Record<string, readonly string[]>> = {
  exportDocuments: ['../export/index.js'],
};

const cache = new Map<string, Fn | null>();

async function find(name: string): Promise<Fn | null> {
  if (cache.has(name)) return cache.get(name) ?? null;
  let found: Fn | null = null;
  for (const spec of BACKEND_MODULES[name] ?? []) {
    try {
      const mod = (await import(spec)) as Record<string, unknown>;
      if (typeof mod[name] === 'function') {
        found = mod[name] as Fn;
        break;
      }
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' && !/Cannot find module|Failed to load|does not exist/.test(String(err))) throw err;
    }
  }
  cache.set(name, found);
  return found;
}

async function need(name: string): Promise<Fn> {
  const fn = await find(name);
  if (!fn) throw new ApiError(501, 'not_available', `this sitrep build has no ${name}`);
  return fn;
}

export function defaultBackend(): Backend {
  return {
    listStories: (store) => listStories(store),
    getStory: (store, id) => getStory(store, id),
    storyDocuments: (store, id) => storyDocuments(store, id),
    async buildBrief(story) {
      return buildBrief(story) as unknown as BriefJson;
    },
    async renderBrief(brief, format) {
      const b = brief as unknown as Brief;
      return format === 'md' ? renderMarkdown(b) : renderHtml(b);
    },
    async exportDocuments(docs: SitrepDocument[], format: ExportFormat, story: StoryDetail | null) {
      return ((await need('exportDocuments'))(docs, format, story) as { contentType: string; body: string });
    },
    ingest: (store: StoreLike, inputs: IngestInput[]): Promise<IngestOutcome> => ingestHttpInputs(store, inputs),
  };
}
