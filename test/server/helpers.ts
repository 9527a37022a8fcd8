/**
 * Test helpers for the server: invented documents with hand-placed figures, actors and places (spans found by
 * substring so they always slice back), and a stand-in backend for stories, brief and export so the API is tested
 * on its own. Ingest goes through the real pipeline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SitrepDocument, Span } from '../../src/model/document.js';
import type { Figure, FigureKind, Side } from '../../src/model/figure.js';
import type { Place } from '../../src/model/entities.js';
import { defaultBackend } from '../../src/server/default-backend.js';
import type { Backend, BriefJson, StoryDetail } from '../../src/server/types.js';
import { openStore, type Store } from '../../src/store/index.js';

export interface FigureSpec {
  quote: string;
  kind: FigureKind;
  value: number;
  side?: Side;
  qualifier?: Figure['qualifier'];
  source?: string | null;
  asOf?: string;
  place?: string;
  unit?: Figure['unit'];
}

export interface DocSpec {
  id: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
  figures?: FigureSpec[];
  places?: { name: string; lat: number; lon: number; precision: Place['precision'] }[];
  actors?: { name: string; type?: 'monitor' | 'government' | 'ngo' }[];
}

function spanOf(text: string, quote: string, from = 0): Span {
  const at = text.indexOf(quote, from);
  if (at < 0) throw new Error(`fixture: "${quote}" is not in the text`);
  return [at, at + quote.length];
}

function allSpans(text: string, quote: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push([at, at + quote.length]);
  return out;
}

export function makeDoc(spec: DocSpec): SitrepDocument {
  const text = spec.text;
  const sentences = text.split(/(?<=\.)\s+/).reduce<{ span: Span; tokens: [number, number] }[]>((acc, s) => {
    const start = text.indexOf(s, acc.length ? acc[acc.length - 1].span[1] : 0);
    acc.push({ span: [start, start + s.length], tokens: [0, 0] });
    return acc;
  }, []);
  const figures: Figure[] = (spec.figures ?? []).map((f) => {
    const span = spanOf(text, f.quote);
    const place = f.place ? spec.places?.find((p) => p.name === f.place) : undefined;
    return {
      kind: f.kind, value: f.value, low: null, high: null, qualifier: f.qualifier ?? 'exact', unit: f.unit ?? 'people',
      victims: { side: f.side ?? 'all', text: null, actor: null }, source: f.source ?? null, scope: 'event',
      asOf: f.asOf ?? spec.published.slice(0, 10),
      place: place ? { name: place.name, lat: place.lat, lon: place.lon, country: 'Testland', admin1: null, precision: place.precision } : null,
      cause: null, partOf: null, span, quote: f.quote,
      sentence: sentences.find((s) => s.span[0] <= span[0] && span[1] <= s.span[1])?.span,
    };
  });
  return {
    id: spec.id,
    origin: { location: `${spec.id}.txt`, format: 'text' },
    source: text,
    text,
    offsets: { segments: [[0, 0, text.length]] },
    meta: { title: spec.title, outlet: spec.outlet, url: null, published: spec.published, publishedFrom: 'option', language: 'en', byline: null, dateline: null },
    headings: [],
    removed: [{ text: 'Subscribe to our newsletter', reason: 'prompt', rule: 'prompt:subscribe', sourceSpan: [0, 0] }],
    messages: [],
    tokens: [{ span: [0, 1], text: text[0], pos: 'X', type: 'word' }],
    sentences,
    figures,
    places: (spec.places ?? []).map((p) => ({ ...p, country: 'Testland', admin1: null, kind: 'populated', geonameId: null, population: null, mentions: allSpans(text, p.name) })),
    actors: (spec.actors ?? []).map((a) => ({ name: a.name, type: a.type ?? 'monitor', side: null, aliases: [], mentions: allSpans(text, a.name) })),
  };
}

/** An invented flood in an invented river town, three reports that disagree on the toll. */
export const FLOOD_DOCS: DocSpec[] = [
  {
    id: 'flood-1', outlet: 'Harbor Chronicle', published: '2024-05-02T08:00:00Z', title: 'Floods hit Velmar',
    text: 'Floods swept through the river town of Velmar on Wednesday. At least 12 people were killed, the Regional Disaster Agency said. About 3,000 residents fled their homes.',
    figures: [
      { quote: 'At least 12 people were killed', kind: 'killed', value: 12, qualifier: 'at-least', source: 'Regional Disaster Agency', place: 'Velmar' },
      { quote: 'About 3,000 residents fled', kind: 'displaced', value: 3000, qualifier: 'about', source: null, place: 'Velmar' },
    ],
    places: [{ name: 'Velmar', lat: 46.2, lon: 24.8, precision: 'exact' }],
    actors: [{ name: 'Regional Disaster Agency', type: 'government' }],
  },
  {
    id: 'flood-2', outlet: 'Northern Ledger', published: '2024-05-03T09:00:00Z', title: 'Velmar flood toll rises to 19',
    text: 'The death toll from the Velmar floods rose to 19, the Regional Disaster Agency said on Thursday. Aid groups said more than 4,500 people were displaced across Lower Brana province.',
    figures: [
      { quote: 'death toll from the Velmar floods rose to 19', kind: 'killed', value: 19, source: 'Regional Disaster Agency', place: 'Velmar' },
      { quote: 'more than 4,500 people were displaced', kind: 'displaced', value: 4500, qualifier: 'more-than', source: 'aid groups' },
    ],
    places: [{ name: 'Velmar', lat: 46.2, lon: 24.8, precision: 'exact' }, { name: 'Lower Brana', lat: 46.5, lon: 25.3, precision: 'admin1' }],
    actors: [{ name: 'Regional Disaster Agency', type: 'government' }],
  },
  {
    id: 'flood-3', outlet: 'Valley Radio', published: '2024-05-03T18:00:00Z', title: 'Officials dispute Velmar toll',
    text: 'Local officials near Velmar put the number of dead at 31, a figure the agency disputed. Two villages outside the town remain cut off.',
    figures: [{ quote: 'the number of dead at 31', kind: 'killed', value: 31, source: 'local officials', asOf: '2024-05-03' }],
    places: [{ name: 'Velmar', lat: 46.21, lon: 24.81, precision: 'approximate' }],
  },
];

