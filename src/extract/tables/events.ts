/**
 * ACLED event types and sub-event types, recognised by keywords in a sentence. Rules are tried in order and the
 * first that matches wins, so the more specific (suicide bomb before explosion; air strike before shelling; attacks
 * on civilians before armed clash) come first. Territory changes are typed by the acting side (see build-events).
 */
import type { EventType } from '../../model/entities.js';

export interface EventRule {
  readonly type: EventType;
  readonly subType: string;
  readonly pattern: RegExp;
}

const r = (type: EventType, subType: string, pattern: RegExp): EventRule => ({ type, subType, pattern });

export const EVENT_RULES: readonly EventRule[] = [
  r('Explosions/Remote violence', 'Suicide bomb', /\bsuicide (?:bomb(?:ing|er|ers|s)?|attack(?:er|ers|s)?|car bomb|vest)\b/i),
  r('Explosions/Remote violence', 'Remote explosive/landmine/IED', /\b(?:roadside|car|truck|parcel|motorcycle) bomb|\bIEDs?\b|improvised explosive|land ?mines?|explosive device|\bbomb (?:blast|exploded|went off)|\bexplosions?\b|\bblasts?\b/i),
  r('Explosions/Remote violence', 'Air/drone strike', /\bair ?(?:strikes?|raids?|attacks?)|\bairstrikes?|\bdrone (?:strikes?|attacks?)|\bwarplanes?\b|\bjets? (?:struck|bombed|hit)|aerial (?:bombardment|attack)|\bhelicopter gunships?|\bbarrel bombs?/i),
  r('Explosions/Remote violence', 'Shelling/artillery/missile attack', /\bshell(?:ing|ed|s)\b|\bartillery\b|\bmortars?\b|\brockets?\b|\bmissiles?\b|\bbombardments?\b/i),
  r('Explosions/Remote violence', 'Grenade', /\bgrenades?\b/i),
  r('Violence against civilians', 'Sexual violence', /\brap(?:e|ed|es)\b|sexual (?:violence|assault|abuse)/i),
  r('Violence against civilians', 'Abduction/forced disappearance', /\babduct(?:ed|ion|ions|s)?\b|\bkidnap(?:ped|ping|pings|s)?\b|forcibly disappeared|taken hostage/i),
  r('Violence against civilians', 'Attack', /\bmassacre[ds]?\b|\bexecuted\b|opened fire on (?:civilians|worshippers|villagers|passengers|residents|a crowd)|attack(?:ed|s)? (?:on )?(?:an? |the )?(?:civilians|villagers|village|worshippers|market|school|hospital|mosque|church|camp for displaced)|\bshot dead\b|\bstabb(?:ed|ing)\b|\blynch(?:ed|ing)\b/i),
  r('Battles', 'Territory change', /\b(?:seiz(?:ed|ing|e)|captur(?:ed|ing|e)|took control|taken control|seized control|overr(?:an|un)|recaptur(?:ed|ing)|retook|retaken|regain(?:ed)?|took over|advanced into|entered the (?:town|city|village))\b/i),
  r('Battles', 'Armed clash', /\bclash(?:es|ed)?\b|\bfighting\b|\bbattles?\b|\bfought\b|\boffensive\b|\bgun ?battles?|\bfirefights?|exchange of fire|\bambush(?:ed)?\b|\bassault\b|\bskirmish(?:es)?\b|\battack(?:ed|s)? (?:on )?(?:an? |the )?(?:military|army|police|security|troops|soldiers|positions|a base|checkpoints?|a checkpoint|barracks)/i),
  r('Riots', 'Mob violence', /\bmobs?\b|\bvigilante/i),
  r('Riots', 'Violent demonstration', /\briot(?:s|ers|ing)?\b|violent (?:protests?|demonstrations?)|\btorched\b|\bset fire to\b|\blooting\b/i),
  r('Protests', 'Excessive force against protesters', /(?:protesters|demonstrators) (?:were )?(?:killed|shot)|(?:fired|opened fire) on (?:protesters|demonstrators)/i),
  r('Protests', 'Protest with intervention', /(?:protest|demonstrat)\w* .{0,60}(?:tear gas|dispers|water cannon|arrested)|(?:tear gas|water cannon|dispers\w*) .{0,40}(?:protest|demonstrat|crowd)/i),
  r('Protests', 'Peaceful protest', /\bprotest(?:s|ers|ed|ing)?\b|\bdemonstrat(?:ion|ions|ors|ed)\b|\brall(?:y|ies|ied)\b|\bsit-ins?\b|\bmarched\b/i),
  r('Strategic developments', 'Agreement', /\bceasefire (?:agreement|deal)|\btruce\b|peace (?:deal|agreement|accord)|signed an? (?:agreement|deal)|prisoner (?:exchange|swap)/i),
  r('Strategic developments', 'Arrests', /\barrest(?:ed|s)?\b|\bdetained\b/i),
  r('Strategic developments', 'Disrupted weapons use', /\bdefused\b|\bintercepted\b|\bshot down\b|\bdismantled\b/i),
  r('Strategic developments', 'Looting/property destruction', /\blooted\b|\b(?:destroyed|burned|demolished) (?:homes|houses|shops|property)/i),
  r('Strategic developments', 'Non-violent transfer of territory', /\bwithdr(?:ew|awn|awal) from\b|\bhanded over\b/i),
];

/** Territory changes: who acted decides the sub-type. */
export const TERRITORY_SUBTYPES = {
  state: 'Government regains territory',
  nonstate: 'Non-state actor overtakes territory',
} as const;

/** Sentences stating that nobody died: the event's fatalities are 0, not unknown. */
export const NO_FATALITIES = /\bno (?:one|body) (?:was|were) (?:killed|hurt|injured)|\bno (?:casualties|fatalities|deaths|injuries)\b|\bwithout (?:casualties|causing casualties)|\bnobody was (?:killed|hurt)/i;

/** Words placing the acting side in a sentence: "X attacked Y", "by X", "against Y". */
export const TARGET_MARKERS = /\b(?:against|on|targeting|at|into|from)\s+$/i;
export const AGENT_MARKER = /\bby\s+(?:the\s+)?$/i;

/** Actor types that report events rather than take part in them. */
export const NON_PARTICIPANT_TYPES: ReadonlySet<string> = new Set(['monitor', 'ngo', 'un-agency', 'media', 'person']);
