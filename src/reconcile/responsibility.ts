/**
 * Non-numeric differences about who is responsible. Each report's statements (events' `responsibility`: claims,
 * blame, denials, attributions; stage find-responsibility) are its claims; a report with none names the perpetrator
 * only through its lead event's actor1, when that event is an attack (ATTACK_TYPES) by a named armed actor.
 * Different perpetrators named, or an accused that denies, make a `conflict` "who is responsible".
 *
 * Favoured (RESPONSIBILITY_RULES, first that decides): a claim of responsibility by the perpetrator itself (and no
 * denial by it); else the actor named by a majority of independent originators (each accuser, claimant, denier or —
 * for an uncredited naming — outlet counts once; reprints not at all); else none ("unresolved").
 */
import type { SitrepDocument } from '../model/document.js';
import type { ResponsibilityStatement } from '../model/entities.js';
import type { Difference, ResponsibilityClaim } from './types.js';
import { voiceOf } from './place-claims.js';

/** Event types with a perpetrator and a target, where the acting side can be said to be responsible. */
export const ATTACK_TYPES: ReadonlySet<string> = new Set(['Explosions/Remote violence', 'Violence against civilians']);
/** Actor types that can carry out an attack (an actor1 of another type names no perpetrator). */
const PERPETRATOR_TYPES: ReadonlySet<string> = new Set(['nonstate-armed-group', 'militia', 'state-force', 'international-force', 'government']);
/** Stances that name someone as responsible (a denial names the accused but says the opposite). */
const NAMING: ReadonlySet<ResponsibilityStatement['stance']> = new Set(['claim', 'blame', 'attribution']);

export interface ResponsibilityResult {
  actor: string | null;
  rule: string | null;
  claims: ResponsibilityClaim[];
  difference: Difference | null;
}

interface Tally {
  claims: ResponsibilityClaim[];
  actors: string[];
  /** Actor key → distinct independent originators naming it. */
  naming: Map<string, Set<string>>;
  denied: Set<string>;
  selfClaimed: Set<string>;
  originators: Set<string>;
}

interface ResponsibilityRule {
  name: string;
  decide(t: Tally): { actor: string; why: string } | null;
}

const key = (actor: string): string => actor.toLowerCase().replace(/^the\s+/, '').trim();

export const RESPONSIBILITY_RULES: readonly ResponsibilityRule[] = [
  {
    name: 'claim-by-perpetrator',
    decide: (t) => {
      const self = [...t.selfClaimed].filter((k) => !t.denied.has(k));
      if (self.length !== 1) return null;
      const actor = t.actors.find((a) => key(a) === self[0])!;
      return { actor, why: `${actor} claimed responsibility itself; a perpetrator's own claim outweighs others' attributions.` };
    },
  },
  {
    name: 'majority-of-independent-originators',
    decide: (t) => {
      const ranked = [...t.naming].sort((a, b) => b[1].size - a[1].size);
      const [first, second] = ranked;
      if (!first || first[1].size * 2 <= t.originators.size || (second && second[1].size === first[1].size)) return null;
      const actor = t.actors.find((a) => key(a) === first[0])!;
      return { actor, why: `${actor} is named by ${first[1].size} of ${t.originators.size} independent originators.` };
    },
  },
];

/** One report's claims: its statements, else its lead attack's named actor1. */
export function responsibilityClaims(doc: SitrepDocument, cite: number): ResponsibilityClaim[] {
  const { outlet, voice } = voiceOf(doc);
  const reprint = !!doc.duplicateOf;
  const out: ResponsibilityClaim[] = [];
  for (const e of doc.events ?? []) {
    for (const s of e.responsibility ?? []) {
      if (out.some((c) => key(c.actor) === key(s.actor) && c.stance === s.stance)) continue;
      out.push({ doc: doc.id, cite, outlet, voice, reprint, actor: s.actor, stance: s.stance, by: s.by, quote: doc.text.slice(s.span[0], s.span[1]).trim() });
    }
  }
  if (out.length) return out;
  const lead = doc.events?.[0];
  const a1 = lead?.actor1 ? doc.actors?.find((a) => a.name === lead.actor1) : undefined;
  if (lead && a1 && ATTACK_TYPES.has(lead.type) && PERPETRATOR_TYPES.has(a1.type) && /^[A-Z]/.test(a1.name)) {
    out.push({ doc: doc.id, cite, outlet, voice, reprint, actor: a1.name, stance: 'attribution', by: null, quote: doc.text.slice(lead.span[0], lead.span[1]).trim() });
  }
  return out;
}

