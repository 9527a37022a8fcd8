import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { cleanArticle, documentId } from '../../src/ingest/clean-article.js';
import { toSourceSpan, type RawArticle } from '../../src/model/document.js';
import { matchBoilerplate } from '../../src/ingest/boilerplate-rules.js';
import { bylineName, datelineAgency } from '../../src/ingest/extract-byline-dateline.js';
import { expectVerbatimOffsets } from './helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const textArticle = (source: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  origin: { location: 'mem.txt', format: 'text' },
  source,
  meta: {},
  messages: [],
  ...extra,
});

describe('cleanArticle on a page with junk (ferry-teasers.txt)', () => {
  const doc = cleanArticle(textArticle(fixture('ferry-teasers.txt')));

  it('takes the headline as title and byline and timestamp to metadata', () => {
    expect(doc.meta.title).toBe('Ferry capsizes on river crossing; 14 missing');
    expect(doc.meta.byline).toBe('Tomas Rivel and Ana Quist');
    expect(doc.meta.published).toBe('2024-06-14');
    expect(doc.meta.publishedFrom).toBe('text');
  });

  it('removes each junk line with its reason and rule', () => {
    expect(doc.removed.map((r) => [r.reason, r.rule])).toEqual([
      ['other', 'title'],
      ['byline', 'byline'],
      ['dateline', 'timestamp-line'],
      ['related-link', 'section-label'],
      ['related-link', 'also-read'],
      ['teaser', 'teaser-run'],
      ['teaser', 'teaser-run'],
      ['prompt', 'cookie-notice'],
      ['prompt', 'share-prompt'],
    ]);
    for (const r of doc.removed) expect(doc.source.slice(r.sourceSpan[0], r.sourceSpan[1])).toBe(r.text);
  });

  it('keeps every article line, one per line, with the heading', () => {
    expect(doc.text.split('\n')).toEqual([
      'A passenger ferry capsized on the Marren river on Friday evening, leaving 14 people missing, the river police said.',
      'Twenty-six passengers were pulled from the water by fishermen, police spokesman Oren Tal said. The ferry was licensed to carry 30.',
      'Survivors said the boat took on water in strong wind halfway across.',
      'Rescue efforts',
      'Divers resumed the search at first light on Saturday, the police said.',
      '"We are not giving up," said Tal.',
    ]);
    expect(doc.headings).toHaveLength(1);
    expect(doc.text.slice(...doc.headings[0].span)).toBe('Rescue efforts');
    expectVerbatimOffsets(doc);
  });

  it('derives a stable id from the cleaned text', () => {
    expect(doc.id).toMatch(/^d[0-9a-f]{16}$/);
    expect(doc.id).toBe(documentId(doc.text));
    expect(cleanArticle(textArticle(fixture('ferry-teasers.txt'), { id: 'given-7' })).id).toBe('given-7');
  });
});

describe('hard-wrapped wire text (quake-wrapped.txt)', () => {
  const doc = cleanArticle(textArticle(fixture('quake-wrapped.txt')));
  it('joins wrapped lines, cuts the dateline into metadata, keeps list items and the heading', () => {
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe(
      'A magnitude 6.4 earthquake struck off the coast of the invented province of Veloria early on Monday, killing at least nine people and injuring 40, the provincial disaster office said.',
    );
    expect(lines.slice(2)).toEqual(['Damage assessment', '- 112 houses destroyed', '- 3 schools damaged', 'Officials said aftershocks were expected for several days.']);
    expect(doc.meta.dateline).toBe('PORT ALDER, March 3 (Harbour Wire)');
    expect(doc.headings.map((h) => h.text)).toEqual(['Damage assessment']);
    expectVerbatimOffsets(doc);
  });
  it('maps a span in the cleaned text back to the same words in the source', () => {
    const at = doc.text.indexOf('killing at least nine');
    const [s, e] = toSourceSpan(doc.offsets, [at, at + 'killing at least nine'.length]);
    expect(doc.source.slice(s, e)).toBe('killing at least nine');
  });
});

