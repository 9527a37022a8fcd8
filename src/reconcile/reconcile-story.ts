/**
 * `reconcileStory(story)`: one sourced picture of a story. Readings from every report → quantities → arithmetic
 * checks → estimates → differences (numeric, unit, scope; start day, place, responsibility), each explained.
 */
import type { SitrepDocument } from '../model/document.js';
import type { Difference, Quantity, Reconciled, StoryInput } from './types.js';
import { collectReadings, docReadings, groupQuantities, orderDocuments } from './group-quantities.js';
import { checkArithmetic, narrowTotals } from './check-arithmetic.js';
import { estimate, originatorWeight } from './estimate.js';
import { explainQuantity, explainScopeFromArithmetic, explainUnits } from './explain-differences.js';
import { reconcileStart } from './date-claims.js';
import { reconcilePlace } from './place-claims.js';
import { reconcileResponsibility } from './responsibility.js';
import { nodeLabel, parentNode } from './victims.js';
import { sidesInStory } from './parties.js';

/** Event types and victim sides that make a story one about fighting, where belligerents' figures are claims. */
export const CONFLICT_EVENT_TYPES: ReadonlySet<string> = new Set([
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
]);

/** Order of kinds in the output: what readers look for first. */
export const KIND_ORDER: readonly string[] = ['killed', 'casualties', 'injured', 'missing', 'displaced', 'detained', 'abducted', 'affected', 'control'];
/** Order of victim groups: the widest count first, then sides, then civilians. */
const NODE_ORDER: readonly string[] = ['all', 'combatants', 'nonstate', 'state', 'civilians', 'unknown'];

/**
 * Actor types whose mere presence makes a story one about fighting. Not state forces: armies, navies and police
 * rescue and count after earthquakes and shipwrecks, so a soldier clearing a landslide does not make a disaster a war.
 */
export const CONFLICT_ACTOR_TYPES: ReadonlySet<string> = new Set(['nonstate-armed-group']);

export function isConflictStory(docs: readonly SitrepDocument[]): boolean {
  return docs.some(
    (d) =>
      d.events?.some((e) => CONFLICT_EVENT_TYPES.has(e.type)) ||
      d.figures?.some((f) => f.victims.side === 'state' || f.victims.side === 'nonstate' || f.victims.side === 'combatants') ||
      d.actors?.some((a) => CONFLICT_ACTOR_TYPES.has(a.type)),
  );
}

export function reconcileStory(story: StoryInput): Reconciled {
  if (!story || !Array.isArray(story.documents)) {
    throw new Error('sitrep: reconcileStory needs {id, label, documents: SitrepDocument[]}; documents is missing.');
  }
  const { ordered, cites } = orderDocuments(story.documents);
  const raw = collectReadings(ordered, cites, { conflict: isConflictStory(ordered), sides: sidesInStory(ordered) });
  narrowTotals(raw);
  const readings = docReadings(raw);
  const arithmetic = checkArithmetic(readings);
  const groups = groupQuantities(readings);
  const quantities: Quantity[] = [];
  const differences: Difference[] = [];
  const weight = originatorWeight(readings);
  for (const [key, rs] of groups) {
    const q = estimate(key, rs, weight);
    quantities.push(q);
    differences.push(...explainQuantity(q, rs, weight));
  }
  addBreakdowns(quantities);
  quantities.sort(compareQuantities);
  differences.push(...explainUnits(quantities), ...explainScopeFromArithmetic(arithmetic, readings));
  const start = reconcileStart(ordered, cites);
  const place = reconcilePlace(ordered, cites);
  const who = reconcileResponsibility(ordered, cites);
  // non-numeric differences first: when, where, who
  differences.unshift(...[start.difference, ...place.differences, who.difference].filter((d): d is Difference => d !== null));
  return {
    story,
    readings,
    quantities,
    arithmetic,
    differences,
    eventStart: { date: start.date, words: start.words, claims: start.claims },
    eventPlace: {
      name: place.name,
      claims: place.claims.map((c) => ({ doc: c.doc, cite: c.cite, outlet: c.outlet, place: c.place.name, admin1: c.place.admin1, precision: c.place.precision, quote: c.quote })),
    },
    responsibility: { actor: who.actor, rule: who.rule, claims: who.claims },
    cites,
    orderedDocs: ordered,
  };
}

/**
 * Each quantity's parts with their best values: rebels 121 → HTS 102 + allied groups 19. A part hangs under its
 * nearest ancestor that is itself a quantity (HTS under combatants when no report gives the rebel total).
 */
function addBreakdowns(qs: Quantity[]): void {
  const nodes = new Map(qs.filter((q) => !q.place).map((q) => [`${q.kind}|${q.unit}|${q.victims.node}`, q]));
  for (const q of qs) q.breakdown = [];
  for (const q of qs) {
    let parent: Quantity | undefined;
    if (q.place) parent = nodes.get(`${q.kind}|${q.unit}|${q.victims.node}`);
    else {
      for (let n = parentNode(q.victims.node); n && !parent; n = parentNode(n)) parent = nodes.get(`${q.kind}|${q.unit}|${n}`);
    }
    if (!parent) continue;
    parent.breakdown.push({
      node: q.place ? `${q.victims.node}@${q.place}` : q.victims.node,
      label: q.place ? `in ${q.place}` : nodeLabel(q.victims.node),
      value: q.best,
    });
  }
}

function compareQuantities(a: Quantity, b: Quantity): number {
  const rank = (q: Quantity): number => {
    const i = NODE_ORDER.indexOf(q.victims.node);
    return i >= 0 ? i : NODE_ORDER.indexOf(q.victims.node.split('/')[0]) + 0.5;
  };
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.unit.localeCompare(b.unit) * 0 ||
    rank(a) - rank(b) ||
    (a.place ?? '').localeCompare(b.place ?? '') ||
    a.unit.localeCompare(b.unit)
  );
}
