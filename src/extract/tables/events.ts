/**
 * ACLED event types and sub-event types, recognised by keywords in a sentence. Rules are tried in order and the
 * first that matches wins, so the more specific (suicide bomb before explosion; air strike before shelling; attacks
 * on civilians before armed clash) come first. Territory changes are typed by the acting side (see build-events).
 *
 * Each rule also lists its triggers: a sentence is tested against a rule's pattern only when it holds one of them,
 * which lets most sentences skip most patterns. Every match of the pattern must contain a trigger: `words` are
 * word beginnings (a word that starts with "bomb" — at the pattern's own `\b`, or after a space inside the match),
 * `within` are letters that may sit inside a word ("landmine" in a longer word). Each trigger starts with three
 * letters. When a pattern gains an alternative, its trigger must be listed here too, or sentences holding only that
 * alternative are never classified by the rule.
 */
import type { EventType } from '../../model/entities.js';

export interface EventRule {
  readonly type: EventType;
  readonly subType: string;
  readonly pattern: RegExp;
  /** Word beginnings, one of which every match of `pattern` contains. */
  readonly words: readonly string[];
  /** Letters that a match may hold inside a word instead of at a word's start. */
  readonly within: readonly string[];
}

const r = (type: EventType, subType: string, pattern: RegExp, words: readonly string[], within: readonly string[] = []): EventRule => ({
  type,
  subType,
  pattern,
  words,
  within,
});

