/**
 * The one table of actors and sources: armed groups, forces, governments, agencies, monitors, NGOs and media.
 * Figures (victims.actor, source), actors and events all canonicalise names through `lookupActor`, so one
 * organisation has one name everywhere.
 *
 * Users extend the table with a JSON file (an array of ActorEntry) named by the SITREP_ACTORS environment variable or
 * passed to `loadActorFile`; their entries are looked up before the built-in ones, so they may also override.
 *
 * Matching is case-, article-, possessive-, punctuation- and diacritic-insensitive: "the Observatory's",
 * "SOHR", "Syrian Observatory for Human Rights" all find the same entry.
 */
import { readFileSync } from 'node:fs';
import type { ActorType } from '../../model/entities.js';
import { FORCE_NOUNS, GOVERNMENT_NOUNS, POLICE_NOUNS, allNationalities, countryNames } from './nationalities.js';
import { wordTable } from '../../nlp/word-table.js';
import { BoundedMemo, boundedMemo } from '../../nlp/bounded-memo.js';

export interface ActorEntry {
  /** Canonical name, used in output. */
  name: string;
  type: ActorType;
  side: 'state' | 'nonstate' | null;
  /** Other ways the text names it: acronyms, short forms, descriptions ("the Britain-based war monitor"). */
  aliases: string[];
  /** ISO 3166-1 alpha-2 country, when the actor belongs to one. */
  country?: string;
  /**
   * True for generic descriptions ("the army", "rebels") that name no particular organisation; the actor finder
   * may specialise them to the document's own state actor.
   */
  generic?: boolean;
  /**
   * Descriptions that name this actor only in a report about its own country ("the Observatory", "war monitor",
   * "the regime"). They are not in the context-free index: the actor finder first lets them refer back to an
   * earlier full name in the same document (a report's own "Sahel Conflict Observatory"), then accepts this entry
   * only when its `country` is among the report's countries (`lookupActorInContext`).
   */
  contextual?: string[];
}

const e = (
  name: string,
  type: ActorType,
  side: ActorEntry['side'],
  aliases: string[],
  country?: string,
  contextual?: string[],
): ActorEntry => ({ name, type, side, aliases, ...(country ? { country } : {}), ...(contextual ? { contextual } : {}) });
const g = (name: string, type: ActorType, side: ActorEntry['side'], aliases: string[]): ActorEntry => ({
  name,
  type,
  side,
  aliases,
  generic: true,
});

/**
 * Named actors. Aliases include the descriptions wire copy uses in place of the name ("the Britain-based war
 * monitor") because reports credit figures to them that way.
 */
