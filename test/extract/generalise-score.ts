/**
 * Scorer shared by the held-out-style generalisation sets (test/fixtures/generalise/, generalise-2/). Matching and
 * source comparison follow src/eval/eval-figures.ts: a figure matches by document, kind and value (vague amounts by
 * their low bound); optional expected figures are neither required nor false positives; an unlisted breakdown of a
 * matched total is not counted.
 */
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import { sameSource } from '../../src/eval/eval-figures.js';
import type { Figure } from '../../src/model/figure.js';
import { analyze } from '../../src/pipeline/analyze.js';

export interface GeneraliseArticle {
  id: string;
  published: string;
  outlet: string;
  title: string;
  text: string;
}
export interface GeneraliseExpected {
  kind: string;
  value: number | null;
  low?: number;
  qualifier: string;
  unit: string;
  side: string;
  source: string | null;
  scope: string | null;
  optional?: boolean;
}

/** Reads a set's articles.jsonl and expected.json from a fixture folder URL. */
export function loadGeneraliseSet(dir: URL): { articles: GeneraliseArticle[]; expected: Record<string, GeneraliseExpected[]> } {
  const articles: GeneraliseArticle[] = readFileSync(new URL('articles.jsonl', dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GeneraliseArticle);
  const expected = (JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { documents: Record<string, GeneraliseExpected[]> })
    .documents;
  return { articles, expected };
}

export function analyseArticle(a: GeneraliseArticle): Figure[] {
  const doc = analyze(
    cleanArticle({
      origin: { location: `${a.id}.txt`, format: 'text' },
      source: a.text,
      // the headline is metadata here (its figures repeat the lead's); it still credits a source ("…, UN says")
      meta: { published: a.published, publishedFrom: 'option', title: a.title },
      messages: [],
    }),
  );
  return doc.figures ?? [];
}

function sameAmount(e: GeneraliseExpected, f: Figure): boolean {
  if (e.kind !== f.kind) return false;
  return e.value !== null ? f.value === e.value : f.value === null && f.low === e.low;
}

export interface GeneraliseScore {
  recall: number;
  precision: number;
  side: number;
  source: number;
  scope: number;
  qualifier: number;
  unit: number;
  notes: string[];
}

export function scoreGeneralise(dir: URL): GeneraliseScore {
  const { articles, expected } = loadGeneraliseSet(dir);
  let required = 0;
  let requiredHit = 0;
  let falsePositives = 0;
  const matched: Array<{ id: string; e: GeneraliseExpected; f: Figure }> = [];
  const notes: string[] = [];
  for (const a of articles) {
    const figures = analyseArticle(a);
    const gold = expected[a.id] ?? [];
    const used = new Set<number>();
    const matchedFigure = new Set<number>();
    for (const e of gold) {
      if (!e.optional) required++;
      const k = figures.findIndex((f, i) => !used.has(i) && sameAmount(e, f));
      if (k < 0) {
        if (!e.optional) notes.push(`miss ${a.id} ${e.kind}=${e.value ?? `~${e.low}`}`);
        continue;
      }
      used.add(k);
      matchedFigure.add(k);
      if (!e.optional) requiredHit++;
      matched.push({ id: a.id, e, f: figures[k] });
    }
    figures.forEach((f, i) => {
      if (used.has(i)) return;
      if (f.partOf !== null && matchedFigure.has(f.partOf)) return; // unlisted breakdown of a matched total
      falsePositives++;
      notes.push(`false ${a.id} ${f.kind}=${f.value ?? `~${f.low}`} "${f.quote}"`);
    });
  }
  const rate = (ok: (m: (typeof matched)[number]) => boolean, of = matched) => (of.length ? of.filter(ok).length / of.length : 1);
  for (const m of matched) {
    if (m.e.side !== m.f.victims.side) notes.push(`side ${m.id} ${m.e.kind}=${m.f.value}: ${m.f.victims.side}≠${m.e.side}`);
    if (!sameSource(m.e.source, m.f.source)) notes.push(`source ${m.id} ${m.e.kind}=${m.f.value}: ${m.f.source}≠${m.e.source}`);
    if (m.e.scope && m.e.scope !== m.f.scope) notes.push(`scope ${m.id} ${m.e.kind}=${m.f.value}: ${m.f.scope}≠${m.e.scope}`);
    if (m.e.qualifier !== m.f.qualifier) notes.push(`qualifier ${m.id} ${m.e.kind}=${m.f.value}: ${m.f.qualifier}≠${m.e.qualifier}`);
  }
  return {
    recall: required ? requiredHit / required : 1,
    precision: requiredHit + falsePositives ? requiredHit / (requiredHit + falsePositives) : 1,
    side: rate((m) => m.e.side === m.f.victims.side),
    source: rate((m) => sameSource(m.e.source, m.f.source)),
    scope: rate((m) => m.e.scope === m.f.scope, matched.filter((m) => m.e.scope)),
    qualifier: rate((m) => m.e.qualifier === m.f.qualifier),
    unit: rate((m) => m.e.unit === m.f.unit),
    notes,
  };
}
