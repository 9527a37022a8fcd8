/**
 * "What happened": an extractive summary. Sentences are scored by centrality (cosine similarity of their TF-IDF
 * vector with the story's centroid, MEAD-style, linear in the number of sentences) and picked with maximal marginal
 * relevance so the summary does not repeat itself. Every picked sentence cites the reports that support it: its
 * own report and every report with a similar sentence.
 */
import type { SitrepDocument, Span } from '../model/document.js';

export const SUMMARY_SETTINGS = {
  /** Sentences in the summary. */
  sentences: 5,
  /** MMR trade-off: 1 = centrality only, 0 = novelty only. */
  lambda: 0.7,
  /** Cosine similarity at which another report's sentence supports a summary sentence. */
  support: 0.3,
  /** Sentences read per report: ledes carry the news, and this bounds the work on long stories. */
  perReport: 12,
  /** Sentences shorter or longer than this (in words) are headlines, captions or run-ons, not summary material. */
  minWords: 8,
  maxWords: 55,
  /** Extra score for a report's first sentences, where news writing puts what happened. */
  ledeBonus: [0.08, 0.04, 0.02] as readonly number[],
} as const;

/** Words that carry no topic. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('the a an and or but of in on at to for from by with as is are was were be been being has have had it its this that these those ' +
    'he she they them their his her we our you your i not no said says say told according also which who whom what when where while after ' +
    'before over under into about than then there here would could should will can may might more most other some such only just very ' +
    'up down out off one two all any both each few many much per via did do does done new').split(' '),
);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export interface SummarySentence {
  text: string;
  /** Citation numbers of the reports that support the sentence, its own first. */
  citations: number[];
  doc: string;
  span: Span;
}

interface Candidate {
  doc: SitrepDocument;
  span: Span;
  text: string;
  position: number;
  vec: Map<string, number>;
}

function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RE)) {
    const w = m[0].replace(/['’]s$/, '');
    if (w.length > 2 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

function sentenceSpans(doc: SitrepDocument): Span[] {
  if (doc.sentences?.length) return doc.sentences.filter((s) => !s.heading).map((s) => s.span);
  const out: Span[] = [];
  for (const m of doc.text.matchAll(/[^.!?\n]+[.!?]+/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

function candidates(docs: readonly SitrepDocument[]): Candidate[] {
  const out: Candidate[] = [];
  for (const doc of docs) {
    let position = 0;
    for (const span of sentenceSpans(doc)) {
      if (position >= SUMMARY_SETTINGS.perReport) break;
      const text = doc.text.slice(span[0], span[1]).trim();
      const words = text.split(/\s+/).length;
      if (words < SUMMARY_SETTINGS.minWords || words > SUMMARY_SETTINGS.maxWords || /…$/.test(text)) continue;
      out.push({ doc, span, text, position: position++, vec: new Map() });
    }
  }
  return out;
}

function weigh(cands: Candidate[]): void {
  const df = new Map<string, number>();
  const tfs = cands.map((c) => {
    const tf = new Map<string, number>();
    for (const t of terms(c.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  const n = cands.length;
  cands.forEach((c, i) => {
    let norm = 0;
    for (const [t, f] of tfs[i]) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / df.get(t)!);
      c.vec.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of c.vec) c.vec.set(t, w / norm);
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

function centroidOf(cands: Candidate[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const x of cands) for (const [t, w] of x.vec) c.set(t, (c.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of c.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of c) c.set(t, w / norm);
  return c;
}

/**
 * @param cites document id → citation number.
 */
export function summarize(docs: readonly SitrepDocument[], cites: ReadonlyMap<string, number>, k: number = SUMMARY_SETTINGS.sentences): SummarySentence[] {
  const cands = candidates(docs);
  if (!cands.length) return [];
  weigh(cands);
  const centroid = centroidOf(cands);
  const score = cands.map((c) => cosine(c.vec, centroid) + (SUMMARY_SETTINGS.ledeBonus[c.position] ?? 0));
  const picked: number[] = [];
  const maxSim = new Array<number>(cands.length).fill(0);
  while (picked.length < Math.min(k, cands.length)) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < cands.length; i++) {
      if (picked.includes(i)) continue;
      const s = SUMMARY_SETTINGS.lambda * score[i] - (1 - SUMMARY_SETTINGS.lambda) * maxSim[i];
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    picked.push(best);
    for (let i = 0; i < cands.length; i++) maxSim[i] = Math.max(maxSim[i], cosine(cands[i].vec, cands[best].vec));
  }
  return picked.map((i) => ({
    text: cands[i].text,
    citations: support(cands, i, cites),
    doc: cands[i].doc.id,
    span: cands[i].span,
  }));
}

/** The sentence's own report, then every other report with a sentence at least SUMMARY_SETTINGS.support similar. */
function support(cands: Candidate[], i: number, cites: ReadonlyMap<string, number>): number[] {
  const own = cites.get(cands[i].doc.id) ?? 0;
  const others = new Set<number>();
  for (const c of cands) {
    if (c.doc === cands[i].doc) continue;
    if (cosine(c.vec, cands[i].vec) >= SUMMARY_SETTINGS.support) others.add(cites.get(c.doc.id) ?? 0);
  }
  others.delete(own);
  return [own, ...[...others].sort((a, b) => a - b)];
}
