/**
 * Stories for the brief and export commands: from files (read, cleaned and analysed, no store) or from the store
 * (through the stories module's `listStories` / `getStory` / `storyDocuments`).
 */
import type { SitrepDocument } from '../model/document.js';
import type { StoryInput } from '../reconcile/types.js';
import type { Store } from '../store/index.js';
import { readInputs } from '../ingest/read-inputs.js';
import { cleanArticle } from '../ingest/clean-article.js';
import { analyzeBatch } from '../pipeline/analyze.js';
import { chooseOriginal, minhashSignature, type DuplicateCandidate } from '../ingest/detect-duplicates.js';

export interface FileStory {
  story: StoryInput;
  /** Inputs that could not be read, with the reason. */
  failures: string[];
}

/** Reads the files as one story. `published` fills the date of inputs that carry none. */
export async function storyFromFiles(files: readonly string[], published?: string): Promise<FileStory> {
  const docs: SitrepDocument[] = [];
  const failures: string[] = [];
  for await (const r of readInputs([...files], { published })) {
    if (!r.ok) failures.push(`${r.location}: ${r.diagnostic.reason}`);
    else docs.push(cleanArticle(r.article));
  }
  analyzeBatch(docs);
  linkReprints(docs);
  const label = docs.find((d) => d.meta.title)?.meta.title ?? 'Reports';
  return { story: { id: 'files', label, documents: docs }, failures };
}

/**
 * Near-duplicates among the files, as the store links them on ingest (src/store/put-documents.ts): each report is
 * compared with the reports published before it (on a tie, given before it), and a reprint links to the original.
 * Without this a wire story and its reprint would count as two confirmations.
 */
export function linkReprints(docs: SitrepDocument[]): void {
  const order = docs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.meta.published ?? '9999').localeCompare(b.d.meta.published ?? '9999') || a.i - b.i);
  const seen: DuplicateCandidate[] = [];
  for (const { d } of order) {
    const sig = minhashSignature(d.text);
    if (!sig) continue;
    if (d.duplicateOf === undefined || d.duplicateOf === null) d.duplicateOf = chooseOriginal(sig, seen);
    seen.push({ id: d.id, signature: sig, duplicateOf: d.duplicateOf?.id ?? null });
  }
}

interface StoriesModule {
  listStories(store: Store): Promise<Array<{ id: string; label: string }>>;
  getStory(store: Store, id: string): Promise<{ id: string; label: string } | null>;
  storyDocuments(store: Store, id: string): Promise<SitrepDocument[]>;
}

/** The stories module is loaded at run time, so briefs from files work without it. */
async function storiesModule(): Promise<StoriesModule> {
  const spec = '../stories/index.js';
  try {
    return (await import(spec)) as StoriesModule;
  } catch (err) {
    throw new Error(`stories are not available in this build (${(err as Error).message}); use --files FILE... instead`);
  }
}

/** One stored story, or null when the id is unknown. */
export async function storyFromStore(store: Store, id: string): Promise<StoryInput | null> {
  const m = await storiesModule();
  const s = await m.getStory(store, id);
  if (!s) return null;
  return { id: s.id, label: s.label, documents: await m.storyDocuments(store, id) };
}

export async function allStoriesFromStore(store: Store): Promise<StoryInput[]> {
  const m = await storiesModule();
  const out: StoryInput[] = [];
  for (const s of await m.listStories(store)) out.push({ id: s.id, label: s.label, documents: await m.storyDocuments(store, s.id) });
  return out;
}
