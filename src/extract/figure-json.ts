/** The JSON shape of a figure and of a document's extraction, as `sitrep extract` prints them (docs/figures.md). */
import type { SitrepDocument } from '../model/document.js';
import type { Figure } from '../model/figure.js';

/** A figure with exactly the documented fields, null where unknown; `quote` is always `text.slice(...span)`. */
export function figureJson(f: Figure): Record<string, unknown> {
  return {
    kind: f.kind,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    victims: { side: f.victims.side, text: f.victims.text, actor: f.victims.actor },
    source: f.source,
    scope: f.scope,
    asOf: f.asOf,
    place: f.place,
    cause: f.cause,
    partOf: f.partOf,
    span: [f.span[0], f.span[1]],
    quote: f.quote,
  };
}

/** One line of `sitrep extract` output for an analysed document. */
export function extractionJson(doc: SitrepDocument): Record<string, unknown> {
  return {
    id: doc.id,
    title: doc.meta.title,
    published: doc.meta.published,
    figures: (doc.figures ?? []).map(figureJson),
    diagnostics: doc.messages,
    actors: doc.actors ?? [],
    places: doc.places ?? [],
    events: doc.events ?? [],
  };
}
