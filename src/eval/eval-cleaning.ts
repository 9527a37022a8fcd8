/**
 * Cleaning evaluation against a corpus folder's gold.json: per document, how many gold boilerplate lines were
 * removed, how many article lines were wrongly removed, how many gold headings were found, and whether the headline
 * (gold `documents[].headline`) became the title. Lines are compared after whitespace normalisation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../ingest/clean-article.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { SitrepDocument } from '../model/document.js';

export interface GoldCleaning {
  documents: Array<{ file: string; published?: string | null; headline?: string | null }>;
  boilerplate?: Record<string, string[]>;
  headings?: Record<string, string[]>;
}

export interface CleaningScore {
  file: string;
  boilerplateRemoved: number;
  boilerplateTotal: number;
  articleLinesRemoved: string[];
  headingsFound: number;
  headingsTotal: number;
  titleOk: boolean;
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export async function scoreCleaning(dir: string): Promise<CleaningScore[]> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldCleaning;
  const scores: CleaningScore[] = [];
  for (const entry of gold.documents) {
    const doc = await cleanFile(join(dir, entry.file), entry.published ?? undefined);
    scores.push(scoreDocument(doc, entry.file, entry.headline ?? null, gold));
  }
  return scores;
}

async function cleanFile(path: string, published?: string): Promise<SitrepDocument> {
  for await (const r of readInputs([path], { published })) {
    if (r.ok) return cleanArticle(r.article);
    throw new Error(`sitrep eval: cannot read ${r.location}: ${r.diagnostic.reason}`);
  }
  throw new Error(`sitrep eval: ${path} holds no article`);
}

function scoreDocument(doc: SitrepDocument, file: string, headline: string | null, gold: GoldCleaning): CleaningScore {
  const junk = new Set((gold.boilerplate?.[file] ?? []).map(norm));
  const removed = doc.removed.map((r) => ({ text: norm(r.text), rule: r.rule }));
  const removedJunk = new Set(removed.filter((r) => junk.has(r.text)).map((r) => r.text));
  const wrong = removed
    .filter((r) => !junk.has(r.text))
    .filter((r) => !(r.rule === 'title' && headline !== null && r.text === norm(headline)))
    .map((r) => r.text);
  const goldHeadings = (gold.headings?.[file] ?? []).map(norm);
  const found = new Set(doc.headings.map((h) => norm(h.text)));
  return {
    file,
    boilerplateRemoved: removedJunk.size,
    boilerplateTotal: junk.size,
    articleLinesRemoved: wrong,
    headingsFound: goldHeadings.filter((h) => found.has(h)).length,
    headingsTotal: goldHeadings.length,
    titleOk: headline === null ? !removed.some((r) => r.rule === 'title') : norm(doc.meta.title ?? '') === norm(headline),
  };
}

export async function evaluate(dir: string): Promise<{ name: string; rows: Array<[string, number | string]>; notes: string[] }> {
  const scores = await scoreCleaning(dir);
  const sum = (f: (s: CleaningScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const bp = sum((s) => s.boilerplateTotal);
  const hd = sum((s) => s.headingsTotal);
  const rows: Array<[string, number | string]> = [
    ['boilerplate removed', `${sum((s) => s.boilerplateRemoved)}/${bp}`],
    ['boilerplate recall', bp ? sum((s) => s.boilerplateRemoved) / bp : 1],
    ['article lines removed', sum((s) => s.articleLinesRemoved.length)],
    ['headings found', `${sum((s) => s.headingsFound)}/${hd}`],
    ['headings recall', hd ? sum((s) => s.headingsFound) / hd : 1],
    ['titles right', `${scores.filter((s) => s.titleOk).length}/${scores.length}`],
  ];
  const notes = scores.flatMap((s) => [
    ...s.articleLinesRemoved.map((l) => `${s.file}: article line removed: ${l.slice(0, 80)}`),
    ...(s.boilerplateRemoved < s.boilerplateTotal ? [`${s.file}: ${s.boilerplateTotal - s.boilerplateRemoved} boilerplate line(s) kept`] : []),
    ...(s.headingsFound < s.headingsTotal ? [`${s.file}: ${s.headingsTotal - s.headingsFound} heading(s) missed`] : []),
    ...(s.titleOk ? [] : [`${s.file}: title wrong`]),
  ]);
  return { name: 'cleaning', rows, notes };
}
