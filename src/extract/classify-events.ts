/**
 * Classifies a sentence into an ACLED event type and sub-event type by the keyword rules in tables/events.ts.
 * Territory changes become "Government regains territory" or "Non-state actor overtakes territory" by the side of
 * the acting actor, or an armed clash when the side is unknown.
 */
import type { EventType } from '../model/entities.js';
import { EVENT_RULES, TERRITORY_SUBTYPES } from './tables/events.js';

export interface EventClass {
  type: EventType;
  subType: string;
  /** Offset of the trigger word within the classified text. */
  at: number;
}

/**
 * All rules as one pattern, rule k as the named alternative `rk`. At each position the alternation reports the
 * first rule (in table order) that matches there; walking the match positions left to right and keeping the lowest
 * rule seen finds the rule the ordered loop would pick, in about one pass over the sentence instead of one per rule.
 * That rule's own first match is the first position that reported it.
 */
const RULES_AT = rulesPattern(EVENT_RULES.map((r) => r.pattern));

export function classifyEvent(sentence: string, actingSide: 'state' | 'nonstate' | null = null): EventClass | null {
  const hit = firstRule(sentence);
  if (!hit) return null;
  const rule = EVENT_RULES[hit.rule];
  if (rule.subType === 'Territory change') {
    return { type: 'Battles', subType: actingSide ? TERRITORY_SUBTYPES[actingSide] : 'Armed clash', at: hit.at };
  }
  return { type: rule.type, subType: rule.subType, at: hit.at };
}

/** The first rule in table order that matches the sentence, and where it first matches. */
function firstRule(sentence: string): { rule: number; at: number } | null {
  if (!RULES_AT) return firstRuleOneByOne(sentence);
  let best: { rule: number; at: number } | null = null;
  RULES_AT.lastIndex = 0;
  for (let m = RULES_AT.exec(sentence); m; m = RULES_AT.exec(sentence)) {
    const k = alternativeOf(m, best ? best.rule : EVENT_RULES.length);
    if (k >= 0) best = { rule: k, at: m.index };
    if (best?.rule === 0) break;
    RULES_AT.lastIndex = m.index + 1;
  }
  return best;
}

/** Which of the first `below` alternatives matched, or -1. */
function alternativeOf(m: RegExpExecArray, below: number): number {
  for (let k = 0; k < below; k++) if (m.groups?.[`r${k}`] !== undefined) return k;
  return -1;
}

function firstRuleOneByOne(sentence: string): { rule: number; at: number } | null {
  for (let k = 0; k < EVENT_RULES.length; k++) {
    const m = EVENT_RULES[k].pattern.exec(sentence);
    if (m) return { rule: k, at: m.index };
  }
  return null;
}

/** One global pattern with each of `patterns` as a named alternative, or null when their flags differ. */
function rulesPattern(patterns: readonly RegExp[]): RegExp | null {
  const flags = patterns[0]?.flags ?? '';
  if (patterns.some((p) => p.flags !== flags || p.global || p.sticky || /\(\?<[A-Za-z]/.test(p.source))) return null;
  return new RegExp(patterns.map((p, k) => `(?<r${k}>${p.source})`).join('|'), `${flags}g`);
}