describe('normalisation', () => {
  it('composes to NFC, collapses odd whitespace and drops zero-width characters, keeping offsets', () => {
    const source = 'Intro line that is long enough to be a paragraph.\nCafe\u0301\u00a0owners\u200b  said  the\u00adtoll rose to 12.\nLast line of the report.';
    const doc = cleanArticle(textArticle(source));
    expect(doc.text.split('\n')[1]).toBe('Café owners said thetoll rose to 12.');
    expectVerbatimOffsets(doc);
    const at = doc.text.indexOf('12');
    expect(doc.source.slice(...toSourceSpan(doc.offsets, [at, at + 2]))).toBe('12');
  });

  it('never throws and keeps segments verbatim on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const doc = cleanArticle(textArticle(s));
        expectVerbatimOffsets(doc);
        for (const h of doc.headings) expect(doc.text.slice(...h.span)).toBe(h.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rules that must not fire on article text', () => {
  it('keeps "By the end of …" sentences and a single on-topic line ending in an ellipsis', () => {
    const source = [
      'Rescuers searched the collapsed stadium stand in Orvel through the night, officials said.',
      'By the end of Tuesday, rescuers had pulled 31 people from the collapsed stand, the fire service said.',
      'The fire chief said the search of the collapsed stand would go on "as long as there is hope..."',
      'The stand collapsed in Orvel during the cup final, officials said...',
      'Officials said an inquiry would begin next week.',
    ].join('\n');
    const doc = cleanArticle(textArticle(source));
    expect(doc.removed).toEqual([]);
    expect(doc.meta.byline).toBeNull();
  });

  it('does not take long sentences that mention newsletters or cookies for prompts', () => {
    expect(matchBoilerplate('The ministry said its weekly newsletter had warned residents about the flood risk two days before the river burst its banks near the town.')).toBeNull();
    expect(matchBoilerplate('Residents get alerts on their phones when the river rises.')).toBeNull();
    expect(matchBoilerplate('Print media outlets were barred from the area, the union said.')).toBeNull();
    expect(matchBoilerplate('Sign up for the morning briefing, delivered free every weekday.')?.name).toBe('newsletter-prompt');
  });

  it('reads bylines but not sentences starting with By', () => {
    expect(bylineName('By Amina Garba')).toBe('Amina Garba');
    expect(bylineName('By Idrissa Moussa · 12 March 2025')).toBe('Idrissa Moussa');
    expect(bylineName('By Wednesday, the army had retaken the town.')).toBeNull();
    expect(bylineName('By nightfall on the second day, the floodwater had reached the market.')).toBeNull();
  });
});

describe('bad use', () => {
  it('throws a helpful error for a call without a RawArticle', () => {
    expect(() => cleanArticle({} as RawArticle)).toThrow(/readInputs/);
  });
});

describe('outlet from the dateline credit', () => {
  const wire = 'Militants attack army base in Diffa\nDIFFA, Niger, March 11 (CPA) — Fighters attacked an army base before dawn on Tuesday, killing at least 23 people, a monitor said.';

  it('credits the agency a dateline names when the input names no outlet', () => {
    const doc = cleanArticle(textArticle(wire));
    expect(doc.meta.dateline).toBe('DIFFA, Niger, March 11 (CPA)');
    expect(doc.meta.outlet).toBe('CPA');
  });

  it('spells out known wire agencies and keeps an outlet the input gave', () => {
    const ap = 'Quake hits coastal town\nKYIV, Ukraine, May 2 (AP) — A strong earthquake struck the coast on Friday, killing at least nine people, officials said.';
    expect(cleanArticle(textArticle(ap)).meta.outlet).toBe('Associated Press');
    expect(cleanArticle(textArticle(wire, { meta: { outlet: 'Niamey Evening Post' } })).meta.outlet).toBe('Niamey Evening Post');
    expect(datelineAgency('BEIRUT, March 3 (Reuters)')).toBe('Reuters');
    expect(datelineAgency('PARIS, Jan 5 (A.F.P.)')).toBe('Agence France-Presse');
    expect(datelineAgency('GAZA, March 3 (Updated)')).toBeNull();
    expect(datelineAgency('GAZA, March 3')).toBeNull();
  });

  it('leaves the outlet empty without a credit', () => {
    const doc = cleanArticle(textArticle('Floods in the valley\nVELMAR, May 3 — The river burst its banks on Friday, forcing 300 families from their homes, officials said.'));
    expect(doc.meta.outlet).toBeNull();
  });
});
