/**
 * ACLED event types and sub-event types, recognised by keywords in a sentence. Rules are tried in order and the
 * first that matches wins, so the more specific (suicide bomb before explosion; air strike before shelling; attacks
 * on civilians before armed clash) come first. Territory changes are typed by the acting side (see build-events).
 *
 * A rule is a list of cues, and matches when any of its cues does. Each cue lists its triggers: a sentence is tested
 * against a cue's pattern only when it holds one of them, which lets most sentences skip most patterns. Every match
 * of the pattern must contain a trigger: `words` begin at a word start (the pattern's own `\b`, or after a space
 * inside the match), `within` are letters that may sit inside a word ("landmine" in a longer word, for a pattern
 * without `\b`). Triggers compare in either case and begin with a letter; the first three characters are looked up.
 * When a pattern gains an alternative, its trigger must be listed too, or sentences holding only that alternative are
 * never classified by the rule.
 */
import type { EventType, ResponsibilityStatement } from '../../model/entities.js';

/** One way a rule can match: a case-insensitive pattern and the triggers every match of it holds. */
export interface EventCue {
  readonly pattern: RegExp;
  /** Word beginnings, one of which every match of `pattern` contains at a word start. */
  readonly words: readonly string[];
  /** Letters that a match may hold inside a word instead of at a word's start. */
  readonly within: readonly string[];
}

export interface EventRule {
  readonly type: EventType;
  readonly subType: string;
  /** The rule matches a sentence when one of these does. */
  readonly cues: readonly EventCue[];
  /** The cues' patterns as one alternation (what the rule matches, for finding where). */
  readonly pattern: RegExp;
}

const cue = (pattern: RegExp, words: readonly string[], within: readonly string[] = []): EventCue => ({ pattern, words, within });

const r = (type: EventType, subType: string, cues: readonly EventCue[]): EventRule => ({
  type,
  subType,
  cues,
  pattern: new RegExp(cues.map((c) => c.pattern.source).join('|'), 'i'),
});