/** Who speaks in a claim: the claimant or denier itself, the accuser, else the outlet (counted per `voice`). */
const originatorOf = (c: ResponsibilityClaim): string => (c.stance === 'claim' || c.stance === 'denial' ? c.actor : c.by ?? c.outlet);
const voiceKey = (c: ResponsibilityClaim): string => (c.stance === 'claim' || c.stance === 'denial' ? c.actor : c.by ?? c.voice);

function tally(claims: ResponsibilityClaim[]): Tally {
  const t: Tally = { claims, actors: [], naming: new Map(), denied: new Set(), selfClaimed: new Set(), originators: new Set() };
  for (const c of claims) {
    const k = key(c.actor);
    if (!t.actors.some((a) => key(a) === k)) t.actors.push(c.actor);
    if (c.stance === 'denial') t.denied.add(k);
    if (c.stance === 'claim') t.selfClaimed.add(k);
    if (c.reprint) continue;
    t.originators.add(voiceKey(c));
    if (!NAMING.has(c.stance)) continue;
    if (!t.naming.has(k)) t.naming.set(k, new Set());
    t.naming.get(k)!.add(voiceKey(c));
  }
  return t;
}

export function reconcileResponsibility(docs: readonly SitrepDocument[], cites: ReadonlyMap<string, number>): ResponsibilityResult {
  const claims = docs.flatMap((d) => responsibilityClaims(d, cites.get(d.id) ?? 0));
  if (!claims.length) return { actor: null, rule: null, claims, difference: null };
  const t = tally(claims);
  const disputed = t.naming.size >= 2 || [...t.naming.keys()].some((k) => t.denied.has(k));
  let decided: { actor: string; why: string } | null = null;
  let rule = 'unresolved';
  for (const r of RESPONSIBILITY_RULES) {
    decided = r.decide(t);
    if (decided) {
      rule = r.name;
      break;
    }
  }
  if (!disputed) return { actor: decided?.actor ?? null, rule: decided ? rule : null, claims, difference: null };
  return { actor: decided?.actor ?? null, rule, claims, difference: conflict(t, decided, rule) };
}

const STANCE_WORDS: Readonly<Record<ResponsibilityStatement['stance'], (c: ResponsibilityClaim) => string>> = {
  claim: (c) => `${c.actor} claimed responsibility`,
  denial: (c) => `${c.actor} denied involvement`,
  blame: (c) => `${c.by ?? c.outlet} blamed ${c.actor}`,
  attribution: (c) => (c.by ? `${c.by} attributed it to ${c.actor}` : `${c.outlet} names ${c.actor} as the attacker`),
};

function conflict(t: Tally, decided: { actor: string; why: string } | null, rule: string): Difference {
  const named = t.actors.filter((a) => t.naming.has(key(a)));
  const denials = t.actors.filter((a) => t.denied.has(key(a)));
  const lead = named.length >= 2 ? `Reports name different perpetrators: ${named.join(' vs ')}.` : `${named[0]} is named as responsible and denies it.`;
  const denied = denials.length ? ` Denied by the accused: ${denials.join(', ')}.` : '';
  return {
    about: 'who is responsible',
    kind: 'conflict',
    figures: t.claims.map((c) => ({ value: STANCE_WORDS[c.stance](c), doc: c.doc, cite: c.cite, source: originatorOf(c), quote: c.quote })),
    favoured: decided?.actor ?? null,
    why: `${lead}${denied} ${decided ? decided.why : 'No claim by a perpetrator and no majority of independent originators: none is favoured (unresolved).'}`,
    rule,
  };
}
