/**
 * Stage `tokenize`: tokens and sentences from wink-nlp, with half-open character spans into the cleaned text.
 * wink-nlp reports token values and the whitespace before each; offsets are recovered by walking the text, so a
 * span always slices back to the token's own characters. Headings become sentences of their own, marked `heading`.
 */
import type { SitrepDocument, Sentence, Token } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';
import { nlp } from './wink.js';

export const tokenize = defineStage({
  name: 'tokenize',
  requires: ['text', 'headings'],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    const { tokens, sentences } = tokenizeText(doc.text);
    const headingStarts = new Set(doc.headings.map((h) => h.span[0]));
    doc.tokens = tokens;
    doc.sentences = splitAtLines(doc.text, sentences, tokens).map((s) =>
      headingStarts.has(s.span[0]) ? { ...s, heading: true } : s,
    );
  },
});

export function tokenizeText(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const its = nlp().its;
  const wdoc = nlp().readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const types = wdoc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  const tokenIndex: number[] = []; // wink token index -> our index (-1 for whitespace tokens)
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (types[i] === 'tabCRLF' || v.trim() === '') {
      tokenIndex.push(-1);
      continue;
    }
    const found = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
    // wink normalised the token: anchor it at the cursor rather than lose it
    const at = found < 0 ? cursor : found;
    const end = Math.min(text.length, at + v.length);
    tokenIndex.push(tokens.length);
    // a token found in the text spells its own span: wink's string is reused instead of slicing a copy
    tokens.push({ span: [at, end], text: found < 0 ? text.slice(at, end) : v, pos: pos[i], type: types[i] });
    cursor = end;
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of wdoc.sentences().out(its.span) as [number, number][]) {
    let a = first;
    while (a <= last && tokenIndex[a] < 0) a++;
    let b = last;
    while (b >= a && tokenIndex[b] < 0) b--;
    if (a > b) continue;
    const ta = tokenIndex[a];
    const tb = tokenIndex[b];
    sentences.push({ span: [tokens[ta].span[0], tokens[tb].span[1]], tokens: [ta, tb + 1] });
  }
  return { tokens, sentences };
}

/** Cleaned text keeps one paragraph or heading per line; a sentence never crosses a line break. */
function splitAtLines(text: string, sentences: Sentence[], tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let startTok = s.tokens[0];
    for (let t = s.tokens[0] + 1; t < s.tokens[1]; t++) {
      if (hasNewline(text, tokens[t - 1].span[1], tokens[t].span[0])) {
        out.push(make(tokens, startTok, t));
        startTok = t;
      }
    }
    out.push(make(tokens, startTok, s.tokens[1]));
  }
  return out;
}

function hasNewline(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function make(tokens: Token[], a: number, b: number): Sentence {
  return { span: [tokens[a].span[0], tokens[b - 1].span[1]], tokens: [a, b] };
}