export const EVENT_RULES: readonly EventRule[] = [
  r('Explosions/Remote violence', 'Suicide bomb', [cue(/\bsuicide (?:bomb(?:ing|er|ers|s)?|attack(?:er|ers|s)?|car bomb|vest)\b/i, ['suicide'])]),
  r('Explosions/Remote violence', 'Remote explosive/landmine/IED', [
    cue(/\b(?:roadside|car|truck|parcel|motorcycle) bomb|\bbomb (?:blast|exploded|went off)/i, ['bomb']),
    cue(/\bIEDs?\b/i, ['ied']),
    cue(/improvised explosive|explosive device/i, ['explosive', 'device']),
    cue(/land ?mines?/i, ['mine'], ['landmine']),
    cue(/\bexplosions?\b/i, ['explosion']),
    cue(/\bblasts?\b/i, ['blast']),
  ]),
  r('Explosions/Remote violence', 'Air/drone strike', [
    cue(/\bair ?(?:strikes?|raids?|attacks?)|\bairstrikes?/i, ['air strike', 'airstrike', 'air raid', 'airraid', 'air attack', 'airattack']),
    cue(/\bdrone (?:strikes?|attacks?)/i, ['drone strike', 'drone attack']),
    cue(/\bwarplanes?\b/i, ['warplane']),
    cue(/\bjets? (?:struck|bombed|hit)/i, ['jet']),
    cue(/aerial (?:bombardment|attack)/i, [], ['aerial bombardment', 'aerial attack']),
    cue(/\bhelicopter gunships?/i, ['helicopter gunship']),
    cue(/\bbarrel bombs?/i, ['barrel bomb']),
  ]),
  r('Explosions/Remote violence', 'Shelling/artillery/missile attack', [
    cue(/\bshell(?:ing|ed|s)\b/i, ['shell']),
    cue(/\bartillery\b/i, ['artillery']),
    cue(/\bmortars?\b/i, ['mortar']),
    cue(/\brockets?\b/i, ['rocket']),
    cue(/\bmissiles?\b/i, ['missile']),
    cue(/\bbombardments?\b/i, ['bombardment']),
  ]),
  r('Explosions/Remote violence', 'Grenade', [cue(/\bgrenades?\b/i, ['grenade'])]),
  r('Violence against civilians', 'Sexual violence', [
    cue(/\brap(?:e|ed|es)\b/i, ['rape']),
    cue(/sexual (?:violence|assault|abuse)/i, [], ['sexual violence', 'sexual assault', 'sexual abuse']),
  ]),
  r('Violence against civilians', 'Abduction/forced disappearance', [
    cue(/\babduct(?:ed|ion|ions|s)?\b/i, ['abduct']),
    cue(/\bkidnap(?:ped|ping|pings|s)?\b/i, ['kidnap']),
    cue(/forcibly disappeared/i, ['disappeared']),
    cue(/taken hostage/i, ['hostage']),
  ]),
  r('Violence against civilians', 'Attack', [
    cue(/\bmassacre[ds]?\b/i, ['massacre']),
    cue(/\bexecuted\b/i, ['executed']),
    cue(/opened fire on (?:civilians|worshippers|villagers|passengers|residents|a crowd)/i, ['fire on']),
    cue(/attack(?:ed|s)? (?:on )?(?:an? |the )?(?:civilians|villagers|village|worshippers|market|school|hospital|mosque|church|camp for displaced)/i, [], ['attack']),
    cue(/\bshot dead\b/i, ['shot dead']),
    cue(/\bstabb(?:ed|ing)\b/i, ['stabb']),
    cue(/\blynch(?:ed|ing)\b/i, ['lynch']),
  ]),
  r('Battles', 'Territory change', [
    cue(/\b(?:seiz(?:ed|ing|e)|seized control)\b/i, ['seiz']),
    cue(/\b(?:captur(?:ed|ing|e)|recaptur(?:ed|ing))\b/i, ['captur', 'recaptur']),
    cue(/\b(?:took control|taken control|took over)\b/i, ['took control', 'taken control', 'took over']),
    cue(/\boverr(?:an|un)\b/i, ['overr']),
    cue(/\b(?:retook|retaken|regain(?:ed)?)\b/i, ['retook', 'retaken', 'regain']),
    cue(/\badvanced into\b/i, ['advanced into']),
    cue(/\bentered the (?:town|city|village)\b/i, ['entered the']),
  ]),
  r('Battles', 'Armed clash', [
    cue(/\bclash(?:es|ed)?\b/i, ['clash']),
    cue(/\bfighting\b/i, ['fighting']),
    cue(/\bbattles?\b/i, ['battle']),
    cue(/\bfought\b/i, ['fought']),
    cue(/\boffensive\b/i, ['offensive']),
    cue(/\bgun ?battles?/i, ['gun battle', 'gunbattle']),
    cue(/\bfirefights?/i, ['firefight']),
    cue(/exchange of fire/i, [], ['exchange of fire']),
    cue(/\bambush(?:ed)?\b/i, ['ambush']),
    cue(/\bassault\b/i, ['assault']),
    cue(/\bskirmish(?:es)?\b/i, ['skirmish']),
    cue(/\battack(?:ed|s)? (?:on )?(?:an? |the )?(?:military|army|police|security|troops|soldiers|positions|a base|checkpoints?|a checkpoint|barracks)/i, ['attack']),
  ]),
  r('Riots', 'Mob violence', [cue(/\bmobs?\b/i, ['mob']), cue(/\bvigilante/i, ['vigilante'])]),
  r('Riots', 'Violent demonstration', [
    cue(/\briot(?:s|ers|ing)?\b/i, ['riot']),
    cue(/violent (?:protests?|demonstrations?)/i, [], ['violent protest', 'violent demonstration']),
    cue(/\btorched\b/i, ['torched']),
    cue(/\bset fire to\b/i, ['set fire to']),
    cue(/\blooting\b/i, ['looting']),
  ]),
  r('Protests', 'Excessive force against protesters', [
    cue(/(?:protesters|demonstrators) (?:were )?(?:killed|shot)|(?:fired|opened fire) on (?:protesters|demonstrators)/i, [], ['protesters', 'demonstrators']),
  ]),
  r('Protests', 'Protest with intervention', [
    cue(/(?:protest|demonstrat)\w* .{0,60}(?:tear gas|dispers|water cannon|arrested)|(?:tear gas|water cannon|dispers\w*) .{0,40}(?:protest|demonstrat|crowd)/i, ['gas', 'cannon'], ['arrested', 'dispers']),
  ]),
  r('Protests', 'Peaceful protest', [
    cue(/\bprotest(?:s|ers|ed|ing)?\b/i, ['protest']),
    cue(/\bdemonstrat(?:ion|ions|ors|ed)\b/i, ['demonstrat']),
    cue(/\brall(?:y|ies|ied)\b/i, ['rall']),
    cue(/\bsit-ins?\b/i, ['sit-in']),
    cue(/\bmarched\b/i, ['marched']),
  ]),
  r('Strategic developments', 'Agreement', [
    cue(/\bceasefire (?:agreement|deal)/i, ['ceasefire agreement', 'ceasefire deal']),
    cue(/\btruce\b/i, ['truce']),
    cue(/peace (?:deal|agreement|accord)/i, [], ['peace deal', 'peace agreement', 'peace accord']),
    cue(/signed an? (?:agreement|deal)/i, [], ['signed a']),
    cue(/prisoner (?:exchange|swap)/i, [], ['prisoner exchange', 'prisoner swap']),
  ]),
  r('Strategic developments', 'Arrests', [cue(/\barrest(?:ed|s)?\b/i, ['arrest']), cue(/\bdetained\b/i, ['detained'])]),
  r('Strategic developments', 'Disrupted weapons use', [
    cue(/\bdefused\b/i, ['defused']),
    cue(/\bintercepted\b/i, ['intercepted']),
    cue(/\bshot down\b/i, ['shot down']),
    cue(/\bdismantled\b/i, ['dismantled']),
  ]),
  r('Strategic developments', 'Looting/property destruction', [
    cue(/\blooted\b/i, ['looted']),
    cue(/\b(?:destroyed|burned|demolished) (?:homes|houses|shops|property)/i, ['destroyed', 'burned', 'demolished']),
  ]),
  r('Strategic developments', 'Non-violent transfer of territory', [
    cue(/\bwithdr(?:ew|awn|awal) from\b/i, ['withdr']),
    cue(/\bhanded over\b/i, ['handed over']),
  ]),
];

