/**
 * Ingest for `POST /api/documents`: the request's articles are written to a private temporary folder as the file
 * kinds sitrep already reads (text, HTML, feed, JSON Lines), then go through the same `ingestInputs` as the CLI, so
 * an article ingested over HTTP is cleaned, analysed, de-duplicated and assigned to a story exactly as from a file.
 * URLs are passed through to the reader. The folder is removed afterwards. New documents are assigned to stories
 * (idempotent, so harmless when an ingest hook already did it) to tell live clients which stories changed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '../ingest/ingest-batch.js';
import { assignStories } from '../stories/index.js';
import type { IngestInput, IngestOutcome, StoreLike } from './types.js';

/** File extension per format, the reader's cue. */
export const FORMAT_EXTENSIONS: Readonly<Record<string, string>> = {
  text: '.txt', html: '.html', jsonl: '.jsonl', rss: '.xml', atom: '.xml',
};

/** A text or HTML article with metadata becomes a JSON Lines record, the input kind that carries metadata. */
function asFile(input: Extract<IngestInput, { kind: 'text' }>): { ext: string; body: string } {
  const meta = input.meta ?? {};
  const hasMeta = Object.keys(meta).length > 0;
  if (hasMeta && (input.format === 'text' || input.format === 'html')) {
    const record = { ...meta, [input.format === 'html' ? 'html' : 'text']: input.text };
    return { ext: '.jsonl', body: JSON.stringify(record) + '\n' };
  }
  return { ext: FORMAT_EXTENSIONS[input.format] ?? '.txt', body: input.text };
}

export async function ingestHttpInputs(store: StoreLike, inputs: IngestInput[]): Promise<IngestOutcome> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-http-'));
  try {
    const paths: string[] = [];
    const jsonl: string[] = [];
    let n = 0;
    for (const input of inputs) {
      if (input.kind === 'url') {
        paths.push(input.url);
        continue;
      }
      const file = asFile(input);
      if (file.ext === '.jsonl' && input.format !== 'jsonl') {
        jsonl.push(file.body);
        continue;
      }
      const path = join(dir, `upload-${++n}${file.ext}`);
      await writeFile(path, file.body, 'utf8');
      paths.push(path);
    }
    if (jsonl.length) {
      const path = join(dir, `upload-${++n}.jsonl`);
      await writeFile(path, jsonl.join(''), 'utf8');
      paths.push(path);
    }
    const storyOf = new Map<string, string>();
    const summary = await ingestInputs(store, paths, { afterStore: [async (s, docs) => {
      for (const a of await assignStories(s, docs)) storyOf.set(a.id, a.story);
    }] });
    return {
      documents: summary.documents.map((d) => ({ id: d.id, title: d.title, status: d.status, story: storyOf.get(d.id) ?? null,
        duplicateOf: d.duplicateOf?.id ?? null, figures: d.figures })),
      failed: summary.failures.map((f) => ({ input: f.location.startsWith(dir) ? 'request body' : f.location, reason: f.reason })),
      warnings: summary.warnings,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
