/**
 * A light word scanner for names: words with their spans, capitalisation and possessive marks, and runs of
 * capitalised words joined by name connectors ("Hayat Tahrir al-Sham", "Syrian Observatory for Human Rights").
 * Used by the actor and place finders instead of wink tokens, because wink splits transliterated names with
 * diacritics ("Dārat ‘Izzah") into pieces.
 */

export interface Word {
  /** The word without a trailing possessive. */
  readonly text: string;
  readonly start: number;
  /** End of `text` (before any possessive). */
  readonly end: number;
  readonly cap: boolean;
  readonly possessive: boolean;
  /** What separates this word from the previous one: '' (start), ' ', '-', or 'x' for punctuation. */
  readonly gap: ' ' | '-' | 'x' | '';
}

export interface Run {
  /** Word index range, half-open. */
  readonly from: number;
  readonly to: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’‘ʿʾ`]*/gu;
const POSSESSIVE_END = /['’](?:s)?$/u;
const LEADING_MARKS = /^['’‘ʿʾ`]+/u;
const UPPER = /^\p{Lu}/u;

/**
 * Words that join capitalised words into one name. Transliterated Arabic articles (al-, el-, ash-…) and
 * connectors of organisation names (of, for, the) appear in lower case inside names.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'es', 'et', 'ez', 'en',
  'of', 'for', 'the', 'bin', 'ibn', 'bint', 'abu', 'de', 'du', 'des', 'la', 'le', 'da', 'di', 'do', 'dos', 'van',
  'von', 'y', 'wa', 'wal', 'ul', 'ud', 'ur', 'e',
]);

/**
 * Connectors that join names even when written with a space ("Bab al Hawa", "Ministry of Health"); the others
 * ("as", "at", "an", "es"…) are English or French words too, so they join only when hyphenated ("Tall at-Tamr").
 */
export const SPACED_CONNECTORS: ReadonlySet<string> = new Set([
  'al', 'el', 'of', 'for', 'the', 'bin', 'ibn', 'bint', 'abu', 'de', 'du', 'des', 'la', 'le', 'da', 'di', 'dos',
  'van', 'von',
]);

/** Connectors that may also begin a name when hyphenated to it ("al-Nayrab"). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'es', 'et', 'ez', 'en',
]);

/** Scans `text[from, to)` into words. */
export function scanWords(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let prevEnd = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let raw = m[0];
    let start = m.index;
    const lead = LEADING_MARKS.exec(raw);
    if (lead) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    const pos = POSSESSIVE_END.exec(raw);
    const possessive = !!pos && raw.length > 2;
    const word = possessive ? raw.slice(0, raw.length - pos[0].length) : raw;
    if (!word) continue;
    const between = text.slice(prevEnd, m.index);
    const gap = out.length === 0 ? '' : /^[ \t\u00a0]*$/.test(between) ? ' ' : /^[-‐‑]$/.test(between) ? '-' : 'x';
    out.push({ text: word, start, end: start + word.length, cap: UPPER.test(word), possessive, gap });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/**
 * Runs of capitalised words. A run may start with a hyphenated article ("al-Nayrab") and may contain connectors
 * followed by a capitalised word; it ends at punctuation or after a possessive.
 */
export function capitalisedRuns(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    const startsWithArticle =
      !w.cap && ARTICLES.has(w.text.toLowerCase()) && words[i + 1]?.gap === '-' && words[i + 1].cap;
    if (!w.cap && !startsWithArticle) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!w.possessive) {
      while (j < words.length && words[j].gap !== 'x') {
        const next = words[j];
        if (next.cap) {
          j++;
          if (next.possessive) break;
          continue;
        }
        const lower = next.text.toLowerCase();
        const joins = SPACED_CONNECTORS.has(lower) || (NAME_CONNECTORS.has(lower) && words[j + 1]?.gap === '-');
        if (joins && words[j + 1]?.cap && words[j + 1].gap !== 'x') {
          j++;
          continue;
        }
        break;
      }
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** Joins words[from, to) into the text they span. */
export function wordsText(text: string, words: readonly Word[], from: number, to: number): string {
  return text.slice(words[from].start, words[to - 1].end);
}