/** Territory changes: who acted decides the sub-type. */
export const TERRITORY_SUBTYPES = {
  state: 'Government regains territory',
  nonstate: 'Non-state actor overtakes territory',
} as const;

/** Sentences stating that nobody died: the event's fatalities are 0, not unknown. Cues as in the rules above. */
export const NO_FATALITIES: readonly EventCue[] = [
  cue(/\bno (?:one|body) (?:was|were) (?:killed|hurt|injured)|\bno (?:casualties|fatalities|deaths|injuries)\b/i, ['no one', 'no body', 'no casualties', 'no fatalities', 'no deaths', 'no injuries']),
  cue(/\bwithout (?:casualties|causing casualties)/i, ['without casualties', 'without causing casualties']),
  cue(/\bnobody was (?:killed|hurt)/i, ['nobody was']),
];

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

/**
 * Sentences saying who carried an event out (see find-responsibility). The cues are tried in order; a sentence gives
 * one statement per cue that matches. Their words are looked up with the event rules' triggers (see classify-events).
 */
export interface ResponsibilityCue {
  name: string;
  stance: ResponsibilityStatement['stance'];
  /** Where the accused is: the subject before the cue, or the name right after it. */
  slot: 'before' | 'after';
  pattern: RegExp;
  /** The sentence must also match this (a bare "blamed X" is about an attack only when the sentence says so). */
  context?: RegExp;
  /**
   * Words (lower case, either case in the text), one of which every match of `pattern` holds at a word start: a
   * sentence without any is not tried. Words that are common elsewhere come with what the cue needs after them
   * ("said it ", "claimed by").
   */
  words: readonly string[];
}

