/**
 * Stage `tokenize`: tokens and sentences from wink-nlp, with half-open character spans into the cleaned text.
 * wink-nlp reports token values and the whitespace before each; offsets are recovered by walking the text, so a
 * span always slices back to the token's own characters. Headings become sentences of their own, marked `heading`.
 */
import type { Sentence, Token } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';
import { nlp } from './wink.js';
import { noteSortedByStart } from './token-index.js';

export const tokenize = defineStage({
  name: 'tokenize',
  requires: ['text', 'headings'],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    const { tokens, ranges } = readTokens(doc.text);
    const headings = doc.headings;
    const headingStarts = headings.length ? new Set(headings.map((h) => h.span[0])) : null;
    const sentences: Sentence[] = [];
    for (let k = 0; k < ranges.length; k += 2) {
      splitAtLines(doc.text, tokens, ranges[k], ranges[k + 1], sentences, headingStarts);
    }
    doc.tokens = tokens;
    doc.sentences = sentences;
    noteSortedByStart(tokens); // readTokens places each token at or after the one before
  },
});

export function tokenizeText(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const { tokens, ranges } = readTokens(text);
  const sentences: Sentence[] = [];
  for (let k = 0; k < ranges.length; k += 2) sentences.push(make(tokens, ranges[k], ranges[k + 1]));
  return { tokens, sentences };
}

/**
 * Tokens with their spans, and wink-nlp's sentences as token index ranges (pairs of start and end, half-open;
 * whitespace tokens are dropped, and a sentence of whitespace only with them).
 */
function readTokens(text: string): { tokens: Token[]; ranges: number[] } {
  const its = nlp().its;
  const wdoc = nlp().readDoc(text);
  const winkTokens = wdoc.tokens();
  const values = winkTokens.out(its.value) as string[];
  const pos = winkTokens.out(its.pos) as string[];
  const types = winkTokens.out(its.type) as string[];
  const tokens: Token[] = [];
  const tokenIndex = new Int32Array(values.length); // wink token index -> our index (-1 for whitespace tokens)
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (types[i] === 'tabCRLF' || isBlank(v)) {
      tokenIndex[i] = -1;
      continue;
    }
    const found = find(text, v, cursor);
    // wink normalised the token: anchor it at the cursor rather than lose it
    const at = found < 0 ? cursor : found;
    const end = Math.min(text.length, at + v.length);
    tokenIndex[i] = tokens.length;
    // a token found in the text spells its own span: wink's string is reused instead of slicing a copy
    tokens.push({ span: [at, end], text: found < 0 ? text.slice(at, end) : v, pos: pos[i], type: types[i] });
    cursor = end;
  }
  const ranges: number[] = [];
  for (const [first, last] of wdoc.sentences().out(its.span) as [number, number][]) {
    let a = first;
    while (a <= last && tokenIndex[a] < 0) a++;
    let b = last;
    while (b >= a && tokenIndex[b] < 0) b--;
    if (a > b) continue;
    ranges.push(tokenIndex[a], tokenIndex[b] + 1);
  }
  return { tokens, ranges };
}

/** The first occurrence of `v` at or after `from`; tokens usually follow a run of spaces, which is stepped over. */
function find(text: string, v: string, from: number): number {
  let at = from;
  if (v.charCodeAt(0) !== 32) while (text.charCodeAt(at) === 32) at++;
  return text.startsWith(v, at) ? at : text.indexOf(v, from);
}

/** Same as `v.trim() === ''`, without trimming a token that starts with a visible character. */
function isBlank(v: string): boolean {
  const c = v.charCodeAt(0);
  // every character trim() removes is at most a space, a no-break space, or from U+1680 up
  if (c > 32 && c !== 160 && c < 0x1680) return false;
  return v.trim() === '';
}

/**
 * Cleaned text keeps one paragraph or heading per line; a sentence never crosses a line break. Appends the pieces
 * of tokens [a, b) to `out`, marking those that start a heading.
 */
function splitAtLines(text: string, tokens: Token[], a: number, b: number, out: Sentence[], headingStarts: ReadonlySet<number> | null): void {
  let startTok = a;
  for (let t = a + 1; t < b; t++) {
    if (hasNewline(text, tokens[t - 1].span[1], tokens[t].span[0])) {
      out.push(piece(tokens, startTok, t, headingStarts));
      startTok = t;
    }
  }
  out.push(piece(tokens, startTok, b, headingStarts));
}

function piece(tokens: Token[], a: number, b: number, headingStarts: ReadonlySet<number> | null): Sentence {
  const s = make(tokens, a, b);
  return headingStarts?.has(s.span[0]) ? { ...s, heading: true } : s;
}

function hasNewline(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function make(tokens: Token[], a: number, b: number): Sentence {
  return { span: [tokens[a].span[0], tokens[b - 1].span[1]], tokens: [a, b] };
}
