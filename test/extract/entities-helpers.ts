import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitrepDocument } from '../../src/model/document.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { findActors } from '../../src/extract/find-actors.js';
import { findPlaces } from '../../src/extract/find-places.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'entities');

export function docFromText(text: string, published: string | null = null): SitrepDocument {
  return {
    id: 'test',
    origin: { location: 'test', format: 'text' },
    source: text,
    text,
    offsets: { segments: [[0, 0, text.length]] },
    meta: { title: null, outlet: null, url: null, published, publishedFrom: 'none', language: null, byline: null, dateline: null },
    headings: [],
    removed: [],
    messages: [],
  };
}

export function analyzeEntities(text: string, published: string | null = null): SitrepDocument {
  const doc = docFromText(text, published);
  for (const stage of [tokenize, findActors, findPlaces]) stage.run(doc, { config: {} });
  return doc;
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
