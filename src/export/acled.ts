/**
 * ACLED-style CSV: one row per event (date, type, actors, place) across a story's reports. Fatalities follow ACLED's
 * conservative rule: when reports differ, the lowest figure; a story without coded events gives one row from the
 * reconciled picture, with the low estimate of the deaths.
 */
import type { SitrepEvent } from '../model/entities.js';
import type { Reconciled } from '../reconcile/types.js';
import { toCsv, type CsvValue } from './csv.js';
import { ACLED_GEO_PRECISION, mainPlace, outlets, storyDate, totals } from './story-facts.js';
import { summarize } from '../brief/summarize.js';

export const ACLED_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
] as const;

interface Row {
  date: string;
  event: SitrepEvent;
  place: { name: string; admin1: string | null; lat: number | null; lon: number | null; precision: string | null } | null;
  fatalities: number | null;
  sources: Set<string>;
}

export function acledRows(stories: readonly Reconciled[]): CsvValue[][] {
  const out: CsvValue[][] = [];
  for (const r of stories) out.push(...storyRows(r));
  return out;
}

function storyRows(r: Reconciled): CsvValue[][] {
  const rows = new Map<string, Row>();
  for (const d of r.orderedDocs) {
    for (const e of d.events ?? []) {
      const date = e.date ?? d.meta.published?.slice(0, 10);
      if (!date) continue;
      const p = e.place !== null ? d.places?.[e.place] ?? null : null;
      const key = `${date}|${e.subType}|${p?.name ?? ''}`;
      const fat = e.fatalities.low ?? e.fatalities.best;
      const row = rows.get(key);
      const outlet = d.meta.outlet ?? d.id;
      if (!row) rows.set(key, { date, event: e, place: p, fatalities: fat, sources: new Set([outlet]) });
      else {
        row.sources.add(outlet);
        if (fat !== null) row.fatalities = row.fatalities === null ? fat : Math.min(row.fatalities, fat);
      }
    }
  }
  const notes = summarize(r.orderedDocs, r.cites, 1)[0]?.text ?? r.story.label;
  if (!rows.size) return [fallbackRow(r, notes)];
  return [...rows.values()].map((x) => [
    x.date,
    x.event.type,
    x.event.subType,
    x.event.actor1,
    x.event.actor2,
    x.place?.admin1,
    x.place?.name,
    x.place?.lat,
    x.place?.lon,
    x.place?.precision ? ACLED_GEO_PRECISION[x.place.precision as keyof typeof ACLED_GEO_PRECISION] : null,
    [...x.sources].join('; '),
    notes,
    x.fatalities ?? 0,
  ]);
}

function fallbackRow(r: Reconciled, notes: string): CsvValue[] {
  const p = mainPlace(r);
  return [
    storyDate(r),
    '',
    '',
    '',
    '',
    p?.admin1,
    p?.name,
    p?.lat,
    p?.lon,
    p?.precision ? ACLED_GEO_PRECISION[p.precision as keyof typeof ACLED_GEO_PRECISION] : null,
    outlets(r).join('; '),
    notes,
    totals(r).total.low ?? 0,
  ];
}

export function exportAcled(stories: readonly Reconciled[]): string {
  return toCsv([[...ACLED_COLUMNS], ...acledRows(stories)]);
}
