/**
 * The weekday shortcut in resolve-dates answers without chrono for stretches holding a lone weekday. It must give
 * exactly what chrono gives: every stretch here is read both ways (readChronoIn, with the shortcut; readChronoAll,
 * chrono every time) and the mentions compared. The stretches are every date hint in the test fixtures with three
 * context widths, and seeded random word sequences built to sit on the shortcut's edges (clock times, connectors,
 * zone abbreviations and numbers next to a weekday, and the words chrono's other parsers read).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChronoAll, readChronoIn } from '../../src/nlp/resolve-dates.js';

const PUBS = [new Date(2025, 2, 6, 12), new Date(2024, 10, 28, 12), new Date(2024, 0, 7, 12)];
const HINT = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day|jan(?:uary)?|march|may|dec|yesterday|today|ago|last\s+week)\b/gi;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): (k: number) => number {
  let s = seed >>> 0;
  return (k) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
}

const WEEKDAYS = ['Monday', 'on Tuesday', 'Wednesday', 'last Thursday', 'Friday,', 'on Saturday', 'this Sunday', 'past Monday'];
/** Words around a weekday that decide whether chrono merges or extends it. */
const EDGE_WORDS = [
  '5', '12', '17', '24', '3', '269', '2019', '10:30', '5pm', '7 am', '3 p.m.', "o'clock", 'at 5', 'from 10 to 12', 'at', 'on',
  'of', 'to', 'until', 'through', 'till', 'from', 'T', 't', '-', ',', 'and', 'after', 'before', 'At', 'GMT', 'GMT+3', 'UTC',
  '+3', 'EST', 'est', 'CAT', 'cat', 'PT', 'ET', 'HTS', 'UN', 'MSK', 'rose', 'people', 'killed', 'police', 'said',
  'Dunmere', 'wounded', 'clock', 'since', 'early', 'late', 'a', 'the', 'Sat', 'Mon', 'x', '(', ')', '.', '\n', 'art',
  'flat', 'was_5', 'night', 'morning', 'week', 'next week', 'weekend', 'afternoon', 'evening', 'Morning', 'this morning',
  'midnight', 'noon', 'morning,', 'AM', 'PM', 'BST', 'PST', 'EEST', 'IDT', 'ISIS', 'NATO', 'SDF', 'WHO', '(HTS)', 'Ab',
];
/** Words chrono's other parsers read. */
const CHRONO_WORDS = [
  '10-15', '1.5', '3/4', '2019 12 3', '12th', 'days', 'd', 'm', 's', 'years', 'hours', 'ago', 'later', 'within', 'in',
  'for', 'they', 'them', 'ones', 'a few', 'several', 'now', 'today', 'tonight', 'noon', 'March', 'may', 'Dec',
  'the market', 'out', 'about', 'afternoon', 'end of', 'month', 'this week', 'yesterday', 'last night',
];

function expectSame(stretch: string): void {
  for (const pub of [...PUBS, null]) {
    expect(readChronoIn(stretch, pub), JSON.stringify({ stretch, pub })).toEqual(readChronoAll(stretch, pub));
  }
}

describe('resolve-dates weekday shortcut', () => {
  it('reads every date hint of the fixtures as chrono does', () => {
    const texts = files('test/fixtures').filter((f) => /\.(txt|html|xml|jsonl|json)$/.test(f)).map((f) => readFileSync(f, 'utf8'));
    const seen = new Set<string>();
    for (const text of texts) {
      for (const m of text.matchAll(HINT)) {
        for (const width of [20, 48, 80]) {
          const stretch = text.slice(Math.max(0, m.index - width), m.index + m[0].length + width);
          if (!seen.has(stretch)) seen.add(stretch);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(100);
    for (const stretch of seen) expectSame(stretch);
  });

  it('reads a weekday with a part of the day, or an upper-case word after it, as chrono does', () => {
    for (const day of ['Wednesday', 'on Wednesday', 'last Friday', 'Sunday,']) {
      for (const part of ['', ' morning', '  evening', '   night', ' afternoon', ', morning', ' this morning', ' noon']) {
        for (const after of ['.', ', HTS said', ', EST', ' (PST) and', ' UN', ' est', ' at 5', ' morning', ' and then 12']) {
          expectSame(`Fighting began ${day}${part}${after} in the north`);
          expectSame(`morning fighting began ${day}${part}${after}`);
        }
      }
    }
  });

  it('reads generated stretches around a weekday as chrono does', () => {
    const rnd = random(20241128);
    for (let i = 0; i < 4000; i++) {
      const vocabulary = rnd(4) === 0 ? [...EDGE_WORDS, ...CHRONO_WORDS] : EDGE_WORDS;
      const parts = Array.from({ length: 2 + rnd(10) }, () => vocabulary[rnd(vocabulary.length)]);
      parts.splice(rnd(parts.length + 1), 0, WEEKDAYS[rnd(WEEKDAYS.length)]);
      expectSame(parts.join([' ', ' ', ' ', '', ', ', '  '][rnd(6)]));
    }
  });

  it('keeps chrono for what the shortcut must not answer', () => {
    const pub = PUBS[1];
    const cases: Array<[string, string[]]> = [
      ['On Wednesday, 12 people died.', ['On Wednesday']],
      ['The attack on Monday at 5 pm killed two.', ['on Monday at 5 pm']],
      ['Fighting went on from Monday to Wednesday.', ['Monday to Wednesday']],
      ['It began on Wednesday morning.', ['on Wednesday morning']],
      ['Police said on Friday, 3 March, that it ended.', ['on Friday, 3 March']],
    ];
    for (const [text, want] of cases) {
      expect(readChronoIn(text, pub).map((d) => text.slice(d.span[0], d.span[1]))).toEqual(want);
      expectSame(text);
    }
  });
});
