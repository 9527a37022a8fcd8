/**
 * Teasers: headlines of other stories that pages append or insert, cut off with "…" or "...". A run of two or more
 * truncated lines is a teaser block (articles do not end paragraph after paragraph mid-sentence). A lone truncated
 * line is a teaser when it sits next to other junk or shares few words with the article (off-topic).
 */
import type { CleanLine } from './line.js';

export const TEASER = {
  /** A line cut off by the page, not a quotation trailing off: ends in an ellipsis, no closing quote after it. */
  truncated: /(?:…|\.\.\.)\s*$/,
  /** Lines of a run allowed between teasers that are junk already (labels like "Trending now"). */
  minRun: 2,
  /** A lone truncated line sharing less than this share of its content words with the article is off-topic. */
  maxOverlap: 0.35,
  /** Words shorter than this are not counted as content words. */
  minWordLength: 4,
} as const;

const WORD = /[\p{L}\p{N}]+/gu;

/** Marks teaser lines as removed (reason `teaser`). Linear in the number of lines and words. */
export function detectTeasers(lines: CleanLine[]): void {
  const candidate = lines.map((l) => !l.removed && TEASER.truncated.test(l.text));
  const vocab = lazyVocabulary(lines);
  let i = 0;
  while (i < lines.length) {
    if (!candidate[i]) {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < lines.length && (candidate[j] || lines[j].removed); j++) if (candidate[j]) run.push(j);
    if (run.length >= TEASER.minRun) for (const k of run) mark(lines[k]);
    else if (nextToJunk(lines, run[0]) || offTopic(lines, run[0], vocab)) mark(lines[run[0]]);
    i = j;
  }
}

function mark(line: CleanLine): void {
  line.removed = { reason: 'teaser', rule: 'teaser-run' };
}

function nextToJunk(lines: CleanLine[], k: number): boolean {
  return Boolean(lines[k - 1]?.removed || lines[k + 1]?.removed);
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= TEASER.minWordLength);
}

function offTopic(lines: CleanLine[], k: number, vocab: () => Map<string, number>): boolean {
  const own = contentWords(lines[k].text);
  if (own.length === 0) return false;
  const ownCounts = new Map<string, number>();
  for (const w of own) ownCounts.set(w, (ownCounts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const [w, n] of ownCounts) if ((vocab().get(w) ?? 0) > n) shared++;
  return shared / ownCounts.size < TEASER.maxOverlap;
}

/** Word counts over the lines still kept, built once per document and only when a lone candidate needs it. */
function lazyVocabulary(lines: CleanLine[]): () => Map<string, number> {
  let vocab: Map<string, number> | null = null;
  return () => {
    if (vocab) return vocab;
    vocab = new Map();
    for (const l of lines) if (!l.removed) for (const w of contentWords(l.text)) vocab.set(w, (vocab.get(w) ?? 0) + 1);
    return vocab;
  };
}
