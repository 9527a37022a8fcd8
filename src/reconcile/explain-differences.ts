/**
 * Every difference between figures, classified and explained. Within a quantity: the day-to-day movement is an
 * update; on one day, each figure that differs from the day's value is explained by the first rule of
 * DIFFERENCE_RULES that applies. Across quantities: the same people counted in another unit is a unit difference,
 * and a broader total that the narrower ones add up to is a scope difference.
 */
import type { ArithmeticCheck, Difference, DifferenceFigure, DifferenceKind, Quantity, Reading } from './types.js';
import { overlaps } from './qualifiers.js';
import { dayValue, groupByDay } from './estimate.js';
import { nodeLabel } from './victims.js';

interface Pair {
  /** The figure that differs. */
  other: Reading;
  /** The day's favoured figure it differs from. */
  favoured: Reading;
}

interface DifferenceRule {
  name: string;
  kind: DifferenceKind;
  applies(p: Pair): boolean;
  /** Which value is favoured, and why, in words a reader can check. */
  explain(p: Pair): { favoured: number | string | null; why: string };
}

const fmt = (r: Reading): string => `${qualifierWords(r)}${r.value.toLocaleString('en-US')}`;

export function qualifierWords(r: Pick<Reading, 'qualifier'>): string {
  return QUALIFIER_WORDS[r.qualifier];
}

export const QUALIFIER_WORDS: Readonly<Record<Reading['qualifier'], string>> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  almost: 'almost ',
  'up-to': 'up to ',
  range: '',
  vague: '',
};

/**
 * The rules, first match wins. Order encodes trust: a party's claim is a claim whatever else holds; two figures the
 * qualifiers reconcile are not a conflict; then scope, then different originators; only what is left is a conflict.
 */
export const DIFFERENCE_RULES: readonly DifferenceRule[] = [
  {
    name: 'party-claim',
    kind: 'party-claim',
    applies: (p) => p.other.party && !p.favoured.party,
    explain: (p) => ({
      favoured: p.favoured.value,
      why: `${p.other.originator} is a party to the event; its figure (${fmt(p.other)}) is a claim, not a count. ${p.favoured.originator}, not a party, counts ${fmt(p.favoured)}.`,
    }),
  },
  {
    name: 'qualifier-admits',
    kind: 'qualifier',
    applies: (p) => overlaps([p.other.lowBound, p.other.highBound], [p.favoured.lowBound, p.favoured.highBound]),
    explain: (p) => ({
      favoured: p.favoured.value,
      why: `"${fmt(p.other)}" and "${fmt(p.favoured)}" can both be true; the more precise figure is kept.`,
    }),
  },
  {
    name: 'different-period',
    kind: 'scope',
    applies: (p) => !!p.other.figure.period && periodKey(p.other) !== periodKey(p.favoured),
    explain: (p) => ({
      favoured: p.favoured.value,
      why: `${fmt(p.other)} covers ${periodKey(p.other)}, ${fmt(p.favoured)} covers ${periodKey(p.favoured) || 'the whole event'}: different periods.`,
    }),
  },
  {
    name: 'different-cause',
    kind: 'scope',
    applies: (p) => !!p.other.figure.cause && !!p.favoured.figure.cause && p.other.figure.cause !== p.favoured.figure.cause,
    explain: (p) => ({
      favoured: p.favoured.value,
      why: `${fmt(p.other)} counts deaths from ${p.other.figure.cause}, ${fmt(p.favoured)} from ${p.favoured.figure.cause}: different scope.`,
    }),
  },
  {
    name: 'different-originator',
    kind: 'originator',
    applies: (p) => p.other.originator !== p.favoured.originator,
    explain: (p) => ({
      favoured: p.favoured.value,
      why: `Different originators count differently: ${p.other.originator} ${fmt(p.other)}, ${p.favoured.originator} ${fmt(p.favoured)}. ${p.favoured.originator}'s figure is favoured: more reports support it, or its originator is cited by more reports of the story.`,
    }),
  },
  {
    name: 'same-originator-disagrees',
    kind: 'conflict',
    applies: () => true,
    explain: (p) => ({
      favoured: p.favoured.value,
      why: `Reports credit ${p.favoured.originator} with both ${fmt(p.other)} and ${fmt(p.favoured)} for the same day; one of them is likely a transcription error. ${fmt(p.favoured)} is favoured: more reports support it.`,
    }),
  },
];

