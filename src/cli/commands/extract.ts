/**
 * `sitrep extract [FILE...] [--published YYYY-MM-DD] [--jsonl]`: reads articles, analyses them and prints one JSON
 * object per document per line: `{id, title, published, figures, diagnostics, actors, places, events}`. Stateless:
 * nothing is stored. FILE may be text, HTML, a feed or JSON Lines; `-` or no FILE reads standard input.
 * With --jsonl every input is read as JSON Lines `{id, text | html, published?, title?}` and exactly one output line
 * is written per non-blank input line, in order, echoing the id (a broken line prints `{id, error, …}`).
 * Exit codes: 0 ok, 1 some inputs failed, 2 usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs, UsageError } from '../args.js';
import { readInputs, type InputResult } from '../../ingest/read-inputs.js';
import { readJsonl } from '../../ingest/read-jsonl.js';
import { cleanArticle } from '../../ingest/clean-article.js';
import { analyze } from '../../pipeline/analyze.js';
import { extractionJson } from '../../extract/figure-json.js';
import type { RawArticle } from '../../model/document.js';

const USAGE = 'usage: sitrep extract [FILE|URL|- ...] [--published YYYY-MM-DD] [--jsonl]';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { jsonl: 'boolean', published: 'string', help: 'boolean' });
  } catch (err) {
    if (err instanceof UsageError) return usageError(err.message);
    throw err;
  }
  if (args.flags.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const published = typeof args.flags.published === 'string' ? args.flags.published : undefined;
  if (published !== undefined && !DATE.test(published)) return usageError('--published needs a date as YYYY-MM-DD');
  const inputs = args.positionals.length ? args.positionals : ['-'];
  const results = args.flags.jsonl ? readAsJsonl(inputs) : readInputs(inputs, { published });
  let failed = 0;
  for await (const r of results) {
    if (!r.ok) {
      failed++;
      if (args.flags.jsonl) write({ id: idOf(r.location), error: r.diagnostic.reason, figures: [], diagnostics: [r.diagnostic] });
      else process.stderr.write(`sitrep extract: ${r.location}: ${r.diagnostic.reason}\n`);
      continue;
    }
    write(extractionJson(analyze(cleanArticle(withPublished(r.article, published)))));
  }
  return failed ? 1 : 0;
}

function write(obj: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

/** A broken JSON Lines entry has no id; null keeps the line count. */
function idOf(_location: string): null {
  return null;
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

function usageError(message: string): number {
  process.stderr.write(`sitrep extract: ${message}\n${USAGE}\n`);
  return 2;
}
