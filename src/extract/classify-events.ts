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

export function classifyEvent(sentence: string, actingSide: 'state' | 'nonstate' | null = null): EventClass | null {
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
