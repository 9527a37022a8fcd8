/**
 * Facts every export needs from a reconciled story: the main place, the day, the deaths by side with the
 * conservative (low) and best figures, the displaced, the outlets.
 */
import type { PlaceRef } from '../model/entities.js';
import type { Quantity, Reconciled } from '../reconcile/types.js';
import { places } from '../brief/build-brief.js';
import type { BriefPlace } from '../brief/types.js';

export interface SideDeaths {
  best: number | null;
  low: number | null;
  high: number | null;
}

/** Best, low and high of a victim node: its own quantity, else the sum over its parts' quantities. */
export function deaths(r: Reconciled, node: string): SideDeaths {
  const qs = r.quantities.filter((q) => q.kind === 'killed' && q.unit === 'people' && !q.place);
  const own = qs.find((q) => q.victims.node === node);
  if (own) return { best: own.best, low: own.low, high: own.high };
  const parts = qs.filter((q) => q.victims.node.startsWith(node + '/'));
  if (!parts.length) return { best: null, low: null, high: null };
  const sum = (f: (q: Quantity) => number | null): number => parts.reduce((s, q) => s + (f(q) ?? 0), 0);
  return { best: sum((q) => q.best), low: sum((q) => q.low), high: sum((q) => q.high) };
}

export interface StoryTotals {
  state: SideDeaths;
  nonstate: SideDeaths;
  civilians: SideDeaths;
  /** Deaths not split by side: the story total minus the sides, never below zero. */
  unknown: SideDeaths;
  total: SideDeaths;
}

export function totals(r: Reconciled): StoryTotals {
  const state = deaths(r, 'state');
  const nonstate = deaths(r, 'nonstate');
  const civilians = deaths(r, 'civilians');
  const combatants = deaths(r, 'combatants');
  const all = deaths(r, 'all');
  const pick = (k: keyof SideDeaths): number => {
    const sides = (state[k] ?? 0) + (nonstate[k] ?? 0);
    const fighters = Math.max(sides, combatants[k] ?? 0);
    return Math.max(fighters + (civilians[k] ?? 0), all[k] ?? 0);
  };
  const total = { best: pick('best'), low: pick('low'), high: pick('high') };
  const split = (k: keyof SideDeaths): number =>
    Math.max(0, (total[k] ?? 0) - (Math.max((state[k] ?? 0) + (nonstate[k] ?? 0), combatants[k] ?? 0) + (civilians[k] ?? 0)));
  const combatUnsplit = (k: keyof SideDeaths): number => Math.max(0, (combatants[k] ?? 0) - (state[k] ?? 0) - (nonstate[k] ?? 0));
  return {
    state,
    nonstate,
    civilians,
    unknown: { best: split('best') + combatUnsplit('best'), low: split('low') + combatUnsplit('low'), high: split('high') + combatUnsplit('high') },
    total,
  };
}

export function displacedPeople(r: Reconciled): number | null {
  return r.quantities.find((q) => q.kind === 'displaced' && q.unit === 'people' && q.victims.node === 'all' && !q.place)?.best ?? null;
}

/** The most mentioned place with coordinates, else the most mentioned place. */
export function mainPlace(r: Reconciled): BriefPlace | null {
  const ps = places(r.orderedDocs, r.cites);
  return ps.find((p) => p.lat !== null && p.lon !== null) ?? ps[0] ?? null;
}

/** The event's day: the reconciled start day, else the first report's publication day. */
export function storyDate(r: Reconciled): string | null {
  return r.eventStart.date ?? r.orderedDocs.map((d) => d.meta.published?.slice(0, 10)).find((d) => !!d) ?? null;
}

export function outlets(r: Reconciled): string[] {
  return [...new Set(r.orderedDocs.filter((d) => !d.duplicateOf).map((d) => d.meta.outlet ?? d.meta.title ?? d.id))];
}

/** ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 a province or larger. */
export const ACLED_GEO_PRECISION: Readonly<Record<NonNullable<PlaceRef['precision']>, number>> = {
  exact: 1,
  approximate: 2,
  admin1: 3,
  country: 3,
};

/** UCDP where_prec: 1 exact place, 2 within 25 km, 4 first-order admin unit, 6 country. */
export const UCDP_WHERE_PREC: Readonly<Record<NonNullable<PlaceRef['precision']>, number>> = {
  exact: 1,
  approximate: 2,
  admin1: 4,
  country: 6,
};
