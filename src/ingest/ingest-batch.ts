/**
 * `ingestInputs(store, inputs)`: read → clean → analyze → store (duplicate check inside the store), for any mix of
 * files, directories, URLs and `-`. One bad input never stops the batch: it is counted as failed with its message.
 * Documents are written in small batches, one transaction each, so a crash loses at most the batch in flight and a
 * re-run stores the rest exactly once.
 */
import type { Diagnostic, SitrepDocument } from '../model/document.js';
import { analyzeBatch } from '../pipeline/analyze.js';
import type { PutResult, PutStatus, Store } from '../store/index.js';
import { cleanArticle } from './clean-article.js';
import { readInputs, type ReadOptions } from './read-inputs.js';
import { assignStoriesAfterStore } from '../stories/index.js';
import { loadStoredGazetteer } from '../extract/gazetteer-store.js';

/** Documents per write transaction: large enough to amortise commits, small enough that a crash loses little. */
export const INGEST_BATCH_SIZE = 32;

export interface IngestProgress {
  /** Articles read so far (stored or failed). */
  readonly read: number;
  readonly inserted: number;
  readonly exists: number;
  readonly nearDuplicates: number;
  readonly failed: number;
  /** Characters of article text read so far. */
  readonly chars: number;
  /** Location of the last article handled. */
  readonly location: string;
}

export interface IngestFailure {
  readonly location: string;
  readonly reason: string;
  readonly rule: string;
}

export interface IngestedDocument {
  readonly id: string;
  readonly location: string;
  readonly status: PutStatus;
  readonly title: string | null;
  readonly duplicateOf?: { id: string; similarity: number };
  readonly figures: number;
}

export interface IngestSummary {
  inserted: number;
  exists: number;
  nearDuplicates: number;
  failed: number;
  failures: IngestFailure[];
  /** Problems after storing (an after-store hook failed); the documents are stored. */
  warnings: string[];
  /** One entry per stored or already-present document, in input order (left empty with `keepResults: false`). */
  documents: IngestedDocument[];
  /** Characters of raw source text read. */
  chars: number;
  elapsedMs: number;
}

/**
 * Called after each batch, outside its transaction, with every document of the batch that is in the store — newly
 * stored or already there (`exists`). Hooks must be idempotent: a run killed after a batch was written but before its
 * hooks ran is healed by running the ingest again, which hands the same documents to the hooks as `exists`.
 */
export type AfterStoreHook = (store: Store, docs: SitrepDocument[]) => Promise<void>;

/**
 * Hooks every ingest runs after storing a batch, in order: story assignment. Areas that build on stored documents add
 * theirs here, or pass `afterStore` per call.
 */
export const AFTER_STORE_HOOKS: AfterStoreHook[] = [assignStoriesAfterStore];

export interface IngestOptions extends ReadOptions {
  onProgress?: (p: IngestProgress) => void;
  /** Extra hooks for this call, run after the registered ones. */
  afterStore?: AfterStoreHook[];
  /** Leave out the registered AFTER_STORE_HOOKS (store documents only; `afterStore` still runs). */
  skipRegisteredHooks?: boolean;
  /** Skip the analysis pipeline (store cleaned documents only). */
  skipAnalysis?: boolean;
  batchSize?: number;
  /** Keep per-document entries in the summary (default true; turn off for very large runs). */
  keepResults?: boolean;
}

interface Pending {
  doc: SitrepDocument;
  location: string;
}

