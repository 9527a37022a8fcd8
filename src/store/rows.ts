/** Mapping between documents/figures and table rows. */
import { createHash } from 'node:crypto';
import type { SitrepDocument } from '../model/document.js';
import type { DocumentSummary } from './types.js';

/** PostgreSQL text cannot hold NUL; neither dialect needs it. */
const NUL = /\u0000/g;

export function clean(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s.includes('\u0000') ? s.replace(NUL, '') : s;
}

/** 128-bit hash of the cleaned text: equal texts, equal hashes. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The document JSON as stored; `tokens` are left out unless asked for (they are most of the size). */
export function serializeDocument(doc: SitrepDocument, keepTokens: boolean): string {
  if (keepTokens || !doc.tokens) return JSON.stringify(doc);
  const { tokens: _tokens, ...rest } = doc;
  return JSON.stringify(rest);
}

export function documentRow(doc: SitrepDocument, opts: { keepTokens: boolean; minhash: string | null; ingestedAt: string }) {
  return {
    id: doc.id,
    content_hash: contentHash(doc.text),
    url: clean(doc.meta.url),
    outlet: clean(doc.meta.outlet),
    published: clean(doc.meta.published),
    title: clean(doc.meta.title),
    location: clean(doc.origin.location),
    format: doc.origin.format,
    ingested_at: opts.ingestedAt,
    duplicate_of: doc.duplicateOf?.id ?? null,
    duplicate_similarity: doc.duplicateOf?.similarity ?? null,
    figure_count: doc.figures?.length ?? 0,
    minhash: opts.minhash,
    doc: serializeDocument(doc, opts.keepTokens),
  };
}

export function figureRows(doc: SitrepDocument) {
  return (doc.figures ?? []).map((f, idx) => ({
    doc_id: doc.id,
    idx,
    kind: f.kind,
    side: f.victims?.side ?? null,
    victims: clean(f.victims?.text),
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    source: clean(f.source),
    scope: f.scope,
    as_of: f.asOf,
    place_name: clean(f.place?.name),
    place_lat: f.place?.lat ?? null,
    place_lon: f.place?.lon ?? null,
    quote: clean(f.quote),
    span_start: f.span[0],
    span_end: f.span[1],
  }));
}

/** Columns a summary needs; select these for listings. */
export const SUMMARY_COLUMNS = [
  'id',
  'title',
  'outlet',
  'published',
  'url',
  'duplicate_of',
  'duplicate_similarity',
  'figure_count',
  'ingested_at',
] as const;

export function toSummary(r: Record<string, unknown>): DocumentSummary {
  const dup = r.duplicate_of as string | null;
  return {
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    duplicateOf: dup ? { id: dup, similarity: Number(r.duplicate_similarity) } : null,
    figureCount: Number(r.figure_count),
    ingestedAt: r.ingested_at as string,
  };
}

export function parseDocument(r: { doc: unknown; duplicate_of: unknown; duplicate_similarity: unknown }): SitrepDocument {
  const doc = (typeof r.doc === 'string' ? JSON.parse(r.doc) : r.doc) as SitrepDocument;
  doc.duplicateOf = r.duplicate_of ? { id: r.duplicate_of as string, similarity: Number(r.duplicate_similarity) } : null;
  return doc;
}

/** Splits a list so one statement stays under the dialect's bound-parameter limit. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
