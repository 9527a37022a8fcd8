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
  const k = firstRule(sentence);
  if (k < 0) return null;
  return { ...classOfRule(k, actingSide), at: sentence.search(EVENT_RULES[k].pattern) };
}

/** The type and sub-type of rule `k`: a territory change is typed by the acting side. */
export function classOfRule(k: number, actingSide: 'state' | 'nonstate' | null): Omit<EventClass, 'at'> {
  const rule = EVENT_RULES[k];
  if (rule.subType === 'Territory change') return { type: 'Battles', subType: actingSide ? TERRITORY_SUBTYPES[actingSide] : 'Armed clash' };
  return { type: rule.type, subType: rule.subType };
}

/**
 * The index of the first rule in table order whose pattern matches the sentence, or -1. Only the rules whose
 * triggers occur in the sentence are tried: every match of a rule holds one of its triggers.
 */
export function firstRule(sentence: string): number {
  const candidates = candidateRules(sentence);
  for (let k = 0; k < EVENT_RULES.length; k++) {
    if (candidates !== ALL_RULES && (candidates & (1 << k)) === 0) continue;
    if (EVENT_RULES[k].pattern.test(sentence)) return k;
  }
  return -1;
}

/**
 * Rule bit masks fit 31 rules; with more, or when a pattern has flags the trigger scan does not share (`u` folds
 * case differently, `g`/`y` keep state), every rule is a candidate.
 */
const ALL_RULES = -1;
const MASKABLE = EVENT_RULES.length <= 31 && EVENT_RULES.every((r) => /^i?$/.test(r.pattern.flags));

/** Every trigger of every rule: words at a word start, `within` letters anywhere. */
const TRIGGERS = new RegExp(
  [
    `\\b(?:${[...new Set(EVENT_RULES.flatMap((r) => r.words))].map(escape).join('|')})`,
    ...new Set(EVENT_RULES.flatMap((r) => r.within).map(escape)),
  ].join('|'),
  'gi',
);

/**
 * The rules a trigger can stand for, by the trigger's first three letters. Triggers that match at the same place
 * share those letters, so the mask at a hit covers every rule whose trigger is there.
 */
const RULES_BY_KEY = rulesByKey();

function rulesByKey(): Map<number, number> {
  const out = new Map<number, number>();
  EVENT_RULES.forEach((rule, k) => {
    for (const t of [...rule.words, ...rule.within]) {
      if (!/^[a-z]{3}/.test(t)) throw new Error(`event trigger "${t}" must start with three lower-case letters`);
      const key = keyAt(t, 0);
      out.set(key, (out.get(key) ?? 0) | (1 << k));
    }
  });
  return out;
}

/** Three ASCII letters at `at`, folded to lower case, as one number. */
function keyAt(s: string, at: number): number {
  return ((s.charCodeAt(at) | 32) << 16) | ((s.charCodeAt(at + 1) | 32) << 8) | (s.charCodeAt(at + 2) | 32);
}

/** The rules whose triggers occur in the sentence, as a bit mask (bit k: rule k). */
function candidateRules(sentence: string): number {
  if (!MASKABLE) return ALL_RULES;
  let mask = 0;
  TRIGGERS.lastIndex = 0;
  for (let m = TRIGGERS.exec(sentence); m; m = TRIGGERS.exec(sentence)) {
    mask |= RULES_BY_KEY.get(keyAt(sentence, m.index)) ?? 0;
    TRIGGERS.lastIndex = m.index + 1;
  }
  return mask;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
