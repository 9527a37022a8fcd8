/**
 * One input's bytes → its articles: refuse binary and empty input, decode, pick the reader by content and extension,
 * then fill the publication date from the caller's default or the file name when the input gave none.
 */
import { basename, extname } from 'node:path';
import type { Diagnostic, InputFormat, Origin, RawArticle } from '../model/document.js';
import { binaryKind } from './classify-bytes.js';
import { charsetFromContentType, decodeBytes } from './decode-bytes.js';
import { sniffFormat } from './sniff-format.js';
import { readHtml } from './read-html.js';
import { readFeed } from './read-feed.js';
import { readJsonDocument, readJsonl } from './read-jsonl.js';
import { normalizeDate } from './parse-date.js';

export type InputResult = { ok: true; article: RawArticle } | { ok: false; location: string; diagnostic: Diagnostic };

export interface BytesContext {
  location: string;
  contentType?: string | null;
  /** Default publication date (ISO) for articles whose input states none. */
  published?: string;
  /** URL the bytes came from, when fetched. */
  url?: string;
}

/** A date in a file name ("…-2025-03-11.txt") dates the article when nothing else does. */
const FILENAME_DATE = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?:\D|$)/;

export async function* articlesFromBytes(bytes: Uint8Array, ctx: BytesContext): AsyncGenerator<InputResult> {
  const { location } = ctx;
  if (bytes.length === 0) return yield failure(location, 'empty file (0 bytes)', 'ingest:empty');
  const binary = binaryKind(bytes);
  if (binary) return yield failure(location, `not a text article: ${binary}`, 'ingest:binary');
  const decoded = decodeBytes(bytes, charsetFromContentType(ctx.contentType));
  if (!decoded.text.trim()) return yield failure(location, 'empty file (only whitespace)', 'ingest:empty');
  const ext = /^https?:/i.test(location) ? extname(new URL(location).pathname) : extname(location);
  const format = sniffFormat(decoded.text, ext, ctx.contentType);
  for await (const r of dispatch(decoded.text, format, location, decoded.encoding)) {
    if (r.ok) finish(r.article, decoded.messages, ctx);
    yield r;
  }
}

async function* dispatch(text: string, format: ReturnType<typeof sniffFormat>, location: string, encoding: string): AsyncGenerator<InputResult> {
  const origin = (f: InputFormat): Origin => ({ location, format: f, encoding });
  switch (format) {
    case 'jsonl':
      return yield* readJsonl(text, location, encoding);
    case 'json':
      return yield* readJsonDocument(text, location, encoding);
    case 'rss':
    case 'atom':
      return yield* await readFeed(text, location, format, encoding);
    case 'xml': {
      // No feed root near the top; look once through the whole document before refusing it.
      const root = /<rss[\s>]|<rdf:RDF[\s>]/.test(text) ? 'rss' : /<feed[\s>]/.test(text) ? 'atom' : null;
      if (!root) return yield failure(location, 'XML document is neither an RSS nor an Atom feed', 'ingest:unsupported');
      return yield* await readFeed(text, location, root, encoding);
    }
    case 'html':
      return yield { ok: true, article: readHtml(text, origin('html')) };
    default:
      return yield { ok: true, article: { origin: origin('text'), source: text.replace(/^\uFEFF/, ''), meta: {}, messages: [] } };
  }
}

function finish(article: RawArticle, decoding: Diagnostic[], ctx: BytesContext): void {
  article.messages.unshift(...decoding);
  if (ctx.url && !article.meta.url) article.meta.url = ctx.url;
  if (article.meta.published) return;
  const option = normalizeDate(ctx.published);
  const fromName = FILENAME_DATE.exec(basename(ctx.location))?.[1];
  const named = normalizeDate(fromName);
  if (option) Object.assign(article.meta, { published: option, publishedFrom: 'option' });
  else if (named) Object.assign(article.meta, { published: named, publishedFrom: 'filename' });
}

export function failure(location: string, reason: string, rule: string): InputResult {
  return { ok: false, location, diagnostic: { reason, span: null, rule, severity: 'error' } };
}