function periodKey(r: Reading): string {
  const p = r.figure.period;
  return p ? `${p.start}–${p.end}` : '';
}

export function quantityLabel(q: Pick<Quantity, 'kind' | 'victims' | 'unit' | 'place'>): string {
  const who = nodeLabel(q.victims.node);
  const unit = q.unit === 'people' ? '' : ` (${q.unit})`;
  return `${who} ${q.kind}${unit}${q.place ? ` in ${q.place}` : ''}`;
}

export function asFigure(r: Reading): DifferenceFigure {
  return {
    value: r.value,
    qualifier: r.qualifier,
    unit: r.unit,
    asOf: r.date,
    doc: r.docId,
    cite: r.cite,
    source: r.originator,
    quote: r.quote,
  };
}

/** Differences inside one quantity: its movement over time, then each day's disagreements. */
export function explainQuantity(q: Quantity, rs: readonly Reading[], weight?: ReadonlyMap<string, number>): Difference[] {
  const about = quantityLabel(q);
  const out: Difference[] = [];
  const byDay = groupByDay(rs.filter((r) => !r.party));
  const days = [...byDay.keys()].sort();
  const dayPick = new Map(days.map((d) => [d, dayValue(byDay.get(d)!, weight)]));
  const update = explainUpdate(about, days.map((d) => dayPick.get(d)!));
  if (update) out.push(update);
  const latest = days.length ? dayPick.get(days[days.length - 1])! : null;
  const seen = new Set<string>();
  // WHY an index: the first difference whose first figure has this value and source, found without rescanning `out`
  // for every repeat (a 1,000-report story repeats most figures).
  const firstBy = new Map<string, Difference>();
  const keyOf = (value: unknown, source: string | null) => `${typeof value}:${value}|${source === null ? '\0' : source}`;
  const byKey = (d: Difference) => keyOf(d.figures[0].value, d.figures[0].source);
  for (const d of out) if (d.figures.length && !firstBy.has(byKey(d))) firstBy.set(byKey(d), d);
  for (const r of rs) {
    const fav = r.party ? dayPick.get(r.date ?? '') ?? latest : dayPick.get(r.date ?? '');
    if (!fav || fav === r || (fav.value === r.value && fav.qualifier === r.qualifier)) continue;
    // A party repeating its claim on later days is one claim, so its date is left out of the signature.
    const sig = `${r.value}|${r.qualifier}|${r.originator}|${r.party ? 'party' : r.date}|${fav.value}`;
    if (seen.has(sig)) {
      firstBy.get(keyOf(r.value, r.originator))?.figures.push(asFigure(r));
      continue;
    }
    seen.add(sig);
    const rule = DIFFERENCE_RULES.find((x) => x.applies({ other: r, favoured: fav }))!;
    const { favoured, why } = rule.explain({ other: r, favoured: fav });
    const d: Difference = { about, kind: rule.kind, figures: [asFigure(r), asFigure(fav)], favoured, why, rule: rule.name };
    out.push(d);
    if (!firstBy.has(byKey(d))) firstBy.set(byKey(d), d);
  }
  return out;
}

/** The day-by-day movement of a count: one `update` difference from the first day's value to the last's. */
function explainUpdate(about: string, points: Reading[]): Difference | null {
  if (points.length < 2) return null;
  const moved = points.filter((p, i) => i === 0 || p.value !== points[i - 1].value);
  if (moved.length < 2) return null;
  const first = moved[0];
  const last = moved[moved.length - 1];
  const same = new Set(moved.map((p) => p.originator)).size === 1;
  const path = moved.map((p) => `${fmt(p)} (${p.date})`).join(' → ');
  const direction = last.value >= first.value ? 'rose' : 'was revised down';
  return {
    about,
    kind: 'update',
    figures: moved.map(asFigure),
    favoured: last.value,
    why: `The count ${direction}: ${path}. ${same ? `The same originator (${last.originator}) updated its count` : 'Later counts supersede earlier ones'}; the latest is favoured.`,
    rule: 'later-supersedes',
  };
}

