import { describe, expect, it } from 'vitest';
import { representDocument, stem, documentDay } from '../../src/stories/represent-document.js';
import { formatDayRange, labelStory } from '../../src/stories/label-story.js';
import { absorb } from '../../src/stories/cluster-stories.js';
import { emptyStory, dayOf } from '../../src/stories/story-model.js';
import { documentVector } from '../../src/stories/story-similarity.js';
import type { SitrepDocument } from '../../src/model/document.js';
import { makeDoc } from './fixture-docs.js';

const TEXT =
  'Floods swept through Port Velman on Tuesday. Rescuers said the flooding cut the Velman bridge. ' +
  'Officials in Port Velman said 14 people drowned. Floods are common here, said a resident of Orsk.';

function analysed(): SitrepDocument {
  const doc = makeDoc({ id: 'x1', text: TEXT, published: '2025-05-07', title: 'Deadly Floods Hit Port Velman' });
  doc.actors = [
    { name: 'Velman Coast Guard', type: 'state-force', side: 'state', aliases: [], mentions: [[0, 1]] },
    { name: 'the Tide Front', type: 'nonstate-armed-group', side: 'nonstate', aliases: [], mentions: [[0, 1], [2, 3]] },
    { name: 'police', type: 'state-force', side: 'state', aliases: [], mentions: [[0, 1]] },
    { name: 'civilians', type: 'civilians', side: null, aliases: [], mentions: [[0, 1]] },
    { name: 'Lantern Daily', type: 'media', side: null, aliases: [], mentions: [[0, 1]] },
  ];
  doc.places = [
    { name: 'Port Velman', lat: 10, lon: 20, country: 'XX', admin1: 'North', precision: 'exact', kind: 'populated', geonameId: null, population: null, mentions: [[0, 1], [2, 3]] },
    { name: 'North Province', lat: 11, lon: 21, country: 'XX', admin1: null, precision: 'admin1', kind: 'admin1', geonameId: null, population: null, mentions: [[0, 1]] },
    { name: 'Examplestan', lat: 12, lon: 22, country: 'XX', admin1: null, precision: 'country', kind: 'country', geonameId: null, population: null, mentions: [[0, 1]] },
  ];
  doc.events = [
    { type: 'Violence against civilians', subType: 'Attack', actor1: 'the Tide Front', actor2: null, date: '2025-05-06', datePrecision: 'day', place: 0, figures: [], fatalities: { low: null, best: null, high: null }, span: [0, 5] },
    { type: 'Violence against civilians', subType: 'Attack', actor1: null, actor2: null, date: '2011-01-01', datePrecision: 'year', place: 0, figures: [], fatalities: { low: null, best: null, high: null }, span: [0, 5] },
  ];
  return doc;
}

describe('representDocument', () => {
  it('stems consistently and leaves short words alone', () => {
    expect(['floods', 'flooded', 'flooding', 'flood'].map(stem)).toEqual(['flood', 'flood', 'flood', 'flood']);
    expect(stem('bus')).toBe('bus');
    expect(stem('casualties')).toBe('casualty');
    expect(stem('strikes')).toBe(stem('strike'));
  });

  it('counts content words (title double), drops stop words, reporting words and numbers', () => {
    const r = representDocument(analysed());
    const terms = new Map(r.terms);
    expect(terms.get('flood')).toBe(3 + 2); // floods, flooding, floods + title "Floods"
    expect(terms.get('velman')).toBe(3 + 2); // Port Velman ×2, Velman bridge, title
    for (const gone of ['said', 'tuesday', 'the', '14', 'officials']) expect(terms.has(gone)).toBe(false);
    expect(r.terms.slice(0, 2)).toEqual([['flood', 5], ['velman', 5]]);
  });

  it('keeps proper nouns as entities, not capitalised sentence starts or title words', () => {
    const r = representDocument(analysed());
    expect(r.entities).toContain('n:velman');
    expect(r.entities).toContain('n:orsk');
    expect(r.entities).toContain('n:port');
    expect(r.entities).not.toContain('n:floods'); // also written lower case
    expect(r.entities).not.toContain('n:rescuers'); // only ever a sentence start
    expect(r.entities).not.toContain('n:deadly'); // title case
  });

  it('keeps named actors with label weights, drops generic, civilian and media actors', () => {
    const r = representDocument(analysed());
    expect(r.actors).toEqual([
      ['Tide Front', 4],
      ['Velman Coast Guard', 2],
    ]);
    expect(r.entities).toContain('a:tide front');
    expect(r.entities).not.toContain('a:police');
  });

  it('keeps towns and provinces (weighted by mentions), not countries', () => {
    const r = representDocument(analysed());
    expect(r.places).toEqual([
      { key: 'port velman', name: 'Port Velman', lat: 10, lon: 20, level: 'local', weight: 2 },
      { key: 'north province', name: 'North Province', lat: 11, lon: 21, level: 'admin1', weight: 1 },
    ]);
  });

  it('dates a document by its day-precise event date, else publication, else stated dates', () => {
    const doc = analysed();
    expect(documentDay(doc)).toBe(dayOf('2025-05-06'));
    doc.events = [];
    expect(documentDay(doc)).toBe(dayOf('2025-05-07'));
    doc.meta.published = null;
    doc.dates = [
      { span: [0, 1], start: '2011-01-01', end: '2011-12-31', precision: 'year', background: false },
      { span: [0, 1], start: '2025-05-05', end: '2025-05-05', precision: 'day', background: false },
    ];
    expect(documentDay(doc)).toBe(dayOf('2025-05-05'));
    doc.dates = [];
    expect(documentDay(doc)).toBeNull();
  });
});

describe('labels', () => {
  it('formats date ranges', () => {
    expect(formatDayRange(dayOf('2024-11-27'), dayOf('2024-11-28'))).toBe('27–28 Nov 2024');
    expect(formatDayRange(dayOf('2024-11-27'), dayOf('2024-11-27'))).toBe('27 Nov 2024');
    expect(formatDayRange(dayOf('2024-11-30'), dayOf('2024-12-02'))).toBe('30 Nov – 2 Dec 2024');
    expect(formatDayRange(dayOf('2024-12-30'), dayOf('2025-01-02'))).toBe('30 Dec 2024 – 2 Jan 2025');
    expect(formatDayRange(null, null)).toBe('undated');
  });

  it('names key actors with the event type, main places and the date range', () => {
    const story = emptyStory('s');
    const r = representDocument(analysed());
    absorb(story, r, documentVector(r, { total: 1, df: () => 1 }));
    expect(labelStory(story)).toBe('Tide Front, Velman Coast Guard attacks on civilians — Port Velman, North Province — 6 May 2025');
  });

  it('falls back to proper nouns when the extract stages found no actors or places', () => {
    const story = emptyStory('s');
    const r = representDocument(makeDoc({ id: 'y', text: TEXT, published: '2025-05-07' }));
    absorb(story, r, documentVector(r, { total: 1, df: () => 1 }));
    expect(labelStory(story)).toBe('Velman, Port — 7 May 2025');
  });
});
