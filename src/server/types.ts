/**
 * What the server needs from the rest of sitrep, stated as interfaces so the server can be tested with stand-ins.
 * `Backend` gathers the story, brief, export and ingest functions; `defaultBackend()` wires the real ones.
 */
import type { SitrepDocument } from '../model/document.js';
import type { Store } from '../store/index.js';
import type { StoryDetail, StorySummary } from '../stories/index.js';
import type { ExportFormat } from '../export/index.js';

/** The store the server reads through directly (src/store). */
export type StoreLike = Store;

export type { StorySummary, StoryDetail };

/** The JSON brief; only the fields the server reads are typed. */
export interface BriefJson {
  story?: unknown;
  quantities?: BriefQuantity[];
  differences?: unknown[];
  summary?: unknown[];
  [key: string]: unknown;
}

export interface BriefQuantity {
  kind: string;
  victims?: { side?: string; text?: string | null } | null;
  unit?: string;
  low?: number | null;
  best?: number | null;
  high?: number | null;
  latest?: { value: number | null; asOf: string | null; doc: string } | null;
  [key: string]: unknown;
}

/** One input to ingest over HTTP. */
export type IngestInput =
  | { kind: 'text'; text: string; format: 'text' | 'html' | 'jsonl' | 'rss' | 'atom'; name: string; meta?: Record<string, string | null> }
  | { kind: 'url'; url: string };

export interface IngestOutcome {
  documents: { id: string; title: string | null; status?: string; story?: string | null; duplicateOf?: string | null; figures?: number }[];
  failed: { input: string; reason: string }[];
  warnings?: string[];
}

export type { ExportFormat };
export const EXPORT_FORMATS: readonly ExportFormat[] = ['acled', 'ucdp', 'geojson', 'json', 'hxl'];

export interface Backend {
  listStories(store: StoreLike): Promise<StorySummary[]>;
  getStory(store: StoreLike, id: string): Promise<StoryDetail | null>;
  storyDocuments(store: StoreLike, id: string): Promise<SitrepDocument[]>;
  buildBrief(story: { id: string; label: string; documents: SitrepDocument[] }): Promise<BriefJson>;
  renderBrief(brief: BriefJson, format: 'md' | 'html'): Promise<string>;
  /** Stories ready to export: one, or every story in the store. */
  exportStories(stories: { id: string; label: string; documents: SitrepDocument[] }[], format: ExportFormat): Promise<string>;
  ingest(store: StoreLike, inputs: IngestInput[]): Promise<IngestOutcome>;
  /** Loads lookup tables the first brief would otherwise load; run once after the server starts listening. */
  warmUp?(): void;
}
