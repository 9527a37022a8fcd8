/**
 * Name folding for gazetteer lookup, so transliterations meet: "Saraqeb" = "Sarāqib", "Atareb" = "Al Atārib",
 * "Hama" = "Ḩamāh", "Darat Izza" = "Dārat ‘Izzah", "Kfar"/"Kafr".
 *
 * `foldName` is the light key (diacritics, apostrophes, articles, doubled letters, final h after a vowel);
 * `skeletonKey` is the heavy key (also q/k, ou/u, vowels after the first letter of each word), used only for places
 * in the report's own countries, where collisions are few.
 */
import { boundedMemo } from '../nlp/bounded-memo.js';

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘ʿʾ`´ʻʼ]/g;
const NON_LETTERS = /[^a-z0-9 ]+/g;
const SPACES = /\s+/g;
const DOUBLED = /([a-z])\1+/g;
const FINAL_H = /([aeiou])h\b/g;
/** Transliterated Arabic (and French/Spanish) articles dropped from multi-word names. */
const ARTICLE_WORDS: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'es', 'et', 'ez', 'en', 'ul', 'il',
]);
/** Letter substitutions that transliteration systems disagree on (applied in the skeleton only, in this order). */
const SKELETON_SUBS: ReadonlyArray<readonly [string, string]> = [
  ['ou', 'u'],
  ['ee', 'i'],
  ['oo', 'u'],
  ['q', 'k'],
  ['ck', 'k'],
  ['ph', 'f'],
  ['dh', 'd'],
  ['th', 't'],
  ['gh', 'g'],
  ['sh', 's'],
  ['kh', 'k'],
  ['j', 'g'],
];

export function foldName(name: string): string {
  if (isAscii(name)) return foldAscii(name);
  const base = name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[-‐‑–—]/g, ' ')
    .replace('ı', 'i')
    .replace(NON_LETTERS, ' ')
    .replace(SPACES, ' ')
    .trim();
  const words = base.split(' ');
  const kept = words.length > 1 ? words.filter((w) => !ARTICLE_WORDS.has(w)) : words;
  return (kept.length ? kept : words).join(' ').replace(DOUBLED, '$1').replace(FINAL_H, '$1');
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

/**
 * `foldName` of a plain ASCII name, in one pass instead of the chain of regexes (ASCII is its own NFKD form and has
 * no marks): lower-cased, ' and ` dropped, every other non-alphanumeric a word break, articles dropped from
 * multi-word names, then doubled letters and a final h after a vowel per word.
 */
function foldAscii(name: string): string {
  const lower = name.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let quoted = false;
  for (let k = 0; k <= lower.length; k++) {
    const c = k < lower.length ? lower.charCodeAt(k) : 0x20;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = k;
    } else if (c === 0x27 || c === 0x60) {
      quoted ||= start >= 0;
    } else if (start >= 0) {
      const word = lower.slice(start, k);
      words.push(quoted ? word.replace(ASCII_APOSTROPHES, '') : word);
      start = -1;
      quoted = false;
    }
  }
  const kept = words.length > 1 ? words.filter((w) => !ARTICLE_WORDS.has(w)) : words;
  const out = kept.length ? kept : words;
  return out.length === 1 ? undoubleAndTrimH(out[0]) : out.map(undoubleAndTrimH).join(' ');
}

const ASCII_APOSTROPHES = /['`]/g;

/** DOUBLED then FINAL_H on one word of [a-z0-9]; the word itself when neither applies. */
function undoubleAndTrimH(word: string): string {
  let out = word;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122 && word.charCodeAt(k - 1) === c) {
      out = word.replace(DOUBLED, '$1');
      break;
    }
  }
  const n = out.length;
  return n >= 2 && out.charCodeAt(n - 1) === 0x68 && VOWEL_CODES.has(out.charCodeAt(n - 2)) ? out.slice(0, n - 1) : out;
}

const VOWEL_CODES: ReadonlySet<number> = new Set([...'aeiou'].map((v) => v.charCodeAt(0)));

/** The heavy key of a name (see the top of this file). */
export function skeletonKey(name: string): string {
  return skeletonOfFolded(foldName(name));
}

/**
 * `skeletonKey` of a name already folded by `foldName`. Folding is not idempotent ("Ell Marj" folds to "el marj",
 * which would fold again to "marj"), so a folded key must not go through `skeletonKey`.
 */
export function skeletonOfFolded(folded: string): string {
  let s = folded;
  for (const [from, to] of SKELETON_SUBS) if (s.includes(from)) s = s.replaceAll(from, to);
  return s.includes(' ') ? s.split(' ').map(consonants).join(' ') : consonants(s);
}

/** One folded word without its vowels after the first letter (y counts), then without doubled letters, in one pass. */
function consonants(word: string): string {
  let out = '';
  let prev = -1;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (k > 0 && MEDIAL_VOWEL_CODES.has(c)) continue;
    if (c === prev && c >= 97 && c <= 122) continue;
    out += word[k];
    prev = c;
  }
  return out;
}

const MEDIAL_VOWEL_CODES: ReadonlySet<number> = new Set([...'aeiouy'].map((v) => v.charCodeAt(0)));

/** Memoised for the finders: news repeats the same names, so most folds are cache hits. */
export const foldNameCached = boundedMemo(foldName);
