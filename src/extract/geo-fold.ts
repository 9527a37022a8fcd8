/**
 * Name folding for gazetteer lookup, so transliterations meet: "Saraqeb" = "Sarāqib", "Atareb" = "Al Atārib",
 * "Hama" = "Ḩamāh", "Darat Izza" = "Dārat ‘Izzah", "Kfar"/"Kafr".
 *
 * `foldName` is the light key (diacritics, apostrophes, articles, doubled letters, final h after a vowel);
 * `skeletonKey` is the heavy key (also q/k, ou/u, vowels after the first letter of each word), used only for places
 * in the report's own countries, where collisions are few.
 */
import { boundedMemo } from './bounded-memo.js';

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
/** Letter substitutions that transliteration systems disagree on (applied in the skeleton only). */
const SKELETON_SUBS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ou/g, 'u'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/gh/g, 'g'],
  [/sh/g, 's'],
  [/kh/g, 'k'],
  [/j/g, 'g'],
];
const MEDIAL_VOWELS = /(?<=.)[aeiouy]/g;

export function foldName(name: string): string {
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

export function skeletonKey(name: string): string {
  let s = foldName(name);
  for (const [re, to] of SKELETON_SUBS) s = s.replace(re, to);
  return s
    .split(' ')
    .map((w) => w.replace(MEDIAL_VOWELS, '').replace(DOUBLED, '$1'))
    .join(' ');
}

/** Memoised for the finders: news repeats the same names, so most folds are cache hits. */
export const foldNameCached = boundedMemo(foldName);
export const skeletonKeyCached = boundedMemo(skeletonKey);
