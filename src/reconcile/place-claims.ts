/**
 * Non-numeric differences about where the event happened. Each report's claim is the place of its first event that
 * has one (a country is too coarse to claim anything), else the one place its figures give. Claims are grouped into
 * sites: a place joins the site of a more precise place it may be part of (PLACE_SCOPE_RULES: same name, "near X",
 * a town in its province, a district within SAME_LOCALITY_KM). Two sites are a `conflict`; places of one site
 * differ in `scope` only. A report that leads with another place but also names the favoured site is not counted
 * against it (a story can cover several places).
 *
 * Favoured: the site most independent reports support (an outlet counts once, a reprint not at all), then the
 * most precise; on a full tie none is favoured. Within a site, the most precise place.
 */
import type { SitrepDocument } from '../model/document.js';
import type { GeoPrecision, Place } from '../model/entities.js';
import type { Difference, DifferenceFigure } from './types.js';
import { hostOf, statedPlace, UNNAMED_OUTLET } from './group-quantities.js';
import { distanceKm } from '../extract/geo-relative.js';

/** One report's claim about where the event happened. */
export interface PlaceClaim {
  doc: string;
  cite: number;
  /** Who says so: the report's outlet, else its host, else "unnamed outlet". */
  outlet: string;
  /** What counts once among independent reports: the outlet, else the host, else the report itself. */
  voice: string;
  reprint: boolean;
  place: Place;
  quote: string;
}

export interface PlaceResult {
  /** The favoured place's name, or null when no report places the event or reports tie. */
  name: string | null;
  claims: PlaceClaim[];
  differences: Difference[];
}

/** Two places named by different reports this close (km) are one locality: a district and its city, a suburb. */
export const SAME_LOCALITY_KM = 25;

/** Precision, most precise first: a claim's rank among the places of a site. */
export const PRECISION_ORDER: readonly GeoPrecision[] = ['exact', 'approximate', 'admin1', 'country'];

/** Words around a place name that do not change the place ("Mirel district" is Mirel). */
const NAME_NOISE = /\b(?:district|province|region|governorate|county|prefecture|state|department|city|town|village|municipality|of|the)\b/gi;