/** A stand-in for stories, brief and export: every stored document in one story, a small brief. */
export function stubBackend(store: Store, overrides: Partial<Backend> = {}): Backend {
  const real = defaultBackend();
  const story = async (): Promise<StoryDetail> => {
    const docs = await store.listDocuments({ limit: 5000, offset: 0 });
    const dates = docs.map((d) => d.published ?? '').filter(Boolean).sort();
    return {
      id: 'story-1', label: 'Floods in Velmar', firstReport: dates[0] ?? null, lastReport: dates[dates.length - 1] ?? null,
      documentCount: docs.length, dateRange: null,
      documents: docs.map((d) => ({ id: d.id, outlet: d.outlet, published: d.published, title: d.title, url: d.url })),
    };
  };
  const brief = (s: { id: string; label: string; documents: SitrepDocument[] }): BriefJson => ({
    story: { id: s.id, label: s.label, documents: s.documents.length },
    quantities: [{ kind: 'killed', victims: { side: 'all', text: 'people' }, unit: 'people', low: 12, best: 19, high: 31, latest: null, originators: ['Regional Disaster Agency'] }],
    differences: [{ about: 'killed', kind: 'conflict', figures: [{ value: 19, source: 'Regional Disaster Agency', doc: 'flood-2' }, { value: 31, source: 'local officials', doc: 'flood-3' }], favoured: { value: 19 }, why: 'the agency counts bodies; officials estimate' }],
    summary: [{ text: 'Floods in Velmar killed at least 19 people.', citations: [{ doc: 'flood-2' }] }],
  });
  return {
    ...real,
    listStories: async () => ((await store.countDocuments()) ? [await story()] : []),
    getStory: async (_s, id) => (id === 'story-1' ? story() : null),
    storyDocuments: async (_s, id) => (id === 'story-1' ? store.getDocuments((await story()).documents.map((d) => d.id)) : []),
    buildBrief: async (s) => brief(s),
    renderBrief: async (b, format) => (format === 'md' ? `# ${(b.story as { label: string }).label}\n` : `<h1>brief</h1>`),
    exportStories: async (stories, format) => JSON.stringify({ format, stories: stories.length, documents: stories.reduce((n, x) => n + x.documents.length, 0) }),
    ...overrides,
  };
}

export async function tempStore(): Promise<{ store: Store; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-server-test-'));
  const store = await openStore(join(dir, 'test.db'));
  return { store, dir, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
