/**
 * `buildBrief(story)`: the JSON brief of a story. Reconciles the reports, adds the headline, the extractive summary,
 * the source list (with the originators each report cites) and the places with coordinates.
 */
import type { SitrepDocument } from '../model/document.js';
import { reconcileStory } from '../reconcile/reconcile-story.js';
import type { Quantity, Reconciled, StoryInput } from '../reconcile/types.js';
import { nodeLabel } from '../reconcile/victims.js';
import { summarize } from './summarize.js';
import type { Brief, BriefPlace, BriefQuantity, BriefSource } from './types.js';
import { headline } from './headline.js';

export function buildBrief(story: StoryInput): Brief {
  return briefFrom(reconcileStory(story));
}

export function briefFrom(r: Reconciled): Brief {
  const docs = r.orderedDocs;
  return {
    story: {
      id: r.story.id,
      label: r.story.label,
      documents: docs.map((d) => ({ n: r.cites.get(d.id)!, id: d.id, outlet: d.meta.outlet, title: d.meta.title, published: d.meta.published })),
    },
    headline: headline(r),
    eventStart: r.eventStart,
    eventPlace: r.eventPlace,
    responsibility: r.responsibility,
    quantities: r.quantities.map(briefQuantity),
    arithmetic: r.arithmetic,
    differences: r.differences,
    summary: summarize(docs, r.cites).map(({ text, citations, doc }) => ({ text, citations, doc })),
    sources: sources(r),
    places: places(docs, r.cites),
  };
}

function briefQuantity(q: Quantity): BriefQuantity {
  return {
    kind: q.kind,
    victims: { ...q.victims, label: nodeLabel(q.victims.node) },
    unit: q.unit,
    place: q.place,
    low: q.low,
    best: q.best,
    high: q.high,
    latest: q.latest,
    history: q.history,
    timeline: q.timeline,
    originators: q.originators,
    independentOriginators: q.independentOriginators,
    claims: q.claims,
    breakdown: q.breakdown,
    citations: q.cites,
    rules: q.rules,
  };
}

function sources(r: Reconciled): BriefSource[] {
  const byDoc = new Map<string, Set<string>>();
  for (const x of r.readings) {
    if (!byDoc.has(x.docId)) byDoc.set(x.docId, new Set());
    // a report cites the sources its figures credit; its own uncredited figures cite no one
    if (x.figure.source) byDoc.get(x.docId)!.add(x.originator);
  }
  return r.orderedDocs.map((d) => ({
    n: r.cites.get(d.id)!,
    id: d.id,
    outlet: d.meta.outlet,
    title: d.meta.title,
    published: d.meta.published,
    url: d.meta.url,
    originators: [...(byDoc.get(d.id) ?? [])],
    reprintOf: d.duplicateOf ? r.cites.get(d.duplicateOf.id) ?? null : null,
  }));
}

/** Places of all reports merged by name; the first report's coordinates win; most mentioned first. */
export function places(docs: readonly SitrepDocument[], cites: ReadonlyMap<string, number>): BriefPlace[] {
  const m = new Map<string, BriefPlace>();
  for (const d of docs) {
    for (const p of d.places ?? []) {
      let e = m.get(p.name);
      if (!e) {
        e = { name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1, kind: p.kind ?? null, precision: p.precision, mentions: 0, citations: [] };
        m.set(p.name, e);
      }
      if (e.lat === null && p.lat !== null) Object.assign(e, { lat: p.lat, lon: p.lon });
      e.mentions += Math.max(1, p.mentions?.length ?? 0);
      const n = cites.get(d.id);
      if (n && !e.citations.includes(n)) e.citations.push(n);
    }
  }
  return [...m.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
