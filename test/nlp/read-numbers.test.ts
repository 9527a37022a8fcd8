import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/nlp/read-numbers.js';

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
