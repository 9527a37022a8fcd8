/**
 * Story clustering scores: B-cubed precision/recall/F1 and the adjusted Rand index of predicted `{id, story}`
 * against gold `{id, cluster}`.
 *
 * - `scoreClusters(pred, gold)`: the numbers, over the ids present in gold (an id missing from the predictions counts
 *   as a story of its own).
 * - `scoreFiles(predPath, goldPath)`: JSON Lines files (`npm run eval -- --clusters PRED GOLD`).
 * - `evaluate(dir)`: a corpus folder whose gold.json has `reconciled.story_clusters` (lists of file-name prefixes):
 *   clusters the folder's .txt documents with `clusterDocuments` and scores them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle, SitrepDocument } from '../model/document.js';

export interface ClusterScores {
  precision: number;
  recall: number;
  f1: number;
  ari: number;
  documents: number;
  goldClusters: number;
  predictedClusters: number;
}

/** Local copy of the report shape scripts/eval.ts prints. */
interface EvalReport {
  name: string;
  rows: Array<[string, number | string]>;
  notes?: string[];
}

function groups(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, c] of labels) {
    const g = out.get(c);
    if (g) g.push(id);
    else out.set(c, [id]);
  }
  return out;
}

const choose2 = (n: number) => (n * (n - 1)) / 2;

function adjustedRand(pred: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): number {
  const cells = new Map<string, number>();
  for (const [id, g] of gold) {
    const key = `${g}\u0000${pred.get(id)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const n = gold.size;
  let index = 0;
  for (const c of cells.values()) index += choose2(c);
  let a = 0;
  for (const g of groups(gold).values()) a += choose2(g.length);
  let b = 0;
  for (const g of groups(pred).values()) b += choose2(g.length);
  const expected = (a * b) / (choose2(n) || 1);
  const max = (a + b) / 2;
  // Both partitions trivial (all singletons or one cluster, identical): perfect agreement.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/** Scores predicted stories against gold clusters (B-cubed averaged over gold documents). */
export function scoreClusters(
  predicted: ReadonlyArray<{ id: string; story: string }>,
  gold: ReadonlyArray<{ id: string; cluster: string }>,
): ClusterScores {
  const goldMap = new Map(gold.map((g) => [g.id, g.cluster]));
  const predMap = new Map<string, string>();
  for (const p of predicted) if (goldMap.has(p.id)) predMap.set(p.id, p.story);
  for (const id of goldMap.keys()) if (!predMap.has(id)) predMap.set(id, `\u0000missing:${id}`);
  const goldGroups = groups(goldMap);
  const predGroups = groups(predMap);
  let precision = 0;
  let recall = 0;
  for (const [id, g] of goldMap) {
    const p = predMap.get(id)!;
    const predMates = predGroups.get(p)!;
    const goldMates = goldGroups.get(g)!;
    let both = 0;
    for (const m of predMates) if (goldMap.get(m) === g) both++;
    precision += both / predMates.length;
    recall += both / goldMates.length;
  }
  const n = goldMap.size || 1;
  precision /= n;
  recall /= n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    ari: adjustedRand(predMap, goldMap),
    documents: goldMap.size,
    goldClusters: goldGroups.size,
    predictedClusters: predGroups.size,
  };
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function reportOf(name: string, s: ClusterScores): EvalReport {
  return {
    name,
    rows: [
      ['B-cubed precision', s.precision],
      ['B-cubed recall', s.recall],
      ['B-cubed F1', s.f1],
      ['adjusted Rand', s.ari],
      ['documents', String(s.documents)],
      ['gold clusters', String(s.goldClusters)],
      ['predicted stories', String(s.predictedClusters)],
    ],
  };
}

/** Scores a `{id, story}` JSON Lines file against a `{id, cluster}` JSON Lines file. */
export async function scoreFiles(predPath: string, goldPath: string): Promise<EvalReport> {
  if (!predPath || !goldPath) {
    throw new Error('scoreFiles(predPath, goldPath): give both paths, e.g. npm run eval -- --clusters pred.jsonl gold.jsonl');
  }
  const pred = readJsonl<{ id: string; story: string }>(predPath);
  const gold = readJsonl<{ id: string; cluster: string }>(goldPath);
  return reportOf('stories (clusters file)', scoreClusters(pred, gold));
}

interface CorpusGold {
  documents?: Array<{ file: string; published?: string | null; headline?: string | null }>;
  reconciled?: { story_clusters?: string[][] };
}

/**
 * Reads a corpus folder's .txt documents the way ingest would (cleaned, analysed), with the gold publication dates
 * and ids = file-name prefixes ("000_….txt" -> "000").
 */
export async function loadCorpusDocuments(dir: string): Promise<SitrepDocument[]> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as CorpusGold;
  const published = new Map((gold.documents ?? []).map((d) => [d.file, d.published ?? null]));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const { analyze } = await import('../pipeline/analyze.js');
  const { cleanArticle } = await import('../ingest/clean-article.js');
  return files.map((file) => {
    const raw: RawArticle = {
      id: file.split(/[_.]/)[0],
      origin: { location: join(dir, file), format: 'text' },
      source: readFileSync(join(dir, file), 'utf8'),
      meta: { published: published.get(file) ?? null, publishedFrom: 'option' },
      messages: [],
    };
    return analyze(cleanArticle(raw));
  });
}

export async function evaluate(dir: string): Promise<EvalReport> {
  const goldPath = join(dir, 'gold.json');
  const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as CorpusGold) : {};
  const clusters = gold.reconciled?.story_clusters;
  if (!clusters) return { name: 'stories', rows: [['skipped', 'no reconciled.story_clusters in gold.json']] };
  const goldRows = clusters.flatMap((ids, i) => ids.map((id) => ({ id, cluster: `g${i}` })));
  const { clusterDocuments } = await import('../stories/cluster-documents.js');
  const pred = clusterDocuments(await loadCorpusDocuments(dir));
  return reportOf('stories', scoreClusters(pred, goldRows));
}
