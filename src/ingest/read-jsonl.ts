/**
 * JSON Lines → one RawArticle per line `{id?, url?, outlet?, title?, published?, text | html}`. A broken line is
 * reported with its line number and the other lines are still read. A `.json` file holding one object or an array of
 * them is read the same way.
 */
import type { Diagnostic, DocumentMeta, Origin, RawArticle } from '../model/document.js';
import { readHtml } from './read-html.js';
import { normalizeDate } from './parse-date.js';

export type JsonlResult = { ok: true; article: RawArticle } | { ok: false; location: string; diagnostic: Diagnostic };

/** Optional string fields copied to metadata as they are. */
export const JSONL_META_FIELDS = ['title', 'outlet', 'url', 'language', 'byline'] as const;

export function* readJsonl(content: string, location: string, encoding?: string): Generator<JsonlResult> {
  let lineNo = 0;
  let start = 0;
  while (start < content.length) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    lineNo++;
    const line = content.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield fail(`${location}:${lineNo}`, `line ${lineNo}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    yield fromObject(value, { location, format: 'jsonl', line: lineNo, encoding });
  }
}

export function* readJsonDocument(content: string, location: string, encoding?: string): Generator<JsonlResult> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    yield fail(location, `not valid JSON (${(err as Error).message})`);
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  for (let i = 0; i < list.length; i++) yield fromObject(list[i], { location, format: 'jsonl', item: i, encoding });
}

function fromObject(value: unknown, origin: Origin): JsonlResult {
  const where = origin.line !== undefined ? `line ${origin.line}` : `item ${origin.item}`;
  const at = origin.line !== undefined ? `${origin.location}:${origin.line}` : `${origin.location}#${origin.item}`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(at, `${where}: expected a JSON object`);
  const obj = value as Record<string, unknown>;
  const text = typeof obj.text === 'string' ? obj.text : null;
  const html = typeof obj.html === 'string' ? obj.html : null;
  if (!text?.trim() && !html?.trim()) return fail(at, `${where}: needs a non-empty "text" or "html" field`);
  const meta: Partial<DocumentMeta> = {};
  for (const f of JSONL_META_FIELDS) if (typeof obj[f] === 'string' && obj[f]) meta[f] = obj[f] as string;
  const published = typeof obj.published === 'string' ? normalizeDate(obj.published) : null;
  const messages: Diagnostic[] = [];
  if (typeof obj.published === 'string' && !published) {
    messages.push({ reason: `${where}: unreadable "published" date "${obj.published}" ignored`, span: null, rule: 'ingest:date', severity: 'warning' });
  }
  const article: RawArticle = text?.trim()
    ? { origin, source: text, meta, messages }
    : mergeHtml(readHtml(html as string, origin), meta, messages);
  if (published) Object.assign(article.meta, { published, publishedFrom: 'jsonl' });
  if (typeof obj.id === 'string' && obj.id) article.id = obj.id;
  else if (typeof obj.id === 'number') article.id = String(obj.id);
  return { ok: true, article };
}

/** Fields given on the line win over what the page's own markup says. */
function mergeHtml(article: RawArticle, meta: Partial<DocumentMeta>, messages: Diagnostic[]): RawArticle {
  return { ...article, meta: { ...article.meta, ...meta }, messages: [...article.messages, ...messages] };
}

function fail(location: string, reason: string): JsonlResult {
  return { ok: false, location, diagnostic: { reason, span: null, rule: 'ingest:jsonl', severity: 'error' } };
}
