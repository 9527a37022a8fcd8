/**
 * Page metadata from `<head>`: title, outlet, canonical url, publication date, author, language. JSON-LD
 * (schema.org NewsArticle) is preferred for the date and publisher, then Open Graph / article meta tags, then `<time>`.
 */
import type { Diagnostic, DocumentMeta } from '../model/document.js';
import { normalizeDate } from './parse-date.js';

/** Meta tags (property or name, lower-cased) that carry each field, best first. */
export const META_TAGS = {
  title: ['og:title', 'twitter:title', 'dc.title'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
  url: ['og:url'],
  published: [
    'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
    'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'citation_publication_date',
  ],
  byline: ['author', 'article:author', 'dc.creator', 'parsely-author'],
} as const;

/** schema.org types that describe the article itself. */
const ARTICLE_TYPES = /(?:^|\b)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting)$/;

interface Doc {
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
}

export interface HtmlMetadata {
  meta: Partial<DocumentMeta>;
  messages: Diagnostic[];
}

export function htmlMetadata(document: Doc): HtmlMetadata {
  const messages: Diagnostic[] = [];
  const tags = metaTags(document);
  const ld = jsonLdArticle(document, messages);
  const pick = (names: readonly string[]): string | null => names.map((n) => tags.get(n)).find((v) => v) ?? null;
  const meta: Partial<DocumentMeta> = {
    title: str(ld?.headline) ?? pick(META_TAGS.title) ?? pageTitle(document, pick(META_TAGS.outlet)),
    outlet: pick(META_TAGS.outlet) ?? name(ld?.publisher),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? pick(META_TAGS.url) ?? str(ld?.url),
    byline: name(ld?.author) ?? pick(META_TAGS.byline),
    language: document.querySelector('html')?.getAttribute('lang') ?? str(ld?.inLanguage),
  };
  const fromLd = normalizeDate(str(ld?.datePublished));
  const fromMeta = normalizeDate(pick(META_TAGS.published)) ?? normalizeDate(timeElement(document));
  if (fromLd) Object.assign(meta, { published: fromLd, publishedFrom: 'json-ld' });
  else if (fromMeta) Object.assign(meta, { published: fromMeta, publishedFrom: 'meta' });
  return { meta, messages };
}

function metaTags(document: Doc): Map<string, string> {
  const out = new Map<string, string>();
  const nodes = document.querySelectorAll('meta');
  for (let i = 0; i < nodes.length; i++) {
    const m = nodes[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const value = m.getAttribute('content')?.trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

type Json = Record<string, unknown>;

function jsonLdArticle(document: Doc, messages: Diagnostic[]): Json | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch (err) {
      messages.push({ reason: `unreadable JSON-LD block ignored: ${(err as Error).message}`, span: null, rule: 'ingest:json-ld', severity: 'info' });
      continue;
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown): Json | null {
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d);
      if (f) return f;
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const obj = data as Json;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
  if (types.some((t) => ARTICLE_TYPES.test(t)) && (obj.headline || obj.datePublished)) return obj;
  return obj['@graph'] ? findArticle(obj['@graph']) : null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && '@id' in v) return str((v as Json)['@id']);
  return null;
}

/** `publisher` / `author` may be a string, an object with `name`, or a list of either. */
function name(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(name).filter((x): x is string => Boolean(x));
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return str((v as Json).name);
  return str(v);
}

function timeElement(document: Doc): string | null {
  const t = document.querySelector('time[itemprop="datePublished"]') ?? document.querySelector('time[pubdate]') ?? document.querySelector('time[datetime]');
  return t?.getAttribute('datetime') ?? null;
}

/** `<title>` without the " | Outlet" / " - Outlet" suffix pages append. */
function pageTitle(document: Doc, outlet: string | null): string | null {
  const raw = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!raw) return null;
  const parts = raw.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (!outlet || parts[parts.length - 1].toLowerCase() === outlet.toLowerCase() || parts[parts.length - 1].length < 40)) {
    return parts.slice(0, -1).join(' - ');
  }
  return raw;
}
