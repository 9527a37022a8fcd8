/**
 * Word tables the figure extractor reads. Each table says which English news phrasing it covers and why, so a
 * reader can tune extraction here without reading control flow. All words are lower case.
 */
import type { FigureKind, Side, Unit } from '../../model/figure.js';
import { wordTable } from '../../nlp/word-table.js';

/**
 * Cues that say what happened to the people counted, by where they stand relative to the number:
 * - `after`: the predicate after the counted noun phrase ("12 people were killed", "12 dead", "lost their lives");
 * - `before`: an active verb or "X of" noun right before the number ("killing 14", "the deaths of 130").
 */
export const AFTER_CUES: Readonly<Record<string, FigureKind>> = wordTable({
  'killed or injured': 'casualties', 'killed or wounded': 'casualties', 'killed and injured': 'casualties',
  'killed and wounded': 'casualties', 'dead or injured': 'casualties', 'dead or wounded': 'casualties',
  'dead and injured': 'casualties', 'injured or killed': 'casualties', 'wounded or killed': 'casualties',
  'killed': 'killed', 'dead': 'killed', 'died': 'killed', 'die': 'killed', 'perished': 'killed',
  'lost their lives': 'killed', 'lost his life': 'killed', 'lost her life': 'killed', 'slain': 'killed',
  'among the dead': 'killed', 'confirmed dead': 'killed', 'executed': 'killed', 'drowned': 'killed',
  'shot dead': 'killed', 'murdered': 'killed', 'massacred': 'killed',
  // army communiqués: "3 soldiers paid the supreme price"
  'paid the supreme price': 'killed', 'paid the ultimate price': 'killed', 'made the supreme sacrifice': 'killed',
  // army communiqués (Sahel, Nigeria, Colombia): "20 terrorists were neutralised"
  'neutralised': 'killed', 'neutralized': 'killed',
  'injured': 'injured', 'wounded': 'injured', 'hurt': 'injured', 'hospitalised': 'injured', 'hospitalized': 'injured',
  'among the injured': 'injured', 'treated for injuries': 'injured', 'sustained injuries': 'injured',
  'received injuries': 'injured', 'suffered injuries': 'injured',
  'missing': 'missing', 'unaccounted for': 'missing', 'feared trapped': 'missing',
  'displaced': 'displaced', 'fled': 'displaced', 'evacuated': 'displaced', 'homeless': 'displaced',
  'made homeless': 'displaced', 'forced from their homes': 'displaced', 'from their homes': 'displaced',
  'uprooted': 'displaced', 'sought shelter': 'displaced', 'in shelters': 'displaced',
  'in temporary shelters': 'displaced', 'in evacuation centres': 'displaced', 'in evacuation centers': 'displaced',
  'moved to temporary shelters': 'displaced', 'moved to shelters': 'displaced', 'in relief camps': 'displaced',
  'taken to shelters': 'displaced', 'in emergency shelters': 'displaced',
  // leaving home under threat: "hundreds of families left their homes for camps", "were forced from the town"
  'left their homes': 'displaced', 'left their villages': 'displaced', 'left the town': 'displaced',
  'left the city': 'displaced', 'left the area': 'displaced', 'abandoned their homes': 'displaced',
  'forced from': 'displaced', 'forced out': 'displaced', 'forced to flee': 'displaced', 'forced to leave': 'displaced',
  'driven from': 'displaced', 'driven out': 'displaced', 'fleeing': 'displaced',
  'detained': 'detained', 'arrested': 'detained', 'jailed': 'detained', 'taken into custody': 'detained',
  'in custody': 'detained', 'rounded up': 'detained',
  'abducted': 'abducted', 'kidnapped': 'abducted', 'taken hostage': 'abducted', 'held hostage': 'abducted',
  'seized by gunmen': 'abducted',
  'affected': 'affected', 'impacted': 'affected', 'in need of aid': 'affected', 'in need of assistance': 'affected',
  // outbreaks: "2,300 people have fallen ill" (deaths are `killed`, cases are `affected`)
  'fallen ill': 'affected', 'fell ill': 'affected', 'sickened': 'affected', 'infected': 'affected',
});

