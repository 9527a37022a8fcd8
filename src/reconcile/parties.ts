/**
 * Is an originator a party to the event? A belligerent's figure for enemy dead (or its own) is a claim, not a
 * count: it is shown, but kept out of the estimates. Decided from the actor table, then from the story's own
 * actors, then from words in the source name.
 */
import type { ActorType } from '../model/entities.js';
import type { SitrepDocument } from '../model/document.js';
import { lookupActor } from '../extract/tables/actors.js';

/** Actor types that fight: their figures are party claims. */
export const PARTY_TYPES: ReadonlySet<ActorType> = new Set<ActorType>([
  'state-force',
  'nonstate-armed-group',
  'militia',
  'government',
  'international-force',
]);

/** Media aligned with a side (state news agencies, group channels) report that side's claims. */
export const ALIGNED_MEDIA_IS_PARTY = true;

/** Words in an originator's name that mark a belligerent when the table does not know the name. */
export const PARTY_WORDS: readonly RegExp[] = [
  /\b(?:rebels?|insurgents?|militants?|jihadists?|army|military|troops|forces|ministry of (?:defen[cs]e|interior)|defen[cs]e ministry|government|regime|militia|brigades?|front|command|spokes(?:man|woman|person) for the (?:army|group))\b/i,
  /\b(?:telegram|statement by the group|the group said)\b/i,
];

/** Words that mark a neutral counter even when a party word appears ("UN mission", "monitor"). */
export const NEUTRAL_WORDS: readonly RegExp[] = [
  /\b(?:monitor|observatory|un|united nations|ocha|unhcr|iom|who|red cross|red crescent|icrc|hospital|doctors|medics|civil defen[cs]e|rescue|ngo|amnesty|human rights watch|committee)\b/i,
];

/**
 * Counters that are part of a government but not of its fighting force: their tolls are counts, not claims
 * (UCDP and ACLED use them as sources).
 */
export const NON_PARTY_NAMES: ReadonlySet<string> = new Set(['health ministry', 'civil defence', 'hospital']);

/**
 * @param conflict whether the story is about fighting; in a disaster or an accident nobody is a party, so no
 *   originator's figure is a party claim.
 */
export function isParty(originator: string, doc?: SitrepDocument, conflict = true, sides?: ReadonlySet<Side>): boolean {
  if (!conflict) return false;
  // a side that takes no part in the event (police after a bombing of a market) counts; it does not claim
  const takesPart = (side: Side | null): boolean => !sides || side === null || sides.has(side);
  const entry = lookupActor(originator);
  if (entry) return !NON_PARTY_NAMES.has(entry.name) && partyType(entry.type, entry.side) && takesPart(entry.side);
  const actor = doc?.actors?.find((a) => a.name === originator || a.aliases.includes(originator));
  if (actor) return partyType(actor.type, actor.side) && takesPart(actor.side);
  if (NEUTRAL_WORDS.some((re) => re.test(originator))) return false;
  return PARTY_WORDS.some((re) => re.test(originator));
}

function partyType(type: ActorType, side: 'state' | 'nonstate' | null): boolean {
  if (PARTY_TYPES.has(type)) return side !== null || type !== 'government';
  return ALIGNED_MEDIA_IS_PARTY && type === 'media' && side !== null;
}

type Side = 'state' | 'nonstate';

/** Victim sides whose counts show that side fought in the event: `combatants` are fighters of either side. */
export const FIGHTING_VICTIM_SIDES: Readonly<Record<string, readonly Side[]>> = {
  state: ['state'],
  nonstate: ['nonstate'],
  combatants: ['state', 'nonstate'],
};

/**
 * The sides that take part in a story: a side whose fighters are counted among the victims, or whose actor is an
 * event's actor (attacker or attacked). A suicide bombing of a market by a non-state group involves the non-state
 * side only; the state's police and officials who count its dead are counters there, not parties.
 */
export function sidesInStory(docs: readonly SitrepDocument[]): Set<Side> {
  const out = new Set<Side>();
  for (const d of docs) {
    for (const f of d.figures ?? []) {
      const fought = FIGHTING_VICTIM_SIDES[f.victims.side] ?? [];
      for (const s of fought) out.add(s);
      // a side that counts the other side's fighters ("the army said it killed 60 militants") fought them
      const by = fought.length && f.source ? lookupActor(f.source)?.side : null;
      if (by) out.add(by);
    }
    for (const e of d.events ?? []) {
      for (const name of [e.actor1, e.actor2]) {
        const entry = name ? lookupActor(name) : null;
        // generic names ("police", "security forces") are as often the event's reporter as its actor
        if (!name || entry?.generic) continue;
        const side = d.actors?.find((a) => a.name === name || a.aliases.includes(name))?.side ?? entry?.side ?? null;
        if (side) out.add(side);
      }
    }
  }
  return out;
}
