/** Loads the labelled story set (test/fixtures/stories) as documents. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SitrepDocument } from '../../src/model/document.js';
import { emptyMeta } from '../../src/model/document.js';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'stories');

export interface FixtureArticle {
  id: string;
  published: string;
  outlet: string;
  title: string;
  text: string;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function fixtureArticles(): FixtureArticle[] {
  return readJsonl<FixtureArticle>(join(FIXTURE_DIR, 'articles.jsonl'));
}

export function fixtureGold(): Array<{ id: string; cluster: string }> {
  return readJsonl(join(FIXTURE_DIR, 'gold.jsonl'));
}

/** A cleaned document from plain text, the way ingest would hand it over (no NLP yet). */
export function makeDoc(a: { id: string; text: string; published?: string | null; title?: string | null; outlet?: string | null }): SitrepDocument {
  return {
    id: a.id,
    origin: { location: `${a.id}.txt`, format: 'text' },
    source: a.text,
    text: a.text,
    offsets: { segments: [[0, 0, a.text.length]] },
    meta: { ...emptyMeta(), published: a.published ?? null, title: a.title ?? null, outlet: a.outlet ?? null },
    headings: [],
    removed: [],
    messages: [],
  };
}

export function fixtureDocs(): SitrepDocument[] {
  return fixtureArticles().map(makeDoc);
}