export const BEFORE_CUES: Readonly<Record<string, FigureKind>> = wordTable({
  'killed': 'killed', 'killing': 'killed', 'kills': 'killed', 'kill': 'killed', 'deaths of': 'killed',
  'death of': 'killed', 'lives of': 'killed', 'killing of': 'killed', 'killings of': 'killed', 'bodies of': 'killed',
  'massacred': 'killed', 'executed': 'killed', 'executing': 'killed', 'shot dead': 'killed', 'shooting dead': 'killed',
  'neutralised': 'killed', 'neutralized': 'killed', 'neutralising': 'killed', 'neutralizing': 'killed',
  'wounded': 'injured', 'wounding': 'injured', 'injured': 'injured', 'injuring': 'injured', 'injures': 'injured',
  'hurt': 'injured', 'hurting': 'injured', 'wounds': 'injured', 'injuries to': 'injured',
  'displaced': 'displaced', 'displacing': 'displaced', 'displaces': 'displaced', 'displacement of': 'displaced',
  'evacuated': 'displaced', 'evacuating': 'displaced', 'evacuation of': 'displaced', 'uprooted': 'displaced',
  'arrested': 'detained', 'arresting': 'detained', 'detained': 'detained', 'detaining': 'detained',
  'arrest of': 'detained', 'detention of': 'detained', 'rounded up': 'detained', 'jailed': 'detained',
  'abducted': 'abducted', 'abducting': 'abducted', 'kidnapped': 'abducted', 'kidnapping': 'abducted',
  'kidnapping of': 'abducted', 'abduction of': 'abducted', 'took hostage': 'abducted', 'taking hostage': 'abducted',
  'affected': 'affected', 'affecting': 'affected', 'affects': 'affected',
  // outbreaks: "cholera has killed 45 and sickened 2,300"
  'sickened': 'affected', 'sickening': 'affected', 'infected': 'affected', 'infecting': 'affected',
  // press releases: "announces the death of 4 members … and the injury of 6 others", "the neutralisation of 11"
  'injury of': 'injured', 'injuring of': 'injured', 'wounding of': 'injured', 'neutralisation of': 'killed',
  'neutralization of': 'killed', 'elimination of': 'killed',
  // a list of who the dead were: "the dead were 22 soldiers, 11 militants and 8 civilians"
  'dead were': 'killed', 'dead included': 'killed', 'dead include': 'killed', 'killed were': 'killed',
  'killed included': 'killed', 'fatalities were': 'killed', 'fatalities included': 'killed',
  'wounded were': 'injured', 'wounded included': 'injured', 'injured were': 'injured', 'injured included': 'injured',
  'missing were': 'missing', 'missing included': 'missing',
});

/** Verbs that make "N lives" a death count ("claimed 182 lives"); "saved 12 lives" is not one. */
export const LIVES_VERBS: ReadonlySet<string> = new Set([
  'claimed', 'claiming', 'claims', 'claim', 'cost', 'costing', 'costs', 'lost', 'took', 'taking', 'takes', 'take',
  'taken',
]);

/** Counted nouns that are themselves the kind ("132 deaths", "19 casualties", "12 dead"). */
export const KIND_NOUNS: Readonly<Record<string, FigureKind>> = wordTable({
  deaths: 'killed', fatalities: 'killed', dead: 'killed', bodies: 'killed', corpses: 'killed', lives: 'killed',
  casualties: 'casualties', injured: 'injured', wounded: 'injured', injuries: 'injured', missing: 'missing',
  displaced: 'displaced', evacuees: 'displaced', homeless: 'displaced', arrests: 'detained',
  abductees: 'abducted', affected: 'affected',
});

/**
 * "death toll rose to 45", "put the toll at 45", "the number of dead reached 45": a toll word, then only the
 * linking words below, then the number.
 */
