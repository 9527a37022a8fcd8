/**
 * cleanArticle: a reader's RawArticle to the SitrepDocument every stage reads. Steps, each in its own file:
 * paragraphs (split-paragraphs) → normalised lines (normalize-text) → title (detect-title) → page junk
 * (boilerplate-rules) → teasers (detect-teasers) → byline/dateline to meta (extract-byline-dateline) → headings
 * (detect-headings). Cleaned text is one paragraph or heading per line, joined with "\n".
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, DocumentMeta, Heading, OffsetMap, RawArticle, RemovedLine, SitrepDocument } from '../model/document.js';
import { emptyMeta } from '../model/document.js';
import type { CleanLine } from './line.js';
import { splitParagraphs } from './split-paragraphs.js';
import { normalizeLine } from './normalize-text.js';
import { detectTitle } from './detect-title.js';
import { matchBoilerplate } from './boilerplate-rules.js';
import { detectTeasers } from './detect-teasers.js';
import { datelineAgency, extractBylineDateline } from './extract-byline-dateline.js';
import { detectHeadings } from './detect-headings.js';
import { dateFromWords } from './parse-date.js';

export function cleanArticle(raw: RawArticle): SitrepDocument {
  if (!raw || typeof raw.source !== 'string' || !raw.origin) {
    throw new TypeError('sitrep: cleanArticle(raw) needs a RawArticle with `source` (string) and `origin`; build one with readInputs().');
  }
  const meta: DocumentMeta = { ...emptyMeta(), ...definedOnly(raw.meta) };
  const lines = toLines(raw.source);
  detectTitle(lines, meta, raw.origin.format);
  for (const line of lines) {
    if (line.removed) continue;
    const rule = matchBoilerplate(line.text);
    if (rule) line.removed = { reason: rule.reason, rule: rule.name };
  }
  detectTeasers(lines);
  const found = extractBylineDateline(lines, meta);
  detectHeadings(lines, raw.origin.format, raw.headingHints);
  meta.byline ??= found.byline;
  meta.dateline ??= found.dateline;
  meta.outlet ??= datelineAgency(meta.dateline);
  const doc = assemble(raw, lines, meta, found.removed);
  publishedFromText(doc);
  return doc;
}

function definedOnly(meta: Partial<DocumentMeta>): Partial<DocumentMeta> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta ?? {})) if (v !== undefined) out[k] = v;
  return out as Partial<DocumentMeta>;
}

function toLines(source: string): CleanLine[] {
  return splitParagraphs(source).map(([s, e]) => {
    const { text, segments } = normalizeLine(source, s, e);
    const line: CleanLine = { text, segments, sourceSpan: [s, e] };
    if (!text) line.removed = { reason: 'empty', rule: 'invisible-only' };
    return line;
  });
}

function assemble(raw: RawArticle, lines: CleanLine[], meta: DocumentMeta, prefixes: RemovedLine[]): SitrepDocument {
  const parts: string[] = [];
  const segments: Array<readonly [number, number, number]> = [];
  const headings: Heading[] = [];
  const removed: RemovedLine[] = [...prefixes];
  let at = 0;
  for (const line of lines) {
    if (line.removed) {
      removed.push({ text: line.text, reason: line.removed.reason, rule: line.removed.rule, sourceSpan: line.sourceSpan });
      continue;
    }
    if (parts.length) at += 1; // the "\n" between lines
    for (const [off, src, len] of line.segments) segments.push([at + off, src, len]);
    if (line.heading) headings.push({ text: line.text, span: [at, at + line.text.length] });
    parts.push(line.text);
    at += line.text.length;
  }
  removed.sort((a, b) => a.sourceSpan[0] - b.sourceSpan[0]);
  const text = parts.join('\n');
  const messages: Diagnostic[] = [...raw.messages];
  if (!text) messages.push({ reason: 'no article text left after cleaning', span: null, rule: 'clean:empty', severity: 'warning' });
  const offsets: OffsetMap = { segments };
  return {
    id: raw.id ?? documentId(text),
    origin: raw.origin,
    source: raw.source,
    text,
    offsets,
    meta,
    headings,
    removed,
    messages,
  };
}

/** `'d'` + the first 16 hex digits of the SHA-256 of the cleaned text: the same article gets the same id. */
export function documentId(text: string): string {
  return 'd' + createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A "Published March 13, 2025" stamp dates the article when nothing better did. */
function publishedFromText(doc: SitrepDocument): void {
  if (doc.meta.publishedFrom !== 'none' && doc.meta.publishedFrom !== 'filename') return;
  for (const r of doc.removed) {
    if (r.rule !== 'timestamp-line' && r.rule !== 'bare-date') continue;
    const date = dateFromWords(r.text);
    if (date) {
      doc.meta.published = date;
      doc.meta.publishedFrom = 'text';
      return;
    }
  }
}
