/**
 * Actors and places evaluation against a corpus folder's gold.json.
 * - Actors: gold `actors` (names) when given, else every actor and source the gold figures credit; found = some
 *   document's actors carry that canonical name.
 * - Places: gold `places` (names); found = some document has a place whose name or mention folds to the gold name.
 *   Geocoded: for gold places the town gazetteer holds (in the corpus's main country), the found point must lie
 *   within 10 km of the gazetteer's point (or of gold `coordinates[name]` = [lat, lon] when given). Places the
 *   gazetteer lacks must be located approximately, by province or by an imported row — never exactly at a town.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../ingest/clean-article.js';
import { analyze } from '../pipeline/analyze.js';
import type { SitrepDocument } from '../model/document.js';
import type { Place } from '../model/entities.js';
import { getGazetteer } from '../extract/gazetteer.js';
import { lookupActor } from '../extract/tables/actors.js';
import { foldName, skeletonOfFolded } from '../extract/geo-fold.js';
import { distanceKm } from '../extract/geo-relative.js';

interface Gold {
  documents: Array<{ file: string; published?: string | null }>;
  places?: string[];
  actors?: string[];
  coordinates?: Record<string, [number, number]>;
  figures?: Array<{ actor?: string | null; source?: string | null }>;
}

export interface EvalReport {
  name: string;
  rows: Array<[string, number | string]>;
  notes?: string[];
}

const MAX_KM = 10;

export async function evaluate(dir: string): Promise<EvalReport> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const t0 = performance.now();
  const docs = gold.documents.map((d) => analyzeFile(dir, d.file, d.published ?? null));
  const ms = performance.now() - t0;
  const notes: string[] = [];
  const actorNames = new Set(docs.flatMap((d) => (d.actors ?? []).map((a) => a.name)));
  const expectedActors = gold.actors ?? [...new Set((gold.figures ?? []).flatMap((f) => [f.actor, f.source]).filter((x): x is string => !!x))];
  const seen = (a: string): boolean =>
    [a, a.replace(/\s*\(.*\)\s*/, ''), /\(([^)]*)\)/.exec(a)?.[1] ?? ''].some((n) => actorNames.has(n) || actorNames.has(lookupActor(n)?.name ?? '\u0000'));
  const actorsFound = expectedActors.filter(seen);
  for (const a of expectedActors) if (!seen(a)) notes.push(`actor missed: ${a}`);
  const typed = new Map(docs.flatMap((d) => (d.actors ?? []).filter((a) => a.type !== 'person').map((a) => [a.name, `${a.name} (${a.type})`] as const)));
  notes.push(`actors: ${[...typed.values()].join('; ')}`);
  const places = docs.flatMap((d) => (d.places ?? []).map((p) => ({ p, surfaces: p.mentions.map((m) => d.text.slice(m[0], m[1])) })));
  const goldPlaces = gold.places ?? [];
  let found = 0;
  let inGaz = 0;
  let within = 0;
  let honest = 0;
  let outside = 0;
  const dists: number[] = [];
  const country = mainCountry(places.map((x) => x.p));
  for (const name of goldPlaces) {
    const key = foldName(name);
    const hit = places.filter((x) => foldName(x.p.name) === key || x.surfaces.some((s) => foldName(s) === key || foldName(s).startsWith(`${key} `)));
    if (!hit.length) {
      notes.push(`place missed: ${name}`);
      continue;
    }
    found++;
    const best = hit.find((x) => x.p.kind === 'populated') ?? hit[0];
    const ref = gold.coordinates?.[name] ?? referencePoint(name, country);
    if (ref) {
      inGaz++;
      const d = best.p.lat === null || best.p.lon === null ? Infinity : distanceKm(ref[0], ref[1], best.p.lat, best.p.lon);
      dists.push(d);
      if (d <= MAX_KM) within++;
      else notes.push(`place too far: ${name} ${d.toFixed(1)} km (${best.p.precision})`);
    } else {
      outside++;
      const ok = best.p.precision !== 'exact' || best.p.locatedBy === 'import';
      if (ok && best.p.lat !== null) honest++;
      notes.push(`not in gazetteer: ${name} → ${best.p.precision ?? 'unlocated'} (${best.p.locatedBy ?? '-'}) ${best.p.lat ?? ''},${best.p.lon ?? ''}`);
    }
  }
  const gaz = getGazetteer().stats;
  return {
    name: 'actors and places',
    rows: [
      ['actors found', `${actorsFound.length}/${expectedActors.length}`],
      ['places found', `${found}/${goldPlaces.length}`],
      [`geocoded within ${MAX_KM} km`, `${within}/${inGaz}`],
      ['median distance km', dists.length ? median(dists) : 'n/a'],
      ['not in gazetteer, honestly located', `${honest}/${outside}`],
      ['gazetteer load ms', gaz.loadMs],
      ['gazetteer heap MB', gaz.heapMb],
      ['analyze ms per document', ms / Math.max(1, docs.length)],
    ],
    notes,
  };
}

function analyzeFile(dir: string, file: string, published: string | null): SitrepDocument {
  const source = readFileSync(join(dir, file), 'utf8');
  const doc = cleanArticle({ origin: { location: file, format: 'text' }, source, meta: published ? { published } : {}, messages: [] });
  return analyze(doc);
}

/** The country most located places of the corpus fall in: the reference gazetteer points are taken there. */
function mainCountry(places: readonly Place[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country && p.kind !== 'country') counts.set(p.country, (counts.get(p.country) ?? 0) + p.mentions.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The gazetteer's point for a gold name in the corpus country (exact folded name, else transliteration skeleton). */
function referencePoint(name: string, country: string | null): [number, number] | null {
  if (!country) return null;
  const gaz = getGazetteer();
  const key = foldName(name);
  const rows = gaz.byExact(key).map((i) => gaz.row(i)).filter((r) => r.country === country && r.origin !== 'import');
  const skel = rows.length ? rows : gaz.bySkeleton(country, skeletonOfFolded(key)).map((i) => gaz.row(i)).filter((r) => r.origin !== 'import');
  const close = skel.filter((r) => Math.abs(foldName(r.name).length - key.length) <= 2);
  const best = close.sort((a, b) => b.population - a.population)[0];
  return best ? [best.lat, best.lon] : null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
