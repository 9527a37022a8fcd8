/**
 * `sitrep cluster [FILE...] [--jsonl] [--published DATE]`: stateless story clustering. Reads documents like
 * `sitrep extract` (files, directories, URLs, `-`; with --jsonl, JSON Lines `{id, text|html, published?, title?}` from
 * the files or standard input), cleans and analyses them, clusters them in memory and prints one line per document
 * in input order: `{"id": "...", "story": "s1"}`. Nothing is stored. Inputs that cannot be read are reported on
 * stderr and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, UsageError } from '../args.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { readJsonl } from '../../ingest/read-jsonl.js';
import { cleanArticle } from '../../ingest/clean-article.js';
import type { RawArticle, SitrepDocument } from '../../model/document.js';
import { analyze } from '../../pipeline/analyze.js';
import { clusterDocuments } from '../../stories/cluster-documents.js';

const USAGE = 'usage: sitrep cluster [FILE|URL|- ...] [--jsonl] [--published YYYY-MM-DD]';

type Read = { ok: true; article: RawArticle } | { ok: false; location: string; reason: string };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function* readJsonlInputs(paths: string[]): AsyncIterable<Read> {
  for (const path of paths.length ? paths : ['-']) {
    let content: string;
    try {
      content = path === '-' ? await readStdin() : readFileSync(path, 'utf8');
    } catch (err) {
      yield { ok: false, location: path, reason: (err as Error).message };
      continue;
    }
    for (const r of readJsonl(content, path)) {
      yield r.ok ? r : { ok: false, location: r.location, reason: r.diagnostic.reason };
    }
  }
}

async function* readAny(paths: string[], published: string | undefined): AsyncIterable<Read> {
  for await (const r of readInputs(paths, { published })) {
    yield r.ok ? r : { ok: false, location: r.location, reason: r.diagnostic.reason };
  }
}

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
  if (!args.flags.jsonl && args.positionals.length === 0) return usageError('cluster needs FILE, URL or - (or --jsonl to read standard input)');
  const source = args.flags.jsonl ? readJsonlInputs(args.positionals) : readAny(args.positionals, published);
  const docs: SitrepDocument[] = [];
  let failed = 0;
  for await (const r of source) {
    if (!r.ok) {
      failed++;
      process.stderr.write(`sitrep cluster: ${r.location}: ${r.reason}\n`);
      continue;
    }
    if (published && !r.article.meta.published) r.article.meta.published = published;
    docs.push(analyze(cleanArticle(r.article)));
  }
  for (const line of clusterDocuments(docs)) process.stdout.write(JSON.stringify(line) + '\n');
  return failed ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`sitrep cluster: ${message}\n${USAGE}\n`);
  return 2;
}
