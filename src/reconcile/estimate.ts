/**
 * Estimates per quantity, UCDP-style: low, best and high, the latest value, its history and the number of
 * independent originators. The rules (also in docs/brief.md):
 * - Party claims (a belligerent's figures) are kept out of low/best/high and shown as claims.
 * - Per day, the day's value is the one most reports give; exact figures beat rounded ones, a report's own figure
 *   beats a sum the reconciler made, and a tie goes to the lower value.
 * - best = the latest day's value from non-party originators (tolls are cumulative; the latest supersedes).
 * - low/high = the lowest/highest current figure: each originator's figures on its own latest day.
 * - Independent originators = distinct non-party originators; outlets repeating one monitor are one originator,
 *   and a reprint counts as its original.
 */
import type { HistoryEntry, Quantity, Reading, TimelinePoint } from './types.js';
import { QUALIFIER_RANK } from './qualifiers.js';
import { nodeSide } from './victims.js';

export const ESTIMATE_RULES: Quantity['rules'] = {
  best: 'the latest day’s figure from originators that are not party to the event; per day the value most reports give, exact before rounded, lower on a tie',
  low: 'the lowest current non-party figure (each originator’s figures on its latest day)',
  high: 'the highest current non-party figure (each originator’s figures on its latest day)',
  independence: 'distinct non-party originators; reports repeating one originator count once; a reprint counts as its original',
};

/** Rules used when every figure is a party claim: the claims are all there is, and the brief says so. */
export const CLAIMS_ONLY_RULES: Quantity['rules'] = {
  ...ESTIMATE_RULES,
  best: 'only party claims exist: the latest claim, marked as a claim',
};

/** How many reports of the story cite each originator: the tie-breaker between two counters on one day. */
export function originatorWeight(rs: readonly Reading[]): Map<string, number> {
  const docs = new Map<string, Set<string>>();
  for (const r of rs) {
    if (r.reprint) continue;
    if (!docs.has(r.originator)) docs.set(r.originator, new Set());
    docs.get(r.originator)!.add(r.docId);
  }
  return new Map([...docs].map(([o, d]) => [o, d.size]));
}

export function history(rs: readonly Reading[]): HistoryEntry[] {
  return [...rs]
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.cite - b.cite)
    .map((r) => ({
      value: r.value,
      qualifier: r.qualifier,
      asOf: r.date,
      published: r.published,
      doc: r.docId,
      cite: r.cite,
      source: r.originator,
      party: r.party,
      quote: r.quote,
    }));
}

/**
 * The day's value. Candidates are the day's figures; a candidate is supported by every non-reprint figure whose
 * qualifier admits it ("more than 60" supports 65). Order: a report's own figure before a sum the reconciler made,
 * then most support, then exact before rounded, then the originator more reports cite (`weight`), then the lower
 * value (the conservative reading).
 */
export function dayValue(rs: readonly Reading[], weight: ReadonlyMap<string, number> = new Map()): Reading {
  // Support is counted over distinct bounds and candidates are distinct readings, so a day with thousands of
  // reports repeating a handful of values costs no more than the handful.
  const boundCounts = new Map<string, { low: number; high: number; n: number }>();
  const cands = new Map<string, Reading>();
  for (const r of rs) {
    if (!r.reprint) {
      const k = `${r.lowBound}|${r.highBound}`;
      const b = boundCounts.get(k);
      if (b) b.n++;
      else boundCounts.set(k, { low: r.lowBound, high: r.highBound, n: 1 });
    }
    const ck = `${r.value}|${r.qualifier}|${r.originator}|${!!r.parts}`;
    if (!cands.has(ck)) cands.set(ck, r);
  }
  const bounds = [...boundCounts.values()];
  const support = (v: number): number => bounds.reduce((s, b) => s + (b.low <= v && v <= b.high ? b.n : 0), 0);
  const scored = [...cands.values()].map((r) => ({ r, s: support(r.value) }));
  return scored.sort(
    (a, b) =>
      Number(!!a.r.parts) - Number(!!b.r.parts) ||
      b.s - a.s ||
      QUALIFIER_RANK[a.r.qualifier] - QUALIFIER_RANK[b.r.qualifier] ||
      (weight.get(b.r.originator) ?? 0) - (weight.get(a.r.originator) ?? 0) ||
      a.r.value - b.r.value,
  )[0].r;
}

/** Readings by their day ('' when undated). */
export function groupByDay(rs: readonly Reading[]): Map<string, Reading[]> {
  const byDay = new Map<string, Reading[]>();
  for (const r of rs) {
    const d = r.date ?? '';
    if (!byDay.has(d)) byDay.set(d, []);
    byDay.get(d)!.push(r);
  }
  return byDay;
}

export function timeline(rs: readonly Reading[], weight?: ReadonlyMap<string, number>): TimelinePoint[] {
  const byDay = groupByDay(rs);
  return [...byDay.keys()].sort().map((day) => {
    const g = byDay.get(day)!;
    const pick = dayValue(g, weight);
    const agree = g.filter((r) => r.value === pick.value);
    return {
      asOf: day,
      value: pick.value,
      qualifier: pick.qualifier,
      docs: [...new Set(agree.map((r) => r.docId))],
      cites: [...new Set(agree.map((r) => r.cite))].sort((a, b) => a - b),
      sources: [...new Set(agree.map((r) => r.originator))],
    };
  });
}

/** Each originator's readings on its own latest day. */
export function current(rs: readonly Reading[]): Reading[] {
  const last = new Map<string, string>();
  for (const r of rs) if ((r.date ?? '') > (last.get(r.originator) ?? '')) last.set(r.originator, r.date ?? '');
  return rs.filter((r) => (r.date ?? '') === (last.get(r.originator) ?? ''));
}

export function estimate(key: string, rs: readonly Reading[], weight?: ReadonlyMap<string, number>): Quantity {
  const first = rs[0];
  const counts = rs.filter((r) => !r.party);
  const basis = counts.length ? counts : rs;
  const line = timeline(basis, weight);
  const last = line[line.length - 1];
  const cur = current(basis);
  const latestReading = last ? basis.find((r) => r.date === (last.asOf || null) && r.value === last.value) ?? null : null;
  const originators = [...new Set(rs.map((r) => r.originator))];
  const texts = rs.map((r) => r.figure.victims.text).filter((t): t is string => !!t);
  return {
    key,
    kind: first.kind,
    victims: { side: nodeSide(first.node), text: texts[0] ?? null, actor: actorOf(first.node), node: first.node },
    unit: first.unit,
    place: first.place,
    low: cur.length ? Math.min(...cur.map((r) => r.value)) : null,
    best: last ? last.value : null,
    high: cur.length ? Math.max(...cur.map((r) => r.value)) : null,
    latest: latestReading
      ? { value: latestReading.value, asOf: latestReading.date, doc: latestReading.docId, cite: latestReading.cite }
      : null,
    history: history(rs),
    timeline: line,
    originators,
    independentOriginators: new Set(counts.map((r) => r.originator)).size,
    claims: history(rs.filter((r) => r.party)),
    breakdown: [],
    cites: [...new Set(rs.map((r) => r.cite))].sort((a, b) => a - b),
    rules: counts.length ? ESTIMATE_RULES : CLAIMS_ONLY_RULES,
  };
}

function actorOf(node: string): string | null {
  const slash = node.indexOf('/');
  return slash >= 0 && !node.endsWith('/~others') ? node.slice(slash + 1) : null;
}
