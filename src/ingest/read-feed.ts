/**
 * RSS 2.0 / Atom feed → one RawArticle per item. The item's full content (`content:encoded`, Atom `<content>`) is
 * used when the feed carries it, else the description/summary. The channel title is the outlet. A feed that is not
 * well-formed XML is refused as a whole (no half-parsed items).
 */
import Parser from 'rss-parser';
import { parseHTML } from 'linkedom';
import type { Diagnostic, InputFormat, Origin, RawArticle } from '../model/document.js';
import { htmlToLines, type DomNode } from './html-to-lines.js';
import { normalizeDate } from './parse-date.js';

export type FeedItemResult = { ok: true; article: RawArticle } | { ok: false; location: string; diagnostic: Diagnostic };

type Item = Record<string, unknown>;

/** Fields holding the item body, best first: full content, then summaries. */
export const FEED_CONTENT_FIELDS = ['content:encoded', 'content', 'summary', 'description', 'contentSnippet'] as const;

const parser = new Parser<Record<string, unknown>, Item>({
  customFields: { item: ['content:encoded', 'summary', 'description', 'dc:creator'] },
});

export async function readFeed(xml: string, location: string, format: InputFormat, encoding?: string): Promise<FeedItemResult[]> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    const msg = String((err as Error).message ?? err).split('\n')[0];
    return [fail(location, `malformed XML feed: ${msg}`, 'ingest:malformed-xml')];
  }
  const outlet = text(feed.title);
  const language = text((feed as Item).language);
  const items = feed.items ?? [];
  if (items.length === 0) return [fail(location, 'feed has no items', 'ingest:empty')];
  return items.map((item, i) => itemArticle(item as Item, i, { location, format, encoding }, outlet, language));
}

function itemArticle(item: Item, i: number, base: Omit<Origin, 'item'>, outlet: string | null, language: string | null): FeedItemResult {
  const origin: Origin = { ...base, item: i };
  const html = FEED_CONTENT_FIELDS.map((f) => text(item[f])).find((v) => v);
  if (!html) return fail(`${base.location}#${i}`, `feed item ${i} has no content or description`, 'ingest:empty');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const rendered = htmlToLines(document.body as unknown as DomNode);
  const published = normalizeDate(text(item.isoDate) ?? text(item.pubDate));
  const article: RawArticle = {
    origin,
    source: rendered.text,
    headingHints: rendered.headingHints,
    messages: [],
    meta: {
      title: text(item.title),
      outlet,
      url: text(item.link),
      language,
      byline: text(item.creator) ?? text(item['dc:creator']) ?? text(item.author),
      ...(published ? { published, publishedFrom: 'feed' as const } : {}),
    },
  };
  return { ok: true, article };
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object' && '_' in v) return text((v as Item)._);
  return null;
}

function fail(location: string, reason: string, rule: string): FeedItemResult {
  return { ok: false, location, diagnostic: { reason, span: null, rule, severity: 'error' } };
}
