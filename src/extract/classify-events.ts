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
 * Any rule's keyword, in one pattern: most sentences name no event, and one pass over them costs a quarter of
 * trying every rule. It matches exactly when some rule matches, so the rules' order still decides.
 */
const ANY_RULE = anyOf(EVENT_RULES.map((r) => r.pattern));

export function classifyEvent(sentence: string, actingSide: 'state' | 'nonstate' | null = null): EventClass | null {
  if (ANY_RULE && !ANY_RULE.test(sentence)) return null;
  for (const rule of EVENT_RULES) {
    const m = rule.pattern.exec(sentence);
    if (!m) continue;
    if (rule.subType === 'Territory change') {
      return { type: 'Battles', subType: actingSide ? TERRITORY_SUBTYPES[actingSide] : 'Armed clash', at: m.index };
    }
    return { type: rule.type, subType: rule.subType, at: m.index };
  }
  return null;
}

/** One pattern matching where any of `patterns` does, or null when their flags differ (no shortcut then). */
export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  const flags = patterns[0]?.flags ?? '';
  if (patterns.some((p) => p.flags !== flags || p.global || p.sticky)) return null;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}