export async function ingestInputs(store: Store, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  // Villages imported with `sitrep gazetteer import` join the place finder before the first document is analysed.
  if (!opts.skipAnalysis) await loadStoredGazetteer(store.db);
  const batchSize = Math.max(1, opts.batchSize ?? INGEST_BATCH_SIZE);
  const hooks = [...(opts.skipRegisteredHooks ? [] : AFTER_STORE_HOOKS), ...(opts.afterStore ?? [])];
  const keep = opts.keepResults ?? true;
  const summary: IngestSummary = { inserted: 0, exists: 0, nearDuplicates: 0, failed: 0, failures: [], warnings: [], documents: [], chars: 0, elapsedMs: 0 };
  let read = 0;
  let lastLocation = '';
  const report = () =>
    opts.onProgress?.({ read, inserted: summary.inserted, exists: summary.exists, nearDuplicates: summary.nearDuplicates, failed: summary.failed, chars: summary.chars, location: lastLocation });
  const fail = (location: string, d: Pick<Diagnostic, 'reason' | 'rule'>) => {
    summary.failed++;
    summary.failures.push({ location, reason: d.reason, rule: d.rule });
  };

  let batch: Pending[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const pending = batch;
    batch = [];
    // analysed together, pass by pass (faster than one by one; a stage failing on one document leaves a diagnostic)
    if (!opts.skipAnalysis) analyzeBatch(pending.map((p) => p.doc));
    await storeBatch(store, pending, summary, hooks, keep, fail);
    report();
  };

  for await (const input of readInputs([...inputs], opts)) {
    read++;
    if (!input.ok) {
      lastLocation = input.location;
      fail(input.location, input.diagnostic);
      report();
      continue;
    }
    const location = describeLocation(input.article.origin);
    lastLocation = location;
    summary.chars += input.article.source.length;
    const prepared = prepare(input.article);
    if ('reason' in prepared) {
      fail(location, prepared);
      report();
      continue;
    }
    batch.push({ doc: prepared, location });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** "file.xml#3" for feed items, "file.jsonl:12" for JSON Lines, the path or URL otherwise. */
function describeLocation(origin: SitrepDocument['origin']): string {
  if (origin.line !== undefined) return `${origin.location}:${origin.line}`;
  if (origin.item !== undefined) return `${origin.location}#${origin.item}`;
  return origin.location;
}

/** Cleans one article (analysed with its batch); a document without text, or a crash, is a failure of that input only. */
function prepare(article: Parameters<typeof cleanArticle>[0]): SitrepDocument | IngestFailure {
  try {
    const doc = cleanArticle(article);
    if (!doc.text.trim()) {
      return { location: article.origin.location, reason: 'no article text left after cleaning', rule: 'ingest:empty' };
    }
    return doc;
  } catch (err) {
    return { location: article.origin.location, reason: `could not process: ${(err as Error).message}`, rule: 'ingest:internal' };
  }
}

async function storeBatch(
  store: Store,
  pending: Pending[],
  summary: IngestSummary,
  hooks: AfterStoreHook[],
  keep: boolean,
  fail: (location: string, d: Pick<Diagnostic, 'reason' | 'rule'>) => void,
): Promise<void> {
  const written = await writeBatch(store, pending, fail);
  const stored: SitrepDocument[] = [];
  written.forEach(([r, { doc, location }]) => {
    if (r.status === 'inserted') summary.inserted++;
    else if (r.status === 'exists') summary.exists++;
    else summary.nearDuplicates++;
    stored.push(doc);
    if (keep) {
      summary.documents.push({
        id: r.id, location, status: r.status, title: doc.meta.title,
        ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}),
        figures: doc.figures?.length ?? 0,
      });
    }
  });
  if (!stored.length) return;
  for (const hook of hooks) {
    try {
      await hook(store, stored);
    } catch (err) {
      summary.warnings.push(`after-store step ${hook.name || '(anonymous)'} failed: ${(err as Error).message}`);
    }
  }
}

/**
 * One transaction for the batch; if the store refuses it, each document is retried alone so one document the store
 * cannot take fails by itself. Documents that still fail are reported; the store is unchanged for them.
 */
async function writeBatch(
  store: Store,
  pending: Pending[],
  fail: (location: string, d: Pick<Diagnostic, 'reason' | 'rule'>) => void,
): Promise<Array<[PutResult, Pending]>> {
  try {
    const results = await store.putDocuments(pending.map((p) => p.doc));
    return results.map((r, i) => [r, pending[i]]);
  } catch {
    const out: Array<[PutResult, Pending]> = [];
    for (const p of pending) {
      try {
        out.push([await store.putDocument(p.doc), p]);
      } catch (err) {
        fail(p.location, { reason: `store write failed: ${(err as Error).message}`, rule: 'store:write' });
      }
    }
    return out;
  }
}
