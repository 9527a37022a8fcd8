/**
 * Loads the compact reconcile fixtures (test/fixtures/reconcile/*.json) into SitrepDocuments: each figure's quote is
 * found in the text to give its span and sentence, so fixtures stay readable and spans stay exact.
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SitrepDocument, Span, Qualifier } from '../../src/model/document.js';
import type { Figure, FigureKind, Side, Unit } from '../../src/model/figure.js';
import type { Actor, Place, SitrepEvent } from '../../src/model/entities.js';
import { findResponsibilityIn } from '../../src/extract/find-responsibility.js';
import type { StoryInput } from '../../src/reconcile/types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_DIR = join(here, '..', 'fixtures', 'reconcile');

interface FixtureFigure {
  q: string;
  kind: FigureKind;
  value: number | null;
  qual?: Qualifier;
  side: Side;
  who?: string;
  actor?: string;
  src?: string;
  asOf?: string;
  unit?: Unit;
  scope?: 'event' | 'background';
  cause?: string;
  period?: { start: string; end: string };
  place?: Figure['place'];
}

interface FixtureDoc {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
  url?: string;
  duplicateOf?: string;
  figures: FixtureFigure[];
  places?: Array<Omit<Place, 'mentions' | 'geonameId' | 'population'> & { mentions: number }>;
  /** The event's first sentence, as a quote found in the text (gives its span). */
  events?: Array<Omit<SitrepEvent, 'span' | 'figures' | 'datePrecision'> & { datePrecision?: SitrepEvent['datePrecision']; q?: string }>;
  /** Actors as the actor finder would give them; every occurrence of the name (and aliases) is a mention. */
  actors?: Array<Pick<Actor, 'name' | 'type' | 'side'> & { aliases?: string[] }>;
}

function occurrences(text: string, word: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) out.push([at, at + word.length]);
  return out;
}

export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]+\s*/g)) out.push([m.index!, m.index! + m[0].trimEnd().length]);
  return out;
}

export function toDocument(f: FixtureDoc): SitrepDocument {
  const sentences = sentenceSpans(f.text);
  const figures: Figure[] = f.figures.map((x) => {
    const at = f.text.indexOf(x.q);
    if (at < 0) throw new Error(`fixture ${f.id}: quote not in text: ${x.q}`);
    const span: Span = [at, at + x.q.length];
    const sentence = sentences.find(([a, b]) => a <= at && at < b);
    return {
      kind: x.kind,
      value: x.value,
      low: null,
      high: null,
      qualifier: x.qual ?? 'exact',
      unit: x.unit ?? 'people',
      victims: { side: x.side, text: x.who ?? null, actor: x.actor ?? null },
      source: x.src ?? null,
      scope: x.scope ?? 'event',
      asOf: x.asOf ?? null,
      period: x.period ?? null,
      place: x.place ?? null,
      cause: x.cause ?? null,
      partOf: null,
      span,
      quote: x.q,
      sentence,
    };
  });
  const doc: SitrepDocument = {
    id: f.id,
    origin: { location: `${f.id}.txt`, format: 'text' },
    source: f.text,
    text: f.text,
    offsets: { segments: [[0, 0, f.text.length]] },
    meta: {
      title: f.title,
      outlet: f.outlet,
      url: f.url ?? `https://news.invalid/${f.id}`,
      published: f.published,
      publishedFrom: 'option',
      language: 'en',
      byline: null,
      dateline: null,
    },
    headings: [],
    removed: [],
    messages: [],
    sentences: sentences.map((s) => ({ span: s, tokens: [0, 0] as const })),
    figures,
    places: (f.places ?? []).map((p) => {
      const at = f.text.indexOf(p.name);
      return { ...p, geonameId: null, population: null, mentions: at >= 0 ? [[at, at + p.name.length] as Span] : [] };
    }),
    actors: (f.actors ?? []).map((a) => ({
      ...a,
      aliases: a.aliases ?? [],
      mentions: [a.name, ...(a.aliases ?? [])].flatMap((w) => occurrences(f.text, w)).sort((x, y) => x[0] - y[0]),
    })),
    events: (f.events ?? []).map(({ q, ...e }) => ({ ...e, datePrecision: e.datePrecision ?? 'day', figures: [], span: eventSpan(f.text, q) })),
    duplicateOf: f.duplicateOf ? { id: f.duplicateOf, similarity: 0.95 } : null,
  };
  // responsibility statements come from the real stage, so fixtures test it end to end
  if (f.actors) findResponsibilityIn(doc);
  return doc;
}

function eventSpan(text: string, q: string | undefined): Span {
  const at = q ? text.indexOf(q) : -1;
  return at >= 0 ? [at, at + q!.length] : [0, 0];
}

export function loadStory(name: string): StoryInput {
  const raw = JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as { id: string; label: string; documents: FixtureDoc[] };
  return { id: raw.id, label: raw.label, documents: raw.documents.map(toDocument) };
}