export const TOLL_WORDS: Readonly<Record<string, FigureKind>> = wordTable({
  'death toll': 'killed', 'toll': 'killed', 'casualty toll': 'casualties', 'injury toll': 'injured',
  'number of dead': 'killed', 'number of deaths': 'killed', 'number of people killed': 'killed',
  'number of fatalities': 'killed', 'number of injured': 'injured', 'number of casualties': 'casualties',
  'number of displaced': 'displaced', 'number of missing': 'missing', 'fatality count': 'killed',
  'body count': 'killed', 'tally': 'killed',
});
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'reached', 'reaches', 'hit', 'hits',
  'stood', 'stands', 'stand', 'is', 'was', 'now', 'to', 'at', 'of', 'climbing', 'rising', 'increased', 'soared',
  'surpassed', 'passed', 'exceeded', 'topped', 'further', 'put', 'the', 'a', 'an', 'official', 'overall', 'total',
  'mounted', 'grew', 'risen', 'since', 'so', 'far', 'already', 'tallied', 'raised', 'revised', 'up', 'reach',
]);

/** Verbs of taking places: with a place noun ("overran 10 areas") the figure is `control`, unit places. */
export const CONTROL_CUES: ReadonlySet<string> = new Set([
  'seized', 'seizing', 'seize', 'captured', 'capturing', 'capture', 'overran', 'overrun', 'overrunning',
  'retook', 'retaken', 'recaptured', 'recapturing', 'control', 'took', 'taken', 'taking', 'liberated',
]);
/** Place nouns counted in control figures. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'villages', 'towns', 'areas', 'positions', 'localities', 'settlements', 'districts', 'neighbourhoods',
  'neighborhoods', 'hamlets', 'cities', 'bases', 'outposts', 'checkpoints', 'hills', 'sites', 'villages,',
  'village', 'town', 'area', 'locations', 'strongholds', 'communities', 'counties', 'provinces',
]);

/**
 * Counted nouns for people, with the side they imply on their own. `null` means the noun counts people but says
 * nothing about sides ("members", "others"): modifiers and "from"/"of" phrases decide. Militiamen are state by the
 * definition sitrep uses (government forces and allied militias); named militias go through the actor table.
 */
export const VICTIM_NOUNS: Readonly<Record<string, Side | null>> = wordTable({
  people: 'all', persons: 'all', individuals: 'all', lives: 'all', deaths: 'all', fatalities: 'all', dead: 'all',
  bodies: 'all', corpses: 'all', casualties: 'all', injured: 'all', wounded: 'all', injuries: 'all', missing: 'all',
  displaced: 'all', evacuees: 'all', homeless: 'all', victims: 'all', families: 'all', households: 'all',
  affected: 'all', arrests: 'all', abductees: 'all',
  civilians: 'civilians', residents: 'civilians', villagers: 'civilians', inhabitants: 'civilians', locals: 'civilians',
  children: 'civilians', kids: 'civilians', minors: 'civilians', youths: 'civilians', teenagers: 'civilians',
  students: 'civilians', pupils: 'civilians', schoolchildren: 'civilians', women: 'civilians', men: 'all',
  girls: 'civilians', boys: 'civilians', babies: 'civilians', infants: 'civilians', elderly: 'civilians',
  workers: 'civilians', miners: 'civilians', passengers: 'civilians', pilgrims: 'civilians',
  worshippers: 'civilians', worshipers: 'civilians', migrants: 'civilians', refugees: 'civilians',
  protesters: 'civilians', protestors: 'civilians', demonstrators: 'civilians', journalists: 'civilians',
  reporters: 'civilians', doctors: 'civilians', medics: 'civilians', nurses: 'civilians', paramedics: 'civilians',
  patients: 'civilians', tourists: 'civilians', fishermen: 'civilians', farmers: 'civilians', herders: 'civilians',
  traders: 'civilians', shoppers: 'civilians', spectators: 'civilians', fans: 'civilians', guests: 'civilians',
  employees: 'civilians', staff: 'civilians', crew: 'civilians', drivers: 'civilians', motorists: 'civilians',
  pedestrians: 'civilians', prisoners: 'civilians', inmates: 'civilians', detainees: 'civilians',
  hostages: 'civilians', relatives: 'civilians', missionaries: 'civilians', bystanders: 'civilians',
  onlookers: 'civilians', 'passers-by': 'civilians', mourners: 'civilians', vendors: 'civilians', shepherds: 'civilians',
  humanitarians: 'civilians', monks: 'civilians', nuns: 'civilians', priests: 'civilians', clerics: 'civilians', firefighters: 'civilians', rescuers: 'civilians',
  volunteers: 'civilians', teachers: 'civilians', parishioners: 'civilians', commuters: 'civilians',
  soldiers: 'state', troops: 'state', servicemen: 'state', servicemembers: 'state', personnel: 'state',
  officers: 'state', policemen: 'state', police: 'state', guards: 'state', gendarmes: 'state', conscripts: 'state',
  recruits: 'state', militiamen: 'state', peacekeepers: 'state', forces: 'state', marines: 'state',
  fighters: null, combatants: 'combatants', rebels: 'nonstate', insurgents: 'nonstate', militants: 'nonstate',
  jihadists: 'nonstate', gunmen: 'nonstate', attackers: 'nonstate', assailants: 'nonstate', terrorists: 'nonstate',
  extremists: 'nonstate', bandits: 'nonstate', suspects: null, members: null, others: null, more: null, allies: null,
  commanders: null,
});

