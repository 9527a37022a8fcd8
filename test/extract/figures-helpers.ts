/** Shared helpers for figure tests: a compact, field-by-field description of a figure and a document builder. */
import { cleanArticle } from '../../src/ingest/clean-article.js';
import type { SitrepDocument } from '../../src/model/document.js';
import type { Figure } from '../../src/model/figure.js';
import { analyze } from '../../src/pipeline/analyze.js';

/**
 * "killed=14 exact people all 'people' src=police event asOf=2025-03-03 cause=road crash": every field of a
 * figure except span, quote and place (asserted separately), so one string compares a whole record.
 */
export function describeFigure(f: Figure): string {
  const amount = f.value !== null ? String(f.value) : `${f.low ?? '?'}-${f.high ?? '?'}`;
  const parts = [
    `${f.kind}=${amount}`,
    f.qualifier,
    f.unit,
    f.victims.side,
    f.victims.text === null ? '-' : `'${f.victims.text}'`,
  ];
  if (f.victims.actor) parts.push(`actor=${f.victims.actor}`);
  parts.push(`src=${f.source ?? '-'}`, f.scope, `asOf=${f.asOf ?? '-'}`);
  if (f.period) parts.push(`period=${f.period.start}..${f.period.end}`);
  if (f.cause) parts.push(`cause=${f.cause}`);
  if (f.partOf !== null) parts.push(`partOf=${f.partOf}`);
  return parts.join(' ');
}

/** Cleans and analyses a text as `sitrep extract` would, with a publication date. */
export function analyseText(text: string, published: string | null, location = 'fixture.txt'): SitrepDocument {
  const meta = published ? { published, publishedFrom: 'option' as const } : {};
  return analyze(cleanArticle({ origin: { location, format: 'text' }, source: text, meta, messages: [] }));
}
