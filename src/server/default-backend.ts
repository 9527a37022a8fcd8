/**
 * The real story, brief, export and ingest functions behind the `Backend` interface. Each area's module is loaded on
 * first use; a module that is not installed answers 501 (not available) instead of crashing the server.
 */
import type { SitrepDocument } from '../model/document.js';
import { ApiError } from './errors.js';
import { ingestHttpInputs } from './ingest-http.js';
import type { Backend, BriefJson, ExportFormat, IngestInput, IngestOutcome, StoreLike, StoryDetail, StorySummary } from './types.js';

type Fn = (...args: any[]) => any;

/** Where each function lives, first match wins. WHY a table: areas may move a function without touching the server. */
export const BACKEND_MODULES: Readonly<Record<string, readonly string[]>> = {
  listStories: ['../stories/index.js'],
  getStory: ['../stories/index.js'],
  storyDocuments: ['../stories/index.js'],
  buildBrief: ['../brief/index.js', '../brief/build-brief.js'],
  renderMarkdown: ['../brief/index.js', '../brief/render-markdown.js', '../brief/build-brief.js'],
  renderHtml: ['../brief/index.js', '../brief/render-html.js', '../brief/build-brief.js'],
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
    async listStories(store) {
      return ((await need('listStories'))(store) as Promise<StorySummary[]>);
    },
    async getStory(store, id) {
      return ((await need('getStory'))(store, id) as Promise<StoryDetail | null>);
    },
    async storyDocuments(store, id) {
      return ((await need('storyDocuments'))(store, id) as Promise<SitrepDocument[]>);
    },
    async buildBrief(story) {
      return ((await need('buildBrief'))(story) as BriefJson);
    },
    async renderBrief(brief, format) {
      return String((await need(format === 'md' ? 'renderMarkdown' : 'renderHtml'))(brief));
    },
    async exportDocuments(docs: SitrepDocument[], format: ExportFormat, story: StoryDetail | null) {
      return ((await need('exportDocuments'))(docs, format, story) as { contentType: string; body: string });
    },
    async ingest(store: StoreLike, inputs: IngestInput[]): Promise<IngestOutcome> {
      await find('listStories'); // the stories module registers its after-store hook when loaded
      return ingestHttpInputs(store, inputs);
    },
  };
}
