/**
 * GeoJSON (RFC 7946) FeatureCollection of a story's places and events: Point geometries in [longitude, latitude]
 * order (WGS 84, no `crs` member), places and events without coordinates left out.
 */
import type { Reconciled } from '../reconcile/types.js';
import { places } from '../brief/build-brief.js';
import { totals } from './story-facts.js';

export interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** RFC 7946 §11.2: six decimals (about 10 cm) is more precision than any gazetteer gives. */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const valid = (lat: number | null, lon: number | null): lat is number =>
  lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

export function storyFeatures(r: Reconciled): Feature[] {
  const out: Feature[] = [];
  const killed = totals(r).total.best;
  for (const p of places(r.orderedDocs, r.cites)) {
    if (!valid(p.lat, p.lon)) continue;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(p.lon!), round(p.lat)] },
      properties: { feature: 'place', story: r.story.id, storyLabel: r.story.label, name: p.name, admin1: p.admin1, country: p.country, kind: p.kind, mentions: p.mentions, citations: p.citations },
    });
  }
  const seen = new Set<string>();
  for (const d of r.orderedDocs) {
    for (const e of d.events ?? []) {
      const p = e.place !== null ? d.places?.[e.place] : undefined;
      if (!p || !valid(p.lat, p.lon)) continue;
      const key = `${e.date}|${e.subType}|${p.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [round(p.lon!), round(p.lat)] },
        properties: { feature: 'event', story: r.story.id, eventType: e.type, subEventType: e.subType, date: e.date, actor1: e.actor1, actor2: e.actor2, place: p.name, storyKilledBest: killed },
      });
    }
  }
  return out;
}

export function exportGeojson(stories: readonly Reconciled[]): string {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: stories.flatMap(storyFeatures) };
  return JSON.stringify(fc, null, 2) + '\n';
}