/** Singular counted nouns, for "a civilian was killed", "an Iranian general was killed" (value 1). */
export const SINGULAR_VICTIMS: Readonly<Record<string, Side | null>> = wordTable({
  person: 'all', man: 'all', woman: 'civilians', child: 'civilians', boy: 'civilians', girl: 'civilians',
  baby: 'civilians', infant: 'civilians', civilian: 'civilians', resident: 'civilians', villager: 'civilians',
  student: 'civilians', teacher: 'civilians', journalist: 'civilians', worker: 'civilians', miner: 'civilians',
  passenger: 'civilians', driver: 'civilians', farmer: 'civilians', teenager: 'civilians', doctor: 'civilians',
  nurse: 'civilians', pedestrian: 'civilians', protester: 'civilians', soldier: 'state', policeman: 'state',
  officer: 'state', guard: 'state', militiaman: 'state', general: null, commander: null, fighter: null,
  rebel: 'nonstate', militant: 'nonstate', insurgent: 'nonstate', gunman: 'nonstate', attacker: 'nonstate',
  pilot: null, member: null, fisherman: 'civilians', firefighter: 'civilians', pilgrim: 'civilians',
  tourist: 'civilians', migrant: 'civilians', refugee: 'civilians', photographer: 'civilians', reporter: 'civilians',
  volunteer: 'civilians', paramedic: 'civilians', medic: 'civilians', patient: 'civilians', prisoner: 'civilians',
  hostage: 'civilians', shepherd: 'civilians', herder: 'civilians', trader: 'civilians', shopkeeper: 'civilians',
  vendor: 'civilians', motorist: 'civilians', cyclist: 'civilians', toddler: 'civilians', peacekeeper: 'state',
  sailor: null, suspect: null, policewoman: 'state', gendarme: 'state',
});

/** Modifiers inside a victim phrase that decide its side ("civil casualties", "government troops"). */
export const SIDE_MODIFIERS: Readonly<Record<string, Side>> = wordTable({
  civilian: 'civilians', civil: 'civilians', unarmed: 'civilians',
  government: 'state', regime: 'state', 'pro-government': 'state', army: 'state', military: 'state',
  security: 'state', police: 'state', state: 'state', loyalist: 'state', 'pro-regime': 'state',
  rebel: 'nonstate', rebels: 'nonstate', opposition: 'nonstate', insurgent: 'nonstate', militant: 'nonstate',
  jihadist: 'nonstate', islamist: 'nonstate', terrorist: 'nonstate', 'anti-government': 'nonstate',
  separatist: 'nonstate', faction: 'nonstate', factions: 'nonstate',
  combatants: 'combatants', sides: 'combatants',
});
/** Words in a victim phrase that say it counts the allies of the previous group in a list ("18 from allied groups"). */
export const ALLIED_WORDS: ReadonlySet<string> = new Set(['allied', 'allies', 'affiliated', 'other', 'another', 'others', 'more']);