export const NAMED_ACTORS: readonly ActorEntry[] = [
  // --- Syria
  e('Hayat Tahrir al-Sham', 'nonstate-armed-group', 'nonstate', ['HTS', 'Hayat Tahrir al Sham', 'Hay\'at Tahrir al-Sham', 'Tahrir al-Sham', 'Levant Liberation Committee', 'Organization for the Liberation of the Levant', 'Organisation for the Liberation of the Levant'], 'SY'),
  e('Syrian army', 'state-force', 'state', ['Syrian Arab Army', 'SAA', 'Syrian military', 'Syrian armed forces', 'Syrian government forces', 'Syrian regime forces', 'Syrian troops', 'Syrian forces', 'Assad\'s forces', 'Assad forces', 'pro-Assad forces', 'Syrian regime', 'Syrian army forces', 'Syrian military forces'], 'SY', ['regime forces', 'the regime']),
  e('Syrian government', 'government', 'state', ['Damascus', 'Syrian authorities', 'Assad government', 'Syrian defence ministry', 'Syrian defense ministry', 'Syrian Ministry of Defence', 'Syrian Ministry of Defense'], 'SY'),
  e('Syrian National Army', 'nonstate-armed-group', 'nonstate', ['SNA', 'Turkish-backed Syrian National Army', 'Turkey-backed Syrian National Army'], 'SY'),
  e('Syrian Democratic Forces', 'nonstate-armed-group', 'nonstate', ['SDF', 'Kurdish-led Syrian Democratic Forces'], 'SY'),
  e('National Front for Liberation', 'nonstate-armed-group', 'nonstate', ['NFL', 'National Liberation Front'], 'SY'),
  e('Islamic State', 'nonstate-armed-group', 'nonstate', ['IS', 'ISIS', 'ISIL', 'Daesh', 'Daech', 'Islamic State group', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria']),
  // The descriptions ("the Observatory", "the Britain-based war monitor") name SOHR only in reports about Syria.
  e('Syrian Observatory for Human Rights', 'monitor', null, ['SOHR', 'Syrian Observatory', 'Britain-based Syrian Observatory for Human Rights', 'UK-based Syrian Observatory for Human Rights'], 'SY', ['the Observatory', 'Britain-based war monitor', 'UK-based war monitor', 'British-based war monitor', 'Britain-based monitor', 'UK-based monitor', 'war monitor', 'Britain-based observatory', 'London-based war monitor', 'UK-based monitoring group', 'Britain-based monitoring group', 'British-based monitoring group', 'UK-based war monitoring group', 'Britain-based war monitoring group']),
  e('White Helmets', 'ngo', null, ['Syria Civil Defence', 'Syria Civil Defense', 'Syrian Civil Defence', 'Syrian Civil Defense', 'SCD', 'White Helmets rescue group', 'White Helmets civil defence group'], 'SY'),
  e('SANA', 'media', 'state', ['Syrian Arab News Agency', 'Syrian state news agency', 'Syria\'s state news agency', 'Syrian state media', 'state news agency SANA'], 'SY'),
  // Side null: an ally of the Syrian state in Syria, a non-state party in Lebanon; the report's context decides.
  e('Hezbollah', 'nonstate-armed-group', null, ['Hizbollah', 'Hizballah', 'Hizbullah', 'Lebanese Hezbollah', 'Iran-backed Hezbollah', 'Hezbollah group'], 'LB'),
  // --- states and their forces
  e('Russia', 'government', 'state', ['Russian Federation', 'Moscow', 'Kremlin', 'Russian government', 'Russian forces', 'Russian military', 'Russian warplanes', 'Russian air force', 'Russian jets', 'Russian troops', 'Russian army', 'Russian Defence Ministry', 'Russian Defense Ministry', 'Russian Ministry of Defence'], 'RU'),
  e('Iran', 'government', 'state', ['Islamic Republic of Iran', 'Tehran', 'Iranian government', 'Iranian forces', 'Iranian military', 'Iran-backed forces', 'Iran-backed militias', 'Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', 'Revolutionary Guard'], 'IR'),
  e('Turkey', 'government', 'state', ['Türkiye', 'Turkiye', 'Ankara', 'Turkish government', 'Turkish forces', 'Turkish military', 'Turkish army', 'Turkish Armed Forces'], 'TR'),
  e('United States', 'government', 'state', ['US', 'U.S.', 'USA', 'Washington', 'US government', 'US military', 'US forces', 'U.S. forces', 'American forces', 'Pentagon', 'White House', 'State Department'], 'US'),
  e('Israel', 'government', 'state', ['Israeli government', 'Israeli military', 'Israel Defense Forces', 'IDF', 'Israeli army', 'Israeli forces', 'Israeli troops', 'Israeli air force'], 'IL'),
  e('Ukraine', 'government', 'state', ['Kyiv', 'Ukrainian government', 'Ukrainian forces', 'Ukrainian military', 'Ukrainian army', 'Armed Forces of Ukraine'], 'UA'),
  e('Hamas', 'nonstate-armed-group', 'nonstate', ['Islamic Resistance Movement', 'Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'al-Qassam Brigades'], 'PS'),
  e('Houthis', 'nonstate-armed-group', 'nonstate', ['Houthi', 'Ansar Allah', 'Houthi rebels', 'Houthi movement'], 'YE'),
  e('Al-Shabaab', 'nonstate-armed-group', 'nonstate', ['al-Shabab', 'Al Shabaab', 'Harakat al-Shabaab al-Mujahideen'], 'SO'),
  e('Boko Haram', 'nonstate-armed-group', 'nonstate', ['Jama\'atu Ahlis Sunna Lidda\'awati wal-Jihad', 'JAS'], 'NG'),
  e('Islamic State West Africa Province', 'nonstate-armed-group', 'nonstate', ['ISWAP', 'Islamic State in West Africa'], 'NG'),
  e('Jama\'at Nusrat al-Islam wal-Muslimin', 'nonstate-armed-group', 'nonstate', ['JNIM', 'Group for the Support of Islam and Muslims'], 'ML'),
  e('Taliban', 'nonstate-armed-group', 'nonstate', ['the Taliban', 'Taleban', 'Islamic Emirate of Afghanistan'], 'AF'),
  e('Rapid Support Forces', 'nonstate-armed-group', 'nonstate', ['RSF', 'paramilitary Rapid Support Forces'], 'SD'),
  e('Sudanese Armed Forces', 'state-force', 'state', ['SAF', 'Sudanese army', 'Sudan\'s army', 'Sudanese military'], 'SD'),
  e('Wagner Group', 'militia', 'state', ['Wagner', 'Wagner mercenaries', 'Africa Corps'], 'RU'),
  e('M23', 'nonstate-armed-group', 'nonstate', ['March 23 Movement', 'M23 rebels', 'Mouvement du 23 mars'], 'CD'),
  e('Al-Qaeda', 'nonstate-armed-group', 'nonstate', ['al-Qaida', 'Al Qaeda', 'al-Qaeda']),
  // --- UN and international bodies
  e('United Nations', 'un-agency', null, ['UN', 'U.N.', 'UN Secretary-General', 'UN Security Council', 'Security Council', 'UN Human Rights Council']),
  e('UN Office for the Coordination of Humanitarian Affairs', 'un-agency', null, ['OCHA', 'UNOCHA', 'UN OCHA', 'United Nations Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs', 'UN humanitarian office', 'UN humanitarian agency', 'UN humanitarian affairs office', 'UN aid office', 'UN\'s humanitarian office', 'UN\'s humanitarian agency']),
  e('UNHCR', 'un-agency', null, ['UN refugee agency', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees', 'Office of the United Nations High Commissioner for Refugees', 'UN\'s refugee agency']),
  e('World Health Organization', 'un-agency', null, ['WHO', 'World Health Organisation', 'UN health agency', 'UN\'s health agency']),
  e('UNICEF', 'un-agency', null, ['United Nations Children\'s Fund', 'UN Children\'s Fund', 'UN children\'s agency', 'UN\'s children\'s agency']),
  e('International Organization for Migration', 'un-agency', null, ['IOM', 'International Organisation for Migration', 'UN migration agency', 'UN\'s migration agency', 'DTM', 'Displacement Tracking Matrix', 'IOM Displacement Tracking Matrix', 'IOM\'s Displacement Tracking Matrix'] /* IOM's displacement survey */),
  e('World Food Programme', 'un-agency', null, ['WFP', 'World Food Program', 'UN food agency', 'UN\'s food agency']),
  e('UNRWA', 'un-agency', null, ['UN Relief and Works Agency', 'United Nations Relief and Works Agency', 'UN agency for Palestinian refugees']),
  e('OHCHR', 'un-agency', null, ['UN human rights office', 'UN Human Rights Office', 'Office of the High Commissioner for Human Rights', 'UN High Commissioner for Human Rights', 'UN rights office', 'UN\'s human rights office']),
  e('UN peacekeepers', 'international-force', null, ['UN peacekeeping force', 'peacekeepers', 'blue helmets', 'UNIFIL', 'MONUSCO', 'UNMISS', 'MINUSMA']),
  e('African Union', 'international-force', null, ['AU', 'African Union mission', 'AUSSOM', 'ATMIS', 'AMISOM']),
  e('NATO', 'international-force', null, ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato']),
  e('European Union', 'government', null, ['EU', 'E.U.', 'European Commission']),
  // --- humanitarian and rights organisations
  e('International Committee of the Red Cross', 'ngo', null, ['ICRC', 'Red Cross', 'International Red Cross', 'Red Cross committee']),
  e('Red Crescent', 'ngo', null, ['Syrian Arab Red Crescent', 'SARC', 'Turkish Red Crescent', 'Palestine Red Crescent Society', 'PRCS', 'Red Crescent Society', 'IFRC', 'International Federation of Red Cross and Red Crescent Societies']),
  e('Médecins Sans Frontières', 'ngo', null, ['MSF', 'Medecins Sans Frontieres', 'Doctors Without Borders', 'Doctors without Borders']),
  e('Amnesty International', 'ngo', null, ['Amnesty']),
  e('Human Rights Watch', 'ngo', null, ['HRW']),
  e('International Rescue Committee', 'ngo', null, ['IRC', 'the IRC', 'International Rescue Committee aid group']),
  e('Save the Children', 'ngo', null, []),
  e('Norwegian Refugee Council', 'ngo', null, ['NRC']),
  e('Armed Conflict Location and Event Data Project', 'monitor', null, ['ACLED', 'Armed Conflict Location & Event Data Project', 'Armed Conflict Location and Event Data']),
  e('Airwars', 'monitor', null, []),
  // --- news agencies and media
  e('Reuters', 'media', null, ['Reuters news agency', 'Thomson Reuters']),
  e('AFP', 'media', null, ['Agence France-Presse', 'Agence France Presse', 'French news agency', 'AFP news agency']),
  e('AP', 'media', null, ['Associated Press', 'The Associated Press', 'AP news agency']),
  e('Al Jazeera', 'media', null, ['Al-Jazeera', 'Aljazeera']),
  e('BBC', 'media', null, ['British Broadcasting Corporation', 'BBC News']),
  e('CNN', 'media', null, []),
  e('Anadolu Agency', 'media', null, ['Anadolu', 'AA', 'Turkish state news agency', 'Turkey\'s state-run Anadolu Agency']),
  e('TASS', 'media', 'state', ['Russian state news agency TASS']),
  e('RIA Novosti', 'media', 'state', ['RIA']),
  e('IRNA', 'media', 'state', ['Islamic Republic News Agency', 'Iranian state news agency']),
  e('Iranian media', 'media', 'state', ['Iranian news agencies', 'Iranian state media', 'Iranian state television', 'Iranian state TV', 'Iranian news agency'], 'IR'),
  e('Xinhua', 'media', 'state', ['Xinhua News Agency', 'Chinese state news agency']),
  e('Telegram', 'media', null, ['Telegram channel', 'Telegram channels']),
];

/**
 * Generic actors (ACLED-style): descriptions that name a kind of actor rather than an organisation. Their canonical
 * names are lower-case descriptions; sides follow ACLED's convention (police and army are state forces; rebels,
 * militants and insurgents are non-state).
 */
export const GENERIC_ACTORS: readonly ActorEntry[] = [
  g('police', 'state-force', 'state', ['police officers', 'policemen', 'police force', 'security forces', 'riot police', 'gendarmerie', 'gendarmes']),
  g('army', 'state-force', 'state', ['military', 'armed forces', 'soldiers', 'troops', 'government forces', 'government troops', 'pro-government forces', 'government soldiers', 'regime troops', 'army troops', 'national army', 'defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'air force', 'warplanes', 'government warplanes', 'government aircraft']),
  g('pro-government militia', 'militia', 'state', ['pro-government militias', 'pro-government fighters', 'allied militias', 'paramilitaries', 'paramilitary forces', 'self-defence groups', 'vigilantes']),
  g('rebels', 'nonstate-armed-group', 'nonstate', ['rebel', 'rebel forces', 'rebel fighters', 'rebel groups', 'opposition forces', 'opposition fighters', 'armed opposition', 'insurgents', 'insurgent', 'armed groups', 'armed group', 'opposition factions', 'rebel factions', 'allied factions', 'allied groups', 'opposition groups', 'fighters']),
  g('militants', 'nonstate-armed-group', 'nonstate', ['militant', 'militant group', 'militant groups', 'jihadists', 'jihadist', 'jihadist group', 'jihadist groups', 'extremists', 'terrorists', 'terrorist group', 'gunmen', 'gunman', 'attackers', 'bandits', 'armed men', 'assailants']),
  g('government', 'government', 'state', ['authorities', 'officials', 'the government', 'local authorities', 'interior ministry', 'ministry of interior', 'foreign ministry', 'ministry of foreign affairs', 'presidency', 'prime minister', 'president', 'governor', 'provincial governor', 'local officials', 'state officials']),
  g('health ministry', 'government', 'state', ['ministry of health', 'health ministry officials', 'health officials', 'health authorities', 'health department', 'ministry of public health']),
  g('civil defence', 'government', null, ['civil defense', 'civil protection', 'rescue services', 'rescuers', 'emergency services', 'fire brigade', 'firefighters', 'disaster management agency', 'national disaster management agency', 'disaster agency']),
  g('state media', 'media', 'state', ['state television', 'state TV', 'state-run media', 'state news agency', 'state-run television', 'state-run TV', 'state broadcaster', 'official news agency', 'state-run news agency']),
  g('hospital', 'organisation', null, ['hospital officials', 'hospital sources', 'medical sources', 'doctors', 'medics', 'paramedics', 'hospital director']),
  g('civilians', 'civilians', null, ['civilian', 'residents', 'villagers', 'protesters', 'protestors', 'demonstrators', 'displaced people', 'refugees']),
  g('witnesses', 'person', null, ['witness', 'eyewitnesses', 'eyewitness', 'local residents', 'activists', 'local sources', 'sources']),
];

/** Leading words that do not change which actor is meant ("the", "its", "local"). */
const LEADING_WORD_LIST: readonly string[] = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'local'];
/**
 * Leading phrases of several words that do not change which actor is meant either, as normalised (hyphens are
 * spaces by then: "so-called" is "so called"). Scanners start at the name after them, so only the lookup strips them.
 */
const LEADING_PHRASE_LIST: readonly string[] = ['so called', 'self styled', 'self proclaimed'];
const LEADING_WORDS = new RegExp(`^(?:${[...LEADING_WORD_LIST, ...LEADING_PHRASE_LIST].join('|')})\\s+`);
/** The same leading words as a set of lower-case words, for scanners that normalise word by word. */
export const LEADING_WORD_SET: ReadonlySet<string> = new Set(LEADING_WORD_LIST);
const POSSESSIVE = /(?:'s|s'|’s|s’)(?=\s|$)/g;
const FOLD_PUNCT = /[.,;:!?"“”()[\]{}]/g;
const DASHES = /[‐-―−]/g;
const SPACES = /\s+/g;

/** Normalises a phrase for actor lookup: lower case, no diacritics, articles, possessives or stray punctuation. */
export function normaliseActorPhrase(phrase: string): string {
  let s = phrase
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(DASHES, '-')
    .toLowerCase();
  s = s.replace(POSSESSIVE, '').replace(FOLD_PUNCT, ' ').replace(/-/g, ' ').replace(SPACES, ' ').trim();
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s.replace(LEADING_WORDS, '');
  }
  return s.replace(/'$/, '').trim();
}

/** Acronyms are matched on their exact capitalisation, so "who" or "us" in running text is not WHO or the US. */
const ACRONYM = /^[A-Z][A-Z0-9.&]{1,7}$/;

let byKey: Map<string, ActorEntry> | null = null;
let byAcronym: Map<string, ActorEntry> | null = null;
/** Contextual descriptions (ActorEntry.contextual) by normalised key; several countries may share one. */
let byContext: Map<string, ActorEntry[]> | null = null;
const userEntries: ActorEntry[] = [];
let envLoaded = false;

/** Per country: its state forces, government and police, named or generated from the nationality table. */
export interface StateActors {
  force: ActorEntry;
  government: ActorEntry;
  police: ActorEntry;
}
let stateActors: Map<string, StateActors> | null = null;

/**
 * The state actors of every country with a demonym. A named entry of the country wins (Syrian army for SY's
 * forces; Russia, the state as a whole, for RU's); otherwise "<Demonym> army" / "<Demonym> government" /
 * "<Demonym> police" are made, with "<Demonym> <noun>" and "<Country> <noun>" aliases from the noun lists in
 * ./nationalities.ts.
 */
function buildStateActors(): Map<string, StateActors> {
  const out = new Map<string, StateActors>();
  const named = [...userEntries, ...NAMED_ACTORS];
  for (const nat of allNationalities()) {
    const own = named.filter((x) => x.country === nat.code && x.side === 'state');
    const gov = own.find((x) => x.type === 'government');
    const force = own.find((x) => x.type === 'state-force') ?? gov;
    const forms = (nouns: readonly string[]): string[] => {
      const list: string[] = [];
      for (const n of nouns) {
        list.push(`${nat.demonym} ${n}`);
        for (const c of countryNames(nat.code)) list.push(`${c} ${n}`);
      }
      return list;
    };
    const D = nat.demonym;
    out.set(nat.code, {
      force: force ?? { name: `${D} army`, type: 'state-force', side: 'state', aliases: [], country: nat.code },
      government: gov ?? { name: `${D} government`, type: 'government', side: 'state', aliases: [], country: nat.code },
      police: { name: `${D} police`, type: 'state-force', side: 'state', aliases: [], country: nat.code },
    });
    const s = out.get(nat.code)!;
    // forms are attached as extra keys in index(), not pushed into named entries' alias lists
    generatedForms.set(s.force, [...(generatedForms.get(s.force) ?? []), ...forms(FORCE_NOUNS)]);
    generatedForms.set(s.government, [...(generatedForms.get(s.government) ?? []), ...forms(GOVERNMENT_NOUNS)]);
    generatedForms.set(s.police, forms(POLICE_NOUNS));
  }
  return out;
}
const generatedForms = new Map<ActorEntry, string[]>();

/** The state actors (forces, government, police) of a country code, or undefined for a country without a demonym. */
export function stateActorsOf(code: string): StateActors | undefined {
  index();
  return stateActors!.get(code);
}

/** The built index, one object for as long as the table does not change (index() is asked at every lookup). */
let built: { byKey: Map<string, ActorEntry>; byAcronym: Map<string, ActorEntry> } | null = null;

function index(): { byKey: Map<string, ActorEntry>; byAcronym: Map<string, ActorEntry> } {
  if (!envLoaded) {
    envLoaded = true;
    const path = process.env.SITREP_ACTORS;
    if (path) userEntries.unshift(...readActorFile(path));
  }
  if (!byKey || !byAcronym || !byContext) {
    byKey = new Map();
    byAcronym = new Map();
    byContext = new Map();
    generatedForms.clear();
    stateActors = buildStateActors();
    // User entries first, then named, then the nationality forms, then generic: the first entry to claim a key keeps it.
    const claim = (entry: ActorEntry, form: string): void => {
      const target = ACRONYM.test(form.replace(/\./g, '')) && form === form.toUpperCase() ? byAcronym! : byKey!;
      const key = target === byAcronym ? form.replace(/\./g, '') : normaliseActorPhrase(form);
      if (key && !target.has(key)) target.set(key, entry);
    };
    for (const entry of [...userEntries, ...NAMED_ACTORS]) for (const form of [entry.name, ...entry.aliases]) claim(entry, form);
    for (const [entry, forms] of generatedForms) for (const form of [entry.name, ...forms]) claim(entry, form);
    for (const entry of GENERIC_ACTORS) for (const form of [entry.name, ...entry.aliases]) claim(entry, form);
    for (const entry of [...userEntries, ...NAMED_ACTORS]) {
      for (const form of entry.contextual ?? []) {
        const key = normaliseActorPhrase(form);
        if (byKey.has(key)) continue; // a context-free entry owns it
        const list = byContext.get(key) ?? [];
        list.push(entry);
        byContext.set(key, list);
      }
    }
  }
  if (built?.byKey !== byKey) built = { byKey, byAcronym };
  return built;
}

/**
 * Context-aware lookup: the table entry a phrase names, or, for a contextual description ("the Observatory",
 * "the regime"), the entry of that description whose country is among `countries` (the report's own). Null when
 * nothing fits: a description in a report about another country names some other actor.
 */
export function lookupActorInContext(phrase: string, countries: ReadonlySet<string>): ActorEntry | null {
  const hit = lookupActor(phrase);
  if (hit) return hit;
  return contextualEntry(phrase, countries);
}

/** Only the contextual half of `lookupActorInContext`. */
export function contextualEntry(phrase: string, countries: ReadonlySet<string>): ActorEntry | null {
  index();
  const list = byContext!.get(normaliseCached(phrase));
  if (!list) return null;
  for (const entry of list) if (entry.country && countries.has(entry.country)) return entry;
  return null;
}

/** Every entry a contextual description may name, whatever its country. */
export function contextualCandidates(phrase: string): readonly ActorEntry[] {
  index();
  return byContext!.get(normaliseCached(phrase)) ?? [];
}

/** Is this phrase a contextual description of some entry (so the finder should try to resolve it)? */
export function isContextualPhrase(phrase: string): boolean {
  index();
  return byContext!.has(normaliseCached(phrase));
}

/** `normaliseActorPhrase` through a bounded memo: the scanners look up the same n-grams document after document. */
export const normaliseCached = boundedMemo(normaliseActorPhrase);

/** lookupActor's answers by exact phrase, for the index they were read from (scanners ask the same n-grams often). */
const lookupMemo = new BoundedMemo<ActorEntry | null>();
let lookupMemoIndex: Map<string, ActorEntry> | null = null;

/**
 * Finds the table entry a phrase names, or null. "the Observatory's", "SOHR", "Syrian Observatory for Human Rights"
 * → Syrian Observatory for Human Rights. Acronyms match only in capitals ("WHO", not "who").
 */
export function lookupActor(phrase: string): ActorEntry | null {
  const idx = index();
  if (lookupMemoIndex !== idx.byKey) {
    lookupMemo.clear();
    lookupMemoIndex = idx.byKey;
  }
  return lookupMemo.get(phrase, lookupPhrase, phrase);
}

/** lookupActor without the memo. */
function lookupPhrase(phrase: string): ActorEntry | null {
  return lookupIn(index(), phrase);
}

function lookupIn(idx: ReturnType<typeof index>, phrase: string): ActorEntry | null {
  const bare = /^[A-Z][A-Z0-9.&]{1,7}$/.test(phrase) ? phrase.replace(/\./g, '') : phrase.trim().replace(/^(?:the|The)\s+/, '').replace(POSSESSIVE, '').replace(/\./g, '');
  if (ACRONYM.test(bare)) {
    const hit = idx.byAcronym.get(bare);
    if (hit) return hit;
  }
  return idx.byKey.get(normaliseCached(phrase)) ?? null;
}

let firstWords: Set<string> | null = null;

/**
 * First words (normalised, or acronyms as written) of every name and alias, so a scanner tries a lookup only where
 * a table entry can start.
 */
export function actorFirstWords(): ReadonlySet<string> {
  const idx = index();
  if (!firstWords) {
    firstWords = new Set();
    for (const key of idx.byKey.keys()) firstWords.add(key.split(' ')[0]);
    for (const key of idx.byAcronym.keys()) firstWords.add(key);
    for (const key of byContext!.keys()) firstWords.add(key.split(' ')[0]);
  }
  return firstWords;
}

/** A node of the word trie over the table's normalised keys. */
export interface KeyNode {
  /** The words leading here make a whole key (a context-free name or a contextual description). */
  key: boolean;
  /** The context-free entry whose key the words leading here make, if any. */
  entry: ActorEntry | null;
  /** The words leading here make a contextual description's key. */
  contextual: boolean;
  next: Map<string, KeyNode> | null;
}
let keyTrie: KeyNode | null = null;
let keyTrieIndex: Map<string, ActorEntry> | null = null;

/**
 * Every normalised key (names, aliases and contextual descriptions) as a trie of words, so a scanner can tell which
 * word n-grams may name an entry by walking lower-case words, without building and normalising each n-gram.
 */
export function actorKeyTrie(): KeyNode {
  const idx = index();
  if (!keyTrie || keyTrieIndex !== idx.byKey) {
    const root: KeyNode = { key: false, entry: null, contextual: false, next: null };
    for (const [key, entry] of idx.byKey) addKey(root, key.split(' ')).entry = entry;
    for (const key of byContext!.keys()) addKey(root, key.split(' ')).contextual = true;
    keyTrie = root;
    keyTrieIndex = idx.byKey;
  }
  return keyTrie;
}

/** Adds a key's words to the trie; returns the key's node. */
function addKey(root: KeyNode, words: readonly string[]): KeyNode {
  let node = root;
  for (const w of words) {
    node.next ??= new Map();
    let child = node.next.get(w);
    if (!child) {
      child = { key: false, entry: null, contextual: false, next: null };
      node.next.set(w, child);
    }
    node = child;
  }
  node.key = true;
  return node;
}

/** Adds entries (e.g. from a user's file) ahead of the built-in table. */
export function registerActors(entries: readonly ActorEntry[]): void {
  for (const entry of entries) validateEntry(entry, 'registerActors');
  userEntries.unshift(...entries);
  byKey = null;
  byAcronym = null;
  byContext = null;
  firstWords = null;
}

/** Reads a JSON array of ActorEntry from a file and registers it. */
export function loadActorFile(path: string): number {
  const entries = readActorFile(path);
  registerActors(entries);
  return entries.length;
}

function readActorFile(path: string): ActorEntry[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(data)) {
    throw new Error(`sitrep: actor file ${path} must hold a JSON array of {name, type, side, aliases} objects.`);
  }
  return data.map((entry: ActorEntry) => {
    validateEntry(entry, path);
    return { ...entry, aliases: entry.aliases ?? [] };
  });
}

function validateEntry(entry: ActorEntry, where: string): void {
  if (!entry || typeof entry.name !== 'string' || typeof entry.type !== 'string') {
    throw new Error(`sitrep: actor entries in ${where} need at least a string "name" and "type" (an ActorType).`);
  }
}

/**
 * Head words that type an unknown capitalised name ("Aleppo Military Council", "Kivu Relief Committee"). Checked
 * last word first; armed heads get their side from SIDE_CUES in the name or null when nothing says.
 */
export const ACTOR_HEAD_WORDS: Readonly<Record<string, ActorType>> = wordTable({
  forces: 'state-force', army: 'state-force', police: 'state-force', guard: 'state-force', guards: 'state-force',
  brigade: 'nonstate-armed-group', brigades: 'nonstate-armed-group', battalion: 'nonstate-armed-group',
  battalions: 'nonstate-armed-group', regiment: 'state-force', division: 'state-force', corps: 'state-force',
  front: 'nonstate-armed-group', movement: 'nonstate-armed-group', militia: 'militia', militias: 'militia',
  legion: 'nonstate-armed-group', mujahideen: 'nonstate-armed-group', liberation: 'nonstate-armed-group',
  ministry: 'government', government: 'government', council: 'government', authority: 'government',
  administration: 'government', parliament: 'government', presidency: 'government', department: 'government',
  observatory: 'monitor', monitor: 'monitor', network: 'monitor', project: 'monitor',
  committee: 'ngo', foundation: 'ngo', society: 'ngo', institute: 'organisation', watch: 'ngo', fund: 'ngo',
  organisation: 'organisation', organization: 'organisation', association: 'ngo', union: 'organisation',
  agency: 'government', commission: 'government', party: 'organisation', coalition: 'organisation',
  news: 'media', times: 'media', post: 'media', tv: 'media', television: 'media', radio: 'media', press: 'media',
  herald: 'media', tribune: 'media', gazette: 'media', journal: 'media', telegraph: 'media', guardian: 'media',
});

/** Words inside a name that settle the side of an armed actor (state forces vs insurgents). */
export const SIDE_CUES: Readonly<Record<string, 'state' | 'nonstate'>> = wordTable({
  national: 'state', republican: 'state', government: 'state', presidential: 'state', royal: 'state',
  liberation: 'nonstate', revolutionary: 'nonstate', islamic: 'nonstate', jihad: 'nonstate', resistance: 'nonstate',
  rebel: 'nonstate', popular: 'nonstate', democratic: 'nonstate', free: 'nonstate', mujahideen: 'nonstate',
});

/**
 * Short mentions that refer back to an earlier actor in the same document ("the Observatory", "the group") and the
 * actor types they may refer to. Resolved to the most recent earlier actor of a listed type.
 */
export const COREF_NOUNS: Readonly<Record<string, readonly ActorType[]>> = wordTable({
  observatory: ['monitor'],
  monitor: ['monitor'],
  'monitoring group': ['monitor'],
  'war monitor': ['monitor'],
  group: ['nonstate-armed-group', 'monitor', 'ngo'],
  'armed group': ['nonstate-armed-group'],
  'jihadist group': ['nonstate-armed-group'],
  'militant group': ['nonstate-armed-group'],
  'rebel group': ['nonstate-armed-group'],
  movement: ['nonstate-armed-group'],
  militia: ['militia', 'nonstate-armed-group'],
  agency: ['un-agency', 'media', 'government'],
  ministry: ['government'],
  organisation: ['ngo', 'un-agency', 'organisation'],
  organization: ['ngo', 'un-agency', 'organisation'],
  charity: ['ngo'],
  'aid group': ['ngo'],
  committee: ['ngo', 'government'],
});

/** Titles before a capitalised name that make it a person ("President Bashar al-Assad", "Brig Gen ..."). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'prime', 'minister', 'gen', 'general', 'brig', 'col', 'colonel', 'maj', 'major', 'capt', 'captain',
  'lt', 'sgt', 'commander', 'king', 'queen', 'prince', 'mr', 'mrs', 'ms', 'dr', 'governor', 'mayor',
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'secretary', 'ambassador', 'senator', 'chancellor',
  'emir', 'ayatollah', 'imam', 'bishop', 'pope', 'leader', 'chief', 'director', 'head', 'analyst', 'correspondent',
]);