export const placeKey = (name: string): string => name.toLowerCase().replace(NAME_NOISE, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface PlaceRule {
  name: string;
  /** How `narrow` (the more precise place) relates to `wide`, in words, when the rule applies. */
  relate(narrow: Place, wide: Place): string | null;
}

/**
 * When is a less precise place part of (or the same locality as) a more precise one? First match wins; when none
 * applies and `differentSites` holds, the places are two sites.
 */
export const PLACE_SCOPE_RULES: readonly PlaceRule[] = [
  { name: 'same-name', relate: (a, b) => (placeKey(a.name) === placeKey(b.name) || (!!a.gazetteerName && a.gazetteerName === b.gazetteerName) ? `${a.name} and ${b.name} are one place` : null) },
  {
    name: 'near',
    relate: (a, b) =>
      a.relative && placeKey(a.relative.anchor) === placeKey(b.name) ? `${a.name} is given relative to ${b.name}` : b.relative && placeKey(b.relative.anchor) === placeKey(a.name) ? `${b.name} is given relative to ${a.name}` : null,
  },
  {
    name: 'within-admin1',
    relate: (a, b) => (b.kind === 'admin1' && !!a.admin1 && placeKey(a.admin1) === placeKey(b.name) ? `${a.name} is in ${b.name} province` : null),
  },
  { name: 'within-country', relate: (a, b) => (b.kind === 'country' && !!a.country && a.country === b.country ? `${a.name} is in ${b.name}` : null) },
  {
    name: 'same-locality',
    relate: (a, b) => {
      const km = placeDistanceKm(a, b);
      return km !== null && km <= SAME_LOCALITY_KM ? `${a.name} and ${b.name} are ${Math.round(km)} km apart, one locality` : null;
    },
  },
];

/** Places no rule relates are two sites only when something shows they are apart; otherwise they cannot be told apart. */
function differentSites(a: Place, b: Place): boolean {
  const km = placeDistanceKm(a, b);
  if (km !== null) return km > SAME_LOCALITY_KM;
  if (a.admin1 && b.admin1 && placeKey(a.admin1) !== placeKey(b.admin1)) return true;
  return a.kind !== 'admin1' && b.kind !== 'admin1' && a.kind !== 'country' && b.kind !== 'country';
}

/** Great-circle distance between two places, or null when either has no coordinates. */
export function placeDistanceKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

const precisionRank = (p: Place): number => {
  const i = PRECISION_ORDER.indexOf(p.precision ?? (p.kind === 'admin1' ? 'admin1' : p.kind === 'country' ? 'country' : 'exact'));
  return (i < 0 ? 0 : i) * 2 + (p.relative ? 1 : 0);
};

/** The report's claim: the place of its first event with a place, else the single place its figures give. */
export function placeClaim(doc: SitrepDocument, cite: number): PlaceClaim | null {
  const places = doc.places ?? [];
  const e = (doc.events ?? []).find((x) => x.place !== null && places[x.place] && places[x.place].kind !== 'country');
  let place = e ? places[e.place!] : undefined;
  if (!place) {
    // only places the figures' own sentences name: a figure's fallback place is the report's most-mentioned one
    const named = new Set(
      (doc.figures ?? []).filter((f) => f.scope !== 'background' && f.place && statedPlace(doc, f) !== null).map((f) => f.place!.name),
    );
    if (named.size === 1) place = places.find((p) => p.name === [...named][0]);
  }
  if (!place || place.kind === 'country') return null;
  return { doc: doc.id, cite, ...voiceOf(doc), reprint: !!doc.duplicateOf, place, quote: quoteOf(doc, place) };
}

/** A report's outlet as shown (never an id) and as counted (unnamed outlets count one report each). */
export function voiceOf(doc: SitrepDocument): { outlet: string; voice: string } {
  const named = doc.meta.outlet?.trim() || hostOf(doc.meta.url);
  return { outlet: named || UNNAMED_OUTLET, voice: named || `report ${doc.id}` };
}

function quoteOf(doc: SitrepDocument, place: Place): string {
  const at = place.mentions[0]?.[0];
  if (at === undefined) return '';
  const s = (doc.sentences ?? []).find((x) => x.span[0] <= at && at < x.span[1]);
  return s ? doc.text.slice(s.span[0], s.span[1]).trim() : doc.text.slice(Math.max(0, at - 60), at + 60).trim();
}

interface Site {
  /** The most precise place; the others relate to it by `why`. */
  head: Place;
  claims: PlaceClaim[];
  /** Place key → how it relates to the head. */
  related: Map<string, string>;
}

export function reconcilePlace(docs: readonly SitrepDocument[], cites: ReadonlyMap<string, number>): PlaceResult {
  const claims: PlaceClaim[] = [];
  for (const d of docs) {
    const c = placeClaim(d, cites.get(d.id) ?? 0);
    if (c) claims.push(c);
  }
  if (!claims.length) return { name: null, claims, differences: [] };
  const sites = groupSites(claims);
  const ranked = sites.sort((a, b) => support(b) - support(a) || precisionRank(a.head) - precisionRank(b.head) || firstCite(a) - firstCite(b));
  const [top] = ranked;
  const named = placesNamed(docs);
  // a report that also names the favoured site does not put the event elsewhere
  const against = ranked.slice(1).map((s) => ({ ...s, claims: s.claims.filter((c) => !mentionsSite(named.get(c.doc), top)) })).filter((s) => s.claims.length);
  const differences: Difference[] = [];
  const scope = scopeDifference(top);
  if (scope) differences.push(scope);
  let name: string | null = top.head.name;
  if (against.length) {
    const tied = support(against[0]) === support(top) && precisionRank(against[0].head) === precisionRank(top.head);
    if (tied) name = null;
    differences.unshift(conflictDifference(top, against, tied));
  }
  return { name, claims, differences };
}

/** Sites from claims: places by precision (most precise first); each joins the first site whose head it relates to. */
function groupSites(claims: readonly PlaceClaim[]): Site[] {
  const byPlace = new Map<string, PlaceClaim[]>();
  for (const c of claims) {
    const k = placeKey(c.place.name);
    if (!byPlace.has(k)) byPlace.set(k, []);
    byPlace.get(k)!.push(c);
  }
  const places = [...byPlace.values()].sort((a, b) => precisionRank(a[0].place) - precisionRank(b[0].place) || b.length - a.length || a[0].cite - b[0].cite);
  const sites: Site[] = [];
  for (const cs of places) {
    const p = cs[0].place;
    let joined = false;
    for (const s of sites) {
      const why = relation(s.head, p);
      if (why === null) continue;
      s.claims.push(...cs);
      s.related.set(placeKey(p.name), why);
      joined = true;
      break;
    }
    if (!joined) sites.push({ head: p, claims: [...cs], related: new Map([[placeKey(p.name), '']]) });
  }
  return sites;
}

/** How `wide` relates to the site head `narrow`, or null when they are two sites. */
function relation(narrow: Place, wide: Place): string | null {
  for (const r of PLACE_SCOPE_RULES) {
    const why = r.relate(narrow, wide);
    if (why) return why;
  }
  return differentSites(narrow, wide) ? null : `${wide.name} may include ${narrow.name}`;
}

/** Independent reports for a site: distinct outlets, reprints left out. */
function support(s: Site): number {
  return new Set(s.claims.filter((c) => !c.reprint).map((c) => c.voice)).size;
}

const firstCite = (s: Site): number => Math.min(...s.claims.map((c) => c.cite));

function placesNamed(docs: readonly SitrepDocument[]): Map<string, Set<string>> {
  return new Map(docs.map((d) => [d.id, new Set((d.places ?? []).filter((p) => p.kind !== 'country').map((p) => placeKey(p.name)))]));
}

function mentionsSite(named: ReadonlySet<string> | undefined, s: Site): boolean {
  return !!named && named.has(placeKey(s.head.name));
}

const asFigure = (c: PlaceClaim): DifferenceFigure => ({
  value: placeWords(c.place),
  doc: c.doc,
  cite: c.cite,
  source: c.outlet,
  quote: c.quote,
});

function placeWords(p: Place): string {
  const where = p.kind === 'admin1' ? `${p.name} (province)` : p.relative ? `near ${p.relative.anchor}` : p.name;
  return p.admin1 && p.kind !== 'admin1' && placeKey(p.admin1) !== placeKey(p.name) ? `${where}, ${p.admin1}` : where;
}

const reports = (n: number): string => `${n} independent report${n === 1 ? '' : 's'}`;

function conflictDifference(top: Site, against: Site[], tied: boolean): Difference {
  const apart = against.map((s) => {
    const km = placeDistanceKm(top.head, s.head);
    return `${s.head.name} (${reports(support(s))}${km !== null ? `, ${Math.round(km)} km from ${top.head.name}` : ''})`;
  });
  const why = tied
    ? `Reports put the event in different places: ${top.head.name} (${reports(support(top))}) vs ${apart.join(', ')}. As many independent reports and as precise on each side: none is favoured (unresolved).`
    : `Reports put the event in different places: ${top.head.name} (${reports(support(top))}) vs ${apart.join(', ')}. ${top.head.name} is favoured: ${support(top) > support(against[0]) ? 'more independent reports place it there' : 'as many reports, and the more precise place'}; the other reports do not mention ${top.head.name}.`;
  return {
    about: 'where the event happened',
    kind: 'conflict',
    figures: [...top.claims, ...against.flatMap((s) => s.claims)].map(asFigure),
    favoured: tied ? null : top.head.name,
    why,
    rule: tied ? 'unresolved' : support(top) > support(against[0]) ? 'majority-of-independent-reports' : 'most-precise-place',
  };
}

/** Places of one site named differently: a town and its province, "near X" and X, a district and its city. */
function scopeDifference(s: Site): Difference | null {
  const distinct = new Map<string, PlaceClaim>();
  for (const c of s.claims) if (!distinct.has(placeKey(c.place.name))) distinct.set(placeKey(c.place.name), c);
  if (distinct.size < 2) return null;
  const reasons = [...s.related.values()].filter(Boolean);
  return {
    about: 'where the event happened',
    kind: 'scope',
    figures: [...distinct.values()].map(asFigure),
    favoured: s.head.name,
    why: `Not a conflict: the reports name the same place at different precision (${reasons.join('; ')}). The most precise, ${placeWords(s.head)}, is kept.`,
    rule: 'most-precise-place',
  };
}
