/**
 * HTML page → RawArticle: metadata from the head, main text through @mozilla/readability (on linkedom), rendered one
 * block per line. When Readability finds no article (short or unusual pages) the whole body is rendered instead and
 * the cleaner's rules remove the junk. Truncated pages are read as far as they go, with a warning.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Diagnostic, Origin, RawArticle } from '../model/document.js';
import { htmlMetadata, type HtmlMetadata } from './html-metadata.js';
import { htmlToLines, type DomNode } from './html-to-lines.js';

export const HTML_READER = {
  /** Readability's minimum article length in characters; news briefs are short, so lower than its default 500. */
  charThreshold: 200,
  /** If Readability keeps less than this share of the body's text, it cut article paragraphs: use the body. */
  minShareOfBody: 0.2,
} as const;

const CLOSING = /<\/(?:html|body)\s*>/i;

export function readHtml(html: string, origin: Origin): RawArticle {
  const messages: Diagnostic[] = [];
  if (/<(?:html|body)[\s>]/i.test(html) && !CLOSING.test(html)) {
    messages.push({ reason: 'HTML looks truncated (no closing </body> or </html>); read as far as it goes', span: null, rule: 'ingest:truncated-html', severity: 'warning' });
  }
  const { document } = parseHTML(html);
  const found = htmlMetadata(document as never);
  messages.push(...found.messages);
  const bodyText = ((document.body as unknown as DomNode | null)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const main = mainContent(document, bodyText.length, found.meta);
  const rendered = htmlToLines(main ?? freshBody(html)); // Readability edits the DOM it reads: re-parse for the body
  if (!main && bodyText) {
    messages.push({ reason: 'no main article block found; the whole page body was read', span: null, rule: 'ingest:readability', severity: 'info' });
  }
  return { origin, source: rendered.text, meta: found.meta, headingHints: rendered.headingHints, messages };
}

function freshBody(html: string): DomNode {
  const { document } = parseHTML(html);
  return (document.body ?? document.documentElement ?? document) as unknown as DomNode;
}

function mainContent(document: unknown, bodyLength: number, meta: HtmlMetadata['meta']): DomNode | null {
  try {
    const reader = new Readability(document as Document, {
      charThreshold: HTML_READER.charThreshold,
      serializer: (n: Node) => n,
    });
    const article = reader.parse();
    meta.byline ??= article?.byline?.trim() || null; // Readability lifts the byline out of the text
    const root = (article?.content ?? null) as unknown as DomNode | null;
    if (!root) return null;
    const length = (root.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    return length >= bodyLength * HTML_READER.minShareOfBody ? root : null;
  } catch {
    return null;
  }
}