/** Units a counted noun implies; everything else is people. */
export const UNIT_NOUNS: Readonly<Record<string, Unit>> = wordTable({ families: 'families', households: 'households' });

/**
 * Words after a number that make it something other than a count of people: distances, durations, shares, money,
 * weights, ages ("12-year-old"), magnitudes.
 */
export const NON_PEOPLE_UNITS: ReadonlySet<string> = new Set([
  'km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'metre',
  'meter', 'm', 'ft', 'feet', 'cm', 'mm', '%', 'percent', 'per', 'pc', 'hours', 'hour', 'minutes', 'minute',
  'seconds', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade', 'kg', 'kgs',
  'kilograms', 'tonnes', 'tons', 'tonne', 'ton', 'litres', 'liters', 'degrees', 'mph', 'kph', 'dollars', 'euros',
  'pounds', 'usd', 'eur', 'am', 'pm', 'gmt', 'utc', 'a.m', 'p.m', 'times', 'hectares', 'acres', 'sq', 'square',
  'bn', 'mn', 'rounds', 'shells', 'missiles', 'rockets', 'drones', 'vehicles', 'tanks', 'buildings', 'houses',
  'homes', 'aircraft', 'jets', 'warplanes', 'trucks', 'cars', 'boats', 'points', 'goals', 'seats', 'votes',
]);
/** Words before a number that make it a non-count: money, magnitudes, ages, route and unit numbers. */
export const NON_PEOPLE_BEFORE: ReadonlySet<string> = new Set([
  '$', '£', '€', '¥', 'us$', 'usd', 'magnitude', 'aged', 'age', 'ages', 'number', 'no', 'route', 'highway',
  'road', 'flight', 'page', 'article', 'resolution', 'paragraph', 'platform', 'gate', 'level', 'category', 'grade',
  'phase', 'chapter', 'section', 'unit', 'room', 'building', 'block', 'km', 'kilometre', 'kilometer', 'mile',
]);
/**
 * Just before a number, a place's possessive makes it that place's population ("half of the city's 2 million
 * residents", "the camp's 40,000 inhabitants"), not a count of victims.
 */
export const PLACE_POSSESSIVE_BEFORE = /\b(?:city|town|country|village|region|province|state|district|camp|island|nation|area|county|capital|municipality|neighbourhood|neighborhood)['’]s\s+(?:(?:estimated|some|about|around|roughly|nearly|almost|over|more\s+than)\s+)?$/i;
/**
 * Just before a number, what aid is planned for ("Needs: food assistance for 25,000 people", "shelter for 2,000
 * households"): a target, not people harmed.
 */
export const AID_TARGET_BEFORE = /\b(?:assistance|aid|shelter|shelters|support|items|kits|water|food|supplies|services|care|rations|vouchers|meals|tents|cash|transfers|treatment|vaccines?|doses|appeal|plan|funding|targets?|targeting|capacity)\s+(?:for|to)\s+(?:(?:some|about|around|up\s+to|over|more\s+than|nearly|an\s+estimated)\s+)?$/i;
/**
 * A sentence that corrects an earlier version of the story: its figures are retracted ("An earlier version of this
 * story said 15 people had been killed"); the corrected figure is already in the story.
 */
export const CORRECTION_SENTENCE = /\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:story|article|report|item|post)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put)\b/i;
/** Words every CORRECTION_SENTENCE needs: a text without any of them corrects nothing, and no sentence is tested. */
export const CORRECTION_CUE = /version|incorrectly|wrongly|mistakenly|erroneously/i;

/** Phrases before a number that make it a population, not a count of victims ("home to more than 4 million"). */
export const POPULATION_BEFORE: readonly string[] = ['home to', 'population of', 'a population of', 'inhabited by', 'capacity of'];
/**
 * The words POPULATION_BEFORE, PLACE_POSSESSIVE_BEFORE and AID_TARGET_BEFORE can end with, right before the number
 * (besides a possessive "city's"). A number after any other word is none of these, and the patterns are not tried;
 * a word added at the end of one of them belongs here too.
 */
