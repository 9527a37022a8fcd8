/**
 * UCDP GED-style CSV: one row per story (one event), deaths by side with UCDP's low/best/high. side_a is the
 * government side, side_b the non-state side, named from the reports' actors.
 */
import type { Reconciled } from '../reconcile/types.js';
import { toCsv } from './csv.js';
import { mainPlace, storyDate, totals, UCDP_WHERE_PREC } from './story-facts.js';

export const UCDP_COLUMNS = [
  'side_a', 'side_b', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown',
  'best', 'low', 'high', 'where_prec', 'date_prec', 'source_article',
] as const;

/** UCDP date_prec: 1 the exact day is known; 3 only the week (no reconciled start day). */
export const DATE_PREC = { day: 1, week: 3 } as const;

function sideName(r: Reconciled, side: 'state' | 'nonstate'): string {
  const counts = new Map<string, number>();
  for (const d of r.orderedDocs) {
    for (const a of d.actors ?? []) {
      if (a.side !== side || !['state-force', 'government', 'nonstate-armed-group', 'militia'].includes(a.type)) continue;
      counts.set(a.name, (counts.get(a.name) ?? 0) + Math.max(1, a.mentions.length));
    }
    for (const e of d.events ?? []) {
      for (const name of [e.actor1, e.actor2]) if (name && !counts.has(name) && (d.actors ?? []).some((a) => a.name === name && a.side === side)) counts.set(name, 1);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? top[0] : side === 'state' ? 'Government' : '';
}

export function exportUcdp(stories: readonly Reconciled[]): string {
  const rows = stories.map((r) => {
    const t = totals(r);
    const p = mainPlace(r);
    const articles = r.orderedDocs.map((d) => `${d.meta.outlet ?? d.id}, "${d.meta.title ?? ''}", ${d.meta.published?.slice(0, 10) ?? 'undated'}`);
    return [
      sideName(r, 'state'),
      sideName(r, 'nonstate'),
      t.state.best ?? 0,
      t.nonstate.best ?? 0,
      t.civilians.best ?? 0,
      t.unknown.best ?? 0,
      t.total.best ?? 0,
      t.total.low ?? 0,
      t.total.high ?? 0,
      p?.precision ? UCDP_WHERE_PREC[p.precision as keyof typeof UCDP_WHERE_PREC] : 6,
      r.eventStart.date ? DATE_PREC.day : storyDate(r) ? DATE_PREC.week : null,
      articles.join('; '),
    ];
  });
  return toCsv([[...UCDP_COLUMNS], ...rows]);
}
