import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentWords, readNumbers, WORD_RE, wordsOf } from '../../src/nlp/read-numbers.js';

const one = (text: string) => {
  const all = readNumbers(text);
  expect(all.length).toBe(1);
  const [m] = all;
  return { ...m, text: text.slice(m.span[0], m.span[1]), q: m.qualifierSpan ? text.slice(m.qualifierSpan[0], m.qualifierSpan[1]) : null };
};

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Writes 1..999999 out in English words ("two hundred and forty-five thousand three hundred and one"). */
function spell(n: number): string {
  const below1000 = (x: number): string => {
    const parts: string[] = [];
    if (x >= 100) parts.push(`${UNITS[Math.floor(x / 100)]} hundred`);
    const r = x % 100;
    if (r) {
      if (x >= 100) parts.push('and');
      parts.push(r < 20 ? UNITS[r] : TENS[Math.floor(r / 10)] + (r % 10 ? `-${UNITS[r % 10]}` : ''));
    }
    return parts.join(' ');
  };
  if (n === 0) return 'zero';
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return [th ? `${below1000(th)} thousand` : '', rest ? below1000(rest) : ''].filter(Boolean).join(' ');
}

describe('readNumbers', () => {
  it('reads digits with separators and scale words', () => {
    expect(one('over 14,000 people').value).toBe(14000);
    expect(one('1.5 million people').value).toBe(1_500_000);
    expect(one('half a million people').value).toBe(500_000);
    expect(one('a dozen people').value).toBe(12);
    expect(one('twenty-one soldiers').value).toBe(21);
    expect(one('one hundred and five').value).toBe(105);
  });
  it('reads qualifiers before and after the number', () => {
    expect(one('more than 180 fighters')).toMatchObject({ qualifier: 'more-than', q: 'more than', text: '180' });
    expect(one('at least 19 civilians')).toMatchObject({ qualifier: 'at-least', q: 'at least' });
    expect(one('almost 7,000 families')).toMatchObject({ qualifier: 'almost', value: 7000 });
    expect(one('some 200 people')).toMatchObject({ qualifier: 'about' });
    expect(one('as many as 30 workers')).toMatchObject({ qualifier: 'up-to' });
    expect(one('100 or more people')).toMatchObject({ qualifier: 'at-least', q: 'or more' });
    expect(one('a 200-plus toll')).toMatchObject({ qualifier: 'more-than', value: 200 });
  });
  it('reads ranges and vague amounts', () => {
    expect(one('between 10 and 15 people')).toMatchObject({ value: null, low: 10, high: 15, qualifier: 'range', q: 'between' });
    expect(one('10-15 people')).toMatchObject({ low: 10, high: 15, qualifier: 'range' });
    expect(one('two or three people')).toMatchObject({ low: 2, high: 3, qualifier: 'range' });
    expect(one('dozens of people')).toMatchObject({ value: null, low: 24, high: 99, qualifier: 'vague' });
    expect(one('tens of thousands of people')).toMatchObject({ text: 'tens of thousands', low: 20_000, qualifier: 'vague' });
    expect(one('several people')).toMatchObject({ low: 3, high: 9, qualifier: 'vague' });
  });
  it('does not read names, ordinals and clock times as numbers', () => {
    expect(readNumbers('the M5 highway, the 46th Regiment, at 10:30, an F-16')).toEqual([]);
    expect(readNumbers('many people and multiple sites')).toEqual([]);
  });
  it('round-trips digits with thousands separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const text = `about ${n.toLocaleString('en-US')} people`;
        const ms = readNumbers(text);
        expect(ms.length).toBe(1);
        expect(ms[0].value).toBe(n);
        expect(text.slice(ms[0].span[0], ms[0].span[1])).toBe(n.toLocaleString('en-US'));
      }),
    );
  });
  it('reads every number 0..999999 written out in words (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        const words = spell(n);
        const ms = readNumbers(`Officials said ${words} people were affected.`);
        expect(ms.map((m) => m.value)).toEqual([n]);
      }),
      { numRuns: 500 },
    );
  });
  it('keeps spans inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (const m of readNumbers(s)) {
          expect(m.span[0]).toBeGreaterThanOrEqual(0);
          expect(m.span[1]).toBeLessThanOrEqual(s.length);
          expect(m.span[0]).toBeLessThan(m.span[1]);
        }
      }),
    );
  });
});

/** The words as WORD_RE's matches give them, by sticky regex tests: what the scanner in wordsOf must reproduce. */
function wordsByRegex(text: string, start: number, end: number) {
  const spaces = /\s+/uy;
  const word = new RegExp(WORD_RE.source, 'uy');
  const slice = text.slice(0, end);
  const out: Array<{ text: string; lower: string; start: number; end: number }> = [];
  let at = start > 0 && /^[\udc00-\udfff]$/.test(slice[start] ?? '') && /^[\ud800-\udbff]$/.test(slice[start - 1]) ? start - 1 : start;
  for (;;) {
    spaces.lastIndex = at;
    if (spaces.test(slice)) at = spaces.lastIndex;
    word.lastIndex = at;
    if (!word.test(slice)) break;
    const w = slice.slice(at, word.lastIndex);
    out.push({ text: w, lower: w.toLowerCase(), start: at, end: word.lastIndex });
    at = word.lastIndex;
  }
  return out;
}

describe('wordsOf', () => {
  const PIECES = ['a', 'B', 'é', 'e\u0301', '\u0301', '1', '2', '.', ',', "'", '’', ' ', '\n', '\t', '\u00a0', '\u2009', '-', '+',
    '$', '٣', '𝐀', '😀', '\ud800', '\udc00', 'ß', 'İ', 'Σ', '中', 'ا', '\u200b', '\ufeff', '_', 'don’t', '14,000', '1.5',
    'Za', "O'Neil", 'x5', '@', '[', '`', '{', 'Qé', 'aΣ'];
  it('splits exactly as WORD_RE matches, with any start and end (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const start = text.length ? x % (text.length + 1) : 0;
        const end = start + (text.length - start ? y % (text.length - start + 1) : 0);
        expect(wordsOf(text, start, end)).toEqual(wordsByRegex(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('documentWords', () => {
  it('keeps each document its own words while other documents are read in between', () => {
    const a = { text: 'Twelve people died in Arvel.' };
    const b = { text: 'Floods cut off 300 homes.' };
    const wa = documentWords(a);
    const wb = documentWords(b);
    expect(wa.map((w) => w.text)).toEqual(['Twelve', 'people', 'died', 'in', 'Arvel', '.']);
    expect(wb.map((w) => w.text)).toEqual(['Floods', 'cut', 'off', '300', 'homes', '.']);
    expect(documentWords(a)).toBe(wa); // split once per document
    // two documents with the same text are still two documents
    expect(documentWords({ text: a.text })).not.toBe(wa);
  });
  it('reads a document again when its text has changed', () => {
    const d = { text: 'Two died.' };
    documentWords(d);
    d.text = 'Nine were hurt.';
    expect(documentWords(d).map((w) => w.text)).toEqual(['Nine', 'were', 'hurt', '.']);
  });
});
