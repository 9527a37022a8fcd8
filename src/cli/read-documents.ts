/**
 * Input for the stateless commands (`extract`, `cluster`): articles from files, directories, URLs or `-` through the
 * ordinary readers, or — with `--jsonl` — every input read as JSON Lines `{id, text | html, published?, title?}`.
 * `published` is the fallback publication date for articles that carry none.
 */
import { readFile } from 'node:fs/promises';
import { readInputs, type InputResult } from '../ingest/read-inputs.js';
import { readJsonl } from '../ingest/read-jsonl.js';
import type { RawArticle } from '../model/document.js';
import { UsageError } from './args.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ReadDocumentsOptions {
  jsonl?: boolean;
  published?: string;
}

/** Validates a `--published` flag value. */
export function publishedFlag(v: string | boolean | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !ISO_DATE.test(v)) throw new UsageError('--published needs a date as YYYY-MM-DD');
  return v;
}

export async function* readDocuments(inputs: string[], opts: ReadDocumentsOptions = {}): AsyncGenerator<InputResult> {
  const source = opts.jsonl ? readAsJsonl(inputs.length ? inputs : ['-']) : readInputs(inputs.length ? inputs : ['-'], { published: opts.published });
  for await (const r of source) yield r.ok ? { ok: true, article: withPublished(r.article, opts.published) } : r;
}

function withPublished(article: RawArticle, published: string | undefined): RawArticle {
  if (!published || article.meta.published) return article;
  return { ...article, meta: { ...article.meta, published, publishedFrom: 'option' } };
}

async function* readAsJsonl(inputs: string[]): AsyncGenerator<InputResult> {
  for (const input of inputs) {
    let content: string;
    try {
      content = input === '-' ? await readStdin() : await readFile(input, 'utf8');
    } catch (err) {
      yield { ok: false, location: input, diagnostic: { reason: `cannot read: ${(err as Error).message}`, span: null, rule: 'ingest:io', severity: 'error' } };
      continue;
    }
    yield* readJsonl(content, input);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