/**
 * Household-to-people factor used only to say whether two counts in different units are of the same order; the
 * figures are never converted in the estimates. Sahel and Levant surveys put households at 5–7 people.
 */
export const PEOPLE_PER_FAMILY: readonly [number, number] = [5, 7];

/** The same kind and victims counted in different units (14,000 people vs 7,000 families): not a conflict. */
export function explainUnits(quantities: readonly Quantity[]): Difference[] {
  const groups = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const k = `${q.kind}|${q.victims.node}|${q.place ?? ''}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(q);
  }
  const out: Difference[] = [];
  for (const qs of groups.values()) {
    const units = new Set(qs.map((q) => q.unit));
    if (units.size < 2) continue;
    const shown = qs.filter((q) => q.best !== null && q.latest);
    const words = shown.map((q) => `${q.best!.toLocaleString('en-US')} ${q.unit} (${q.originators.join(', ')})`);
    const fam = shown.find((q) => q.unit === 'families' || q.unit === 'households');
    const ppl = shown.find((q) => q.unit === 'people');
    const order =
      fam && ppl
        ? ` At ${PEOPLE_PER_FAMILY[0]}–${PEOPLE_PER_FAMILY[1]} people per ${fam.unit === 'families' ? 'family' : 'household'}, ${fam.best!.toLocaleString('en-US')} ${fam.unit} is ${(fam.best! * PEOPLE_PER_FAMILY[0]).toLocaleString('en-US')}–${(fam.best! * PEOPLE_PER_FAMILY[1]).toLocaleString('en-US')} people.`
        : '';
    out.push({
      about: `${nodeLabel(qs[0].victims.node)} ${qs[0].kind}`,
      kind: 'unit',
      figures: shown.map((q) => ({
        value: q.best!,
        unit: q.unit,
        asOf: q.latest!.asOf,
        doc: q.latest!.doc,
        cite: q.latest!.cite,
        source: q.originators[0] ?? null,
        quote: q.history.find((h) => h.doc === q.latest!.doc && h.value === q.best)?.quote ?? '',
      })),
      favoured: null,
      why: `Different units: ${words.join(' and ')} count different things and are not a contradiction; neither replaces the other.${order}`,
      rule: 'different-unit',
    });
  }
  return out;
}

/**
 * A broader total that narrower counts add up to ("about 200 people" ≈ 182 combatants + 19 civilians) differs
 * from them in scope only.
 */
export function explainScopeFromArithmetic(checks: readonly ArithmeticCheck[], readings: readonly Reading[]): Difference[] {
  const out: Difference[] = [];
  for (const c of checks) {
    if (c.holds === 'no' || c.parts.some((p) => p.docs.some((d) => c.total.docs.includes(d)))) continue;
    const totalR = readings.find((r) => c.total.docs.includes(r.docId) && r.node === c.total.node && r.value === c.total.value);
    if (!totalR) continue;
    const partRs = c.parts
      .map((p) => readings.find((r) => p.docs.includes(r.docId) && r.value === p.value && (r.node === p.node || r.place)))
      .filter((r): r is Reading => !!r);
    out.push({
      about: c.about,
      kind: 'scope',
      figures: [asFigure(totalR), ...partRs.map(asFigure)],
      favoured: `${c.parts.map((p) => p.value).join(' + ')} = ${c.sum}`,
      why: `The figures agree once scope is counted: ${c.text}. The total ${c.holds === 'equal' ? 'is exactly' : 'is, within its qualifier,'} the sum of the narrower counts.`,
      rule: 'total-includes-parts',
    });
  }
  return out;
}
