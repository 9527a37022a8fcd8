/**
 * readInputs: paths, directories (recursive, sorted), `-` for standard input and http(s) URLs → one result per
 * article. A problem input yields `{ok: false}` with a clear message and the rest is read; nothing throws for bad
 * data. Inputs are read one at a time, so a directory of any size streams in constant memory.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic, RawArticle } from '../model/document.js';
import { articlesFromBytes, failure, type InputResult } from './read-bytes.js';
import { walkDirectory } from './walk-directory.js';
import { fetchUrl, tooLarge } from './fetch-url.js';

export type { InputResult };
export type { RawArticle, Diagnostic };

export interface ReadOptions {
  /** Largest input read, in bytes (default 10 MiB). Larger inputs are refused, not truncated. */
  maxBytes?: number;
  /** Time limit for fetching one URL, in milliseconds (default 15 000). */
  fetchTimeoutMs?: number;
  /** Redirects followed for one URL (default 5). */
  maxRedirects?: number;
  /** Publication date (ISO) for articles whose input states none. */
  published?: string;
}

export const READ_DEFAULTS = { maxBytes: 10 * 1024 * 1024, fetchTimeoutMs: 15_000, maxRedirects: 5 } as const;

const URL_INPUT = /^https?:\/\//i;

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncIterable<InputResult> {
  if (!Array.isArray(inputs)) throw new TypeError('sitrep: readInputs(inputs) needs an array of paths, URLs or "-".');
  const limits = { ...READ_DEFAULTS, ...definedOnly(opts) };
  for (const input of inputs) {
    if (input === '-') yield* readStdin(limits);
    else if (URL_INPUT.test(input)) yield* readUrl(input, limits);
    else yield* readPath(input, limits);
  }
}

type Limits = Required<Omit<ReadOptions, 'published'>> & Pick<ReadOptions, 'published'>;

async function* readPath(path: string, limits: Limits): AsyncGenerator<InputResult> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return yield failure(path, code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${(err as Error).message}`, 'ingest:not-found');
  }
  if (info.isDirectory()) {
    for await (const file of walkDirectory(path)) yield* readFilePath(file, limits);
  } else yield* readFilePath(path, limits);
}

async function* readFilePath(path: string, limits: Limits): AsyncGenerator<InputResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > limits.maxBytes) return yield failure(path, `file is ${tooLarge(info.size, limits.maxBytes)}`, 'ingest:too-large');
    bytes = await readFile(path);
  } catch (err) {
    return yield failure(path, `cannot read: ${(err as Error).message}`, 'ingest:io');
  }
  yield* articlesFromBytes(bytes, { location: path, published: limits.published });
}

async function* readUrl(url: string, limits: Limits): AsyncGenerator<InputResult> {
  const got = await fetchUrl(url, { timeoutMs: limits.fetchTimeoutMs, maxBytes: limits.maxBytes, maxRedirects: limits.maxRedirects });
  if (!got.ok) return yield failure(url, got.reason, 'ingest:fetch');
  const { bytes, contentType, finalUrl } = got.value;
  yield* articlesFromBytes(bytes, { location: url, contentType, url: finalUrl, published: limits.published });
}

async function* readStdin(limits: Limits): AsyncGenerator<InputResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limits.maxBytes) return yield failure('-', `standard input is ${tooLarge(total, limits.maxBytes, true)}`, 'ingest:too-large');
      chunks.push(chunk);
    }
  } catch (err) {
    return yield failure('-', `cannot read standard input: ${(err as Error).message}`, 'ingest:io');
  }
  yield* articlesFromBytes(Buffer.concat(chunks, total), { location: '-', published: limits.published });
}

function definedOnly(opts: ReadOptions): ReadOptions {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as ReadOptions;
}