export const LEAD_PATTERN_LAST_WORDS: ReadonlySet<string> = new Set([
  ...POPULATION_BEFORE.map((p) => p.slice(p.lastIndexOf(' ') + 1)),
  'for', 'to', 'some', 'about', 'around', 'over', 'than', 'nearly', 'estimated', 'roughly', 'almost',
]);

/** Words skipped between a counted phrase and its predicate ("had also been", "were reportedly"). */
export const AUX_WORDS: ReadonlySet<string> = new Set([
  'were', 'was', 'have', 'has', 'had', 'been', 'be', 'being', 'are', 'is', 'also', 'reportedly', 'allegedly', 'all',
  'now', 'so', 'far', 'later', 'confirmed', 'feared', 'believed', 'thought', 'said', 'to', 'reported', 'known',
  'still', 'remain', 'remained', 'remains', 'left', 'either', 'either', 'subsequently', 'since', 'already',
  'likely', 'presumed', 'were,', 'who', 'that', 'in', 'total', 'had,', 'of', 'whom', 'them', 'both',
  'seriously', 'critically', 'severely', 'slightly', 'lightly', 'badly', 'fatally', 'gravely', 'mortally',
  // "580,000 Haitians are now internally displaced"
  'internally', 'newly',
]);

/** Words that end a counted noun phrase. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'were', 'was', 'is', 'are', 'have', 'has', 'had', 'been', 'be', 'will', 'would', 'could', 'may', 'might', 'said',
  'say', 'says', 'who', 'which', 'that', 'in', 'on', 'at', 'during', 'near', 'after', 'before', 'since', 'by',
  'with', 'for', 'as', 'when', 'while', 'including', 'into', 'across', 'amid', 'following', 'under', 'over',
  'between', 'among', 'to', 'from', 'of', 'than', 'and', 'or', 'but', 'the', 'this', 'these', 'those', 'it', 'they',
  'remain', 'remained', 'remains', 'still', 'now', 'reportedly', 'also', 'feared', 'believed',
]);

/** Words right before a number that mean "one of these counted groups is a part of the total before it". */
export const BREAKDOWN_MARKERS: readonly string[] = [
  'including', 'include', 'includes', 'included', 'among them', 'among whom', 'of whom', 'of which', 'of them',
  'comprising', 'among those', 'among the dead were', 'among the victims were', 'mostly', 'namely',
];

/**
 * Sentence openings that break down a total from the sentence before ("This includes 65 fighters…", "The
 * casualties included…", "Among the dead were…").
 */
export const BREAKDOWN_OPENERS = /^(?:[-•*–]\s*)?(?:this|these|that|they|the\s+(?:dead|casualties|victims|toll|fatalities|injured|wounded|killed|missing|displaced|figure|total|number)|casualties|victims|fatalities|those\s+(?:killed|dead|injured|wounded|who\s+died)|among\s+(?:the|them|those))\b[^.]{0,40}?\b(?:includ\w*|were|was|are|comprise\w*|numbered|consist\w*)\b|^among\s+(?:the\s+)?(?:dead|killed|victims|injured|wounded)\b/i;
/** Inside a sentence, a list of who a toll counted ("the monitor said the dead were 22 soldiers, …"). */
export const BREAKDOWN_LIST_CUE = /\b(?:dead|killed|victims|fatalities|injured|wounded)\s+(?:were|included|include|comprised)\b/i;
/** A line that is an item of a list ("- 102 HTS fighters"). */
export const LIST_ITEM = /^\s*(?:[-•*–—]|\d+[.)])\s+/;

/**
 * A sentence about the war as a whole: its figures are background, not this event ("The war has killed over
 * 500,000 people", "…killed in the civil war").
 */
