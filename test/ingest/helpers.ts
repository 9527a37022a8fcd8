/** Shared helpers for ingest tests: collect readInputs results, clean them, check the offset map. */
import { expect } from 'vitest';
import { readInputs, type InputResult, type ReadOptions } from '../../src/ingest/read-inputs.js';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import type { SitrepDocument } from '../../src/model/document.js';

export async function collect(inputs: string[], opts?: ReadOptions): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(inputs, opts)) out.push(r);
  return out;
}

export async function cleanAll(inputs: string[], opts?: ReadOptions): Promise<SitrepDocument[]> {
  return (await collect(inputs, opts)).flatMap((r) => (r.ok ? [cleanArticle(r.article)] : []));
}

export function failures(results: InputResult[]): Array<{ location: string; reason: string; rule: string }> {
  return results.flatMap((r) => (r.ok ? [] : [{ location: r.location, reason: r.diagnostic.reason, rule: r.diagnostic.rule }]));
}

/** Every segment of the offset map copies its characters verbatim from the source. */
export function expectVerbatimOffsets(doc: SitrepDocument): void {
  for (const [cs, ss, len] of doc.offsets.segments) {
    expect(doc.text.slice(cs, cs + len)).toBe(doc.source.slice(ss, ss + len));
  }
}