/** Nouns for the event a cue refers to ("claimed the bombing", "blamed the attack on"). */
const EVENT_NOUN = '(?:attack|attacks|bombing|bombings|blast|explosion|assault|ambush|raid|strike|shelling|killings?|massacre|shooting)';

/** A day named as the event's ("Tuesday's bombing", "yesterday's attack"), between the verb and the event noun. */
const DAY_POSSESSIVE = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun|yester)day|last night|weekend)['’]s";
/** "claimed" followed by the beginning of each DAY_POSSESSIVE. */
const CLAIMED_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'yes', 'las', 'wee'].map((d) => `claimed ${d}`);

/** The cues, tried in order; a sentence gives one statement per cue that matches. */
export const RESPONSIBILITY_CUES: readonly ResponsibilityCue[] = [
  // "responsibility was claimed by X" / "claimed by X": the accused follows
  { name: 'claimed-by', stance: 'claim', slot: 'after', pattern: new RegExp(`\\b(?:responsibility (?:for [^,.;]{0,60} )?was claimed|${EVENT_NOUN} (?:was|were) claimed) by\\s+`, 'i'), words: ['claimed by'] },
  // "X claimed responsibility", "X said it carried out the attack", "X claimed the bombing"
  { name: 'claimed', stance: 'claim', slot: 'before', pattern: new RegExp(`\\b(?:claimed|claims|has claimed|took|accepted) (?:full )?responsibility\\b|\\bclaimed (?:the|this|that|${DAY_POSSESSIVE}|the [a-z]+day) ${EVENT_NOUN}\\b|\\bsaid (?:it|they) (?:had )?(?:carried out|staged|launched) the ${EVENT_NOUN}\\b`, 'i'), words: ['responsibility', 'claimed the ', 'claimed this ', 'claimed that ', ...CLAIMED_DAY, 'said it ', 'said they '] },
  // "X denied involvement / any role / responsibility"
  { name: 'denied', stance: 'denial', slot: 'before', pattern: /\b(?:denied|denies|rejected|rejects) (?:any |all )?(?:involvement|responsibility|role|part|links?|carrying out|that (?:it|they) (?:was|were) (?:involved|behind))\b/i, words: ['denied', 'denies', 'rejected', 'rejects'] },
  // "blamed the attack on X", "blamed X for the attack", "accused X of"; 'blamed' is case-sensitive (the name after it
  // must be capitalised), so its verb lists both cases for a sentence that opens with it ("Accusing X of the attack, …")
  { name: 'blamed-on', stance: 'blame', slot: 'after', pattern: new RegExp(`\\bblam(?:ed|es|ing) (?:the |this |that |${DAY_POSSESSIVE} )?${EVENT_NOUN} on\\s+`, 'i'), words: ['blam'] },
  { name: 'blamed', stance: 'blame', slot: 'after', pattern: /\b(?:[Bb]lam(?:ed|es|ing)|[Aa]ccus(?:ed|es|ing))\s+(?=(?:the\s+)?[A-Z])/, context: new RegExp(`\\b(?:for|of) (?:the |this |that |carrying out the )?${EVENT_NOUN}\\b`, 'i'), words: ['blam', 'accus'] },
  // "attributed the attack to X", "the bombing was carried out by X"
  { name: 'attributed-to', stance: 'attribution', slot: 'after', pattern: new RegExp(`\\battribut(?:ed|es|ing) (?:the |this |that )?${EVENT_NOUN} to\\s+`, 'i'), words: ['attribut'] },
  { name: 'carried-out-by', stance: 'attribution', slot: 'after', pattern: new RegExp(`\\b${EVENT_NOUN} (?:was|were|had been) (?:carried out|perpetrated|staged|launched|committed) by\\s+`, 'i'), words: ['carried out by', 'perpetrated by', 'staged by', 'launched by', 'committed by'] },
];