export const BACKGROUND_PHRASES: readonly RegExp[] = [
  /\b(?:war|conflict|insurgency)\s+(?:has|have|had)\s+(?:so\s+far\s+|since\s+\w+\s+)?(?:killed|left|claimed|resulted|displaced|cost|caused|uprooted|forced|driven|seen)\b/i,
  /\b(?:war|conflict|insurgency)(?:,|\s+(?:which|that))\s[^.]{0,80}?\b(?:began|started|erupted|broke\s+out)\b/i,
  /\bin\s+the\s+(?:\w+\s+)?(?:civil\s+)?(?:war|conflict|insurgency)\b(?!\s+(?:zone|area))/i,
  /\bsince\s+the\s+(?:\w+\s+)?(?:war|conflict|insurgency|uprising|revolution)\s+(?:began|started|erupted|broke)/i,
  /\b(?:decade|decades|years)[\s-]long\s+(?:war|conflict|insurgency)\s+(?:has|have)\b/i,
  /\b(?:over|in|during)\s+(?:the\s+)?(?:past|last)\s+(?:decade|\w+\s+years|\d+\s+years)\b/i,
  /\bso\s+far\s+this\s+year\b|\bthis\s+year\s+alone\b|\bsince\s+(?:the\s+start\s+of\s+)?(?:the\s+)?year\b/i,
  // an earlier season's disaster: "Last year's floods killed 1,200", "killed more than 400 people last year"
  /\b(?:last|previous)\s+(?:year|summer|winter|spring|autumn|monsoon|season|rainy\s+season)(?:['’]s)?\b/i,
];
/** A superlative before "since YEAR" compares with the past; the figure itself is still this event's. */
export const SUPERLATIVE_BEFORE_SINCE = /\b(?:deadliest|worst|biggest|largest|highest|heaviest|bloodiest|most\s+\w+|first)\b[^.]{0,60}$/i;
/**
 * …unless a "when" clause follows the date: "the deadliest since March 2024, when a boat capsized and 78 people
 * drowned" tells of the earlier event, whose counts are background.
 */
export const WHEN_CLAUSE_AFTER_DATE = /^[^.]{0,5},?\s+when\b/i;

/**
 * The date a count holds for (its `asOf`) is the date of the reporting or the count itself, not of the event: "the
 * monitor said on Wednesday", "On Wednesday, the ministry said", "as of Thursday", "the toll rose to 45 on
 * Thursday". A date after an event phrase ("the assault, which began on Tuesday", "the attack on Monday") is the
 * event's date. Any other date leaves the count as of publication. Each pattern is tested against the sentence
 * text just before (`before`) or after (`after`) the date.
 */
export const AS_OF_DATE: { readonly asOfBefore: RegExp; readonly reportBefore: RegExp; readonly tollBefore: RegExp; readonly leadBefore: RegExp; readonly reportAfter: RegExp } = {
  // "as of Thursday", "by Wednesday evening", "up to Friday"
  asOfBefore: /\b(?:as\s+of|as\s+at|by|until|up\s+to|through)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i,
  // "said on Wednesday", "reported late on Tuesday", "said in a statement on Friday"
  reportBefore: /\b(?:said|says|reported|reports|announced|stated|told\s+\w+(?:\s+\w+)?|added|confirmed|updated|estimated|put\s+the\s+(?:\w+\s+)?toll\s+at\s+[\d,.]+|published|released|gave|issued|tallied|counted|recorded)\s+(?:(?:in|on)\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:statement|update|report|post|briefing|bulletin|communiqu\w+)\s+)?(?:late\s+|early\s+|later\s+|earlier\s+)?(?:on\s+)?$/i,
  // "the toll rose to 45 on Thursday", "rose on Thursday to 45", "stood at 41 as of"
  tollBefore: /\b(?:rose|risen|rising|climbed|reached|stood|stands|jumped|increased|hit|passed|topped|exceeded|surpassed)\s+(?:to\s+|at\s+)?(?:[\d,.]+\s+)?(?:on\s+)?$/i,
  // a sentence opening with its date ("On Wednesday, the monitor said …")
  leadBefore: /^\s*(?:(?:late|early|later|earlier)\s+)?(?:on\s+)?$/i,
  reportAfter: /^\s*,?\s*[^,.;:]{0,50}?\b(?:said|says|reported|reports|announced|stated|told|confirmed|put|estimated|counted|recorded|updated)\b/i,
};
