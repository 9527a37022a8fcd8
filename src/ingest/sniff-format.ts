/**
 * Which reader an input needs, from its content first and its extension second: a `.txt` file holding an HTML page is
 * read as HTML, a feed saved as `.html` as a feed. Returns 'xml' for XML that is neither RSS nor Atom (an error).
 */
import type { InputFormat } from '../model/document.js';

export type SniffedFormat = InputFormat | 'json' | 'xml';

/** Content signals, checked on the first characters (lower-cased, leading space and BOM dropped). */
export const FORMAT_SIGNALS = {
  rss: /<rss[\s>]|<rdf:rdf[\s>]/,
  atom: /<feed[\s>]/,
  html: /^<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/,
  xml: /^<\?xml/,
  /** Enough block tags that the text is markup, even without <html>. */
  tags: /<(?:p|div|article|section|h[1-6]|br|span|a|li)[\s>/]/g,
  minTags: 3,
} as const;

/** Extension -> format when the content gives no strong signal. */
export const EXTENSION_FORMATS: Readonly<Record<string, SniffedFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'rss',
  '.atom': 'atom',
  '.xml': 'xml',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

const HEAD_CHARS = 4096;

export function sniffFormat(text: string, ext: string, contentType?: string | null): SniffedFormat {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  const byExt = EXTENSION_FORMATS[ext.toLowerCase()];
  if (head.startsWith('<')) {
    if (FORMAT_SIGNALS.rss.test(head)) return 'rss';
    if (FORMAT_SIGNALS.atom.test(head)) return 'atom';
    if (FORMAT_SIGNALS.html.test(head)) return 'html';
    if (FORMAT_SIGNALS.xml.test(head)) return 'xml';
  }
  if (byExt && byExt !== 'text') return byExt;
  if (contentType && /html/i.test(contentType)) return 'html';
  if (contentType && /(?:rss|atom|xml)/i.test(contentType)) return 'xml';
  if (head.startsWith('{') && byExt !== 'text') return 'jsonl';
  if (head.startsWith('[') && byExt !== 'text') return 'json';
  if (byExt !== 'text' && (head.match(FORMAT_SIGNALS.tags)?.length ?? 0) >= FORMAT_SIGNALS.minTags) return 'html';
  return 'text';
}