export const EVENT_RULES: readonly EventRule[] = [
  r('Explosions/Remote violence', 'Suicide bomb', /\bsuicide (?:bomb(?:ing|er|ers|s)?|attack(?:er|ers|s)?|car bomb|vest)\b/i, ['suicide']),
  r('Explosions/Remote violence', 'Remote explosive/landmine/IED', /\b(?:roadside|car|truck|parcel|motorcycle) bomb|\bIEDs?\b|improvised explosive|land ?mines?|explosive device|\bbomb (?:blast|exploded|went off)|\bexplosions?\b|\bblasts?\b/i, ['bomb', 'ied', 'explosive', 'mine', 'device', 'explosion', 'blast'], ['landmine']),
  r('Explosions/Remote violence', 'Air/drone strike', /\bair ?(?:strikes?|raids?|attacks?)|\bairstrikes?|\bdrone (?:strikes?|attacks?)|\bwarplanes?\b|\bjets? (?:struck|bombed|hit)|aerial (?:bombardment|attack)|\bhelicopter gunships?|\bbarrel bombs?/i, ['air strike', 'airstrike', 'air raid', 'airraid', 'air attack', 'airattack', 'drone', 'warplane', 'jet', 'bombardment', 'attack', 'helicopter', 'barrel']),
  r('Explosions/Remote violence', 'Shelling/artillery/missile attack', /\bshell(?:ing|ed|s)\b|\bartillery\b|\bmortars?\b|\brockets?\b|\bmissiles?\b|\bbombardments?\b/i, ['shell', 'artillery', 'mortar', 'rocket', 'missile', 'bombardment']),
  r('Explosions/Remote violence', 'Grenade', /\bgrenades?\b/i, ['grenade']),
  r('Violence against civilians', 'Sexual violence', /\brap(?:e|ed|es)\b|sexual (?:violence|assault|abuse)/i, ['rape', 'violence', 'assault', 'abuse']),
  r('Violence against civilians', 'Abduction/forced disappearance', /\babduct(?:ed|ion|ions|s)?\b|\bkidnap(?:ped|ping|pings|s)?\b|forcibly disappeared|taken hostage/i, ['abduct', 'kidnap', 'disappeared', 'hostage']),
  r('Violence against civilians', 'Attack', /\bmassacre[ds]?\b|\bexecuted\b|opened fire on (?:civilians|worshippers|villagers|passengers|residents|a crowd)|attack(?:ed|s)? (?:on )?(?:an? |the )?(?:civilians|villagers|village|worshippers|market|school|hospital|mosque|church|camp for displaced)|\bshot dead\b|\bstabb(?:ed|ing)\b|\blynch(?:ed|ing)\b/i, ['massacre', 'executed', 'fire', 'civilians', 'village', 'worshippers', 'market', 'school', 'hospital', 'mosque', 'church', 'camp', 'shot', 'stabb', 'lynch']),
  r('Battles', 'Territory change', /\b(?:seiz(?:ed|ing|e)|captur(?:ed|ing|e)|took control|taken control|seized control|overr(?:an|un)|recaptur(?:ed|ing)|retook|retaken|regain(?:ed)?|took over|advanced into|entered the (?:town|city|village))\b/i, ['seiz', 'captur', 'took', 'taken', 'overr', 'recaptur', 'retook', 'retaken', 'regain', 'advanced', 'entered']),
  r('Battles', 'Armed clash', /\bclash(?:es|ed)?\b|\bfighting\b|\bbattles?\b|\bfought\b|\boffensive\b|\bgun ?battles?|\bfirefights?|exchange of fire|\bambush(?:ed)?\b|\bassault\b|\bskirmish(?:es)?\b|\battack(?:ed|s)? (?:on )?(?:an? |the )?(?:military|army|police|security|troops|soldiers|positions|a base|checkpoints?|a checkpoint|barracks)/i, ['clash', 'fighting', 'battle', 'fought', 'offensive', 'gun battle', 'gunbattle', 'firefight', 'fire', 'ambush', 'assault', 'skirmish', 'attack']),
  r('Riots', 'Mob violence', /\bmobs?\b|\bvigilante/i, ['mob', 'vigilante']),
  r('Riots', 'Violent demonstration', /\briot(?:s|ers|ing)?\b|violent (?:protests?|demonstrations?)|\btorched\b|\bset fire to\b|\blooting\b/i, ['riot', 'protest', 'demonstration', 'torched', 'fire', 'looting']),
  r('Protests', 'Excessive force against protesters', /(?:protesters|demonstrators) (?:were )?(?:killed|shot)|(?:fired|opened fire) on (?:protesters|demonstrators)/i, [], ['protesters', 'demonstrators']),
  r('Protests', 'Protest with intervention', /(?:protest|demonstrat)\w* .{0,60}(?:tear gas|dispers|water cannon|arrested)|(?:tear gas|water cannon|dispers\w*) .{0,40}(?:protest|demonstrat|crowd)/i, ['gas', 'cannon'], ['arrested', 'dispers']),
  r('Protests', 'Peaceful protest', /\bprotest(?:s|ers|ed|ing)?\b|\bdemonstrat(?:ion|ions|ors|ed)\b|\brall(?:y|ies|ied)\b|\bsit-ins?\b|\bmarched\b/i, ['protest', 'demonstrat', 'rall', 'sit-in', 'marched']),
  r('Strategic developments', 'Agreement', /\bceasefire (?:agreement|deal)|\btruce\b|peace (?:deal|agreement|accord)|signed an? (?:agreement|deal)|prisoner (?:exchange|swap)/i, ['ceasefire', 'truce', 'deal', 'agreement', 'exchange', 'swap'], ['peace accord']),
  r('Strategic developments', 'Arrests', /\barrest(?:ed|s)?\b|\bdetained\b/i, ['arrest', 'detained']),
  r('Strategic developments', 'Disrupted weapons use', /\bdefused\b|\bintercepted\b|\bshot down\b|\bdismantled\b/i, ['defused', 'intercepted', 'shot', 'dismantled']),
  r('Strategic developments', 'Looting/property destruction', /\blooted\b|\b(?:destroyed|burned|demolished) (?:homes|houses|shops|property)/i, ['looted', 'destroyed', 'burned', 'demolished']),
  r('Strategic developments', 'Non-violent transfer of territory', /\bwithdr(?:ew|awn|awal) from\b|\bhanded over\b/i, ['withdr', 'handed']),
];

/** Territory changes: who acted decides the sub-type. */
export const TERRITORY_SUBTYPES = {
  state: 'Government regains territory',
  nonstate: 'Non-state actor overtakes territory',
} as const;

/** Sentences stating that nobody died: the event's fatalities are 0, not unknown. */
export const NO_FATALITIES = /\bno (?:one|body) (?:was|were) (?:killed|hurt|injured)|\bno (?:casualties|fatalities|deaths|injuries)\b|\bwithout (?:casualties|causing casualties)|\bnobody was (?:killed|hurt)/i;

/**
 * Words placing the acting side in a sentence: "by (the) X" names the actor, "against/on/targeting/at/into/from X"
 * the target. A marker is a whole word (either case), followed by spaces, within 20 characters before the mention.
 */
export const TARGET_MARKERS: readonly string[] = ['against', 'on', 'targeting', 'at', 'into', 'from'];
export const AGENT_MARKER = 'by';
/** The word an agent marker may have between it and the actor ("by the army"). */
export const AGENT_ARTICLE = 'the';
/** How far before a mention its marker may start, in characters. */
export const MARKER_REACH = 20;

/** Actor types that report events rather than take part in them. */
export const NON_PARTICIPANT_TYPES: ReadonlySet<string> = new Set(['monitor', 'ngo', 'un-agency', 'media', 'person']);
