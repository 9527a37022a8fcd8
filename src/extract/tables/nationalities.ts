/**
 * Nationalities: demonym → country → that country's state actors. Reports name sides by nationality more often
 * than by organisation ("an Iranian general", "Russian warplanes", "Ukrainian soldiers", "Nigerien troops"), so the
 * actor table is extended with one state-force, one government and one police entry per country, built from the
 * country list's demonyms (tables/places-countries.ts, read-only here).
 *
 * Where the named table already has a country's forces (Syrian army, Sudanese Armed Forces) or its state as a
 * whole (Russia, Israel, Ukraine, Iran, Turkey, United States), the nationality forms point at that entry, so
 * "Russian soldiers" and "Russian forces" are one actor.
 */
import { COUNTRIES, type CountryEntry } from './places-countries.js';
import { wordTable } from '../../nlp/word-table.js';
import { boundedMemo } from '../../nlp/bounded-memo.js';

export interface Nationality {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Country name ("Niger"). */
  country: string;
  /** First demonym, used to name generated actors ("Nigerien"). */
  demonym: string;
}

/**
 * Nouns after a demonym that name the country's armed forces or an act of them ("Russian warplanes", "Israeli
 * strikes", "an Iranian general"). Each becomes an alias "<Demonym> <noun>" of the state-force actor.
 */
export const FORCE_NOUNS: readonly string[] = [
  'army', 'armed forces', 'military', 'forces', 'troops', 'soldiers', 'soldier', 'security forces',
  'government forces', 'government troops', 'army soldiers', 'army troops', 'military forces', 'air force',
  'navy', 'warplanes', 'warplane', 'jets', 'fighter jets', 'aircraft', 'drones', 'drone', 'strikes', 'strike',
  'air strikes', 'air strike', 'airstrikes', 'airstrike', 'drone strikes', 'drone strike', 'artillery', 'shelling',
  'missiles', 'missile', 'general', 'generals', 'officer', 'officers', 'commander', 'commanders', 'servicemen',
  'service members', 'marines', 'paratroopers', 'special forces', 'defence ministry', 'defense ministry',
  'ministry of defence', 'ministry of defense', 'military spokesman', 'army spokesman',
];
/** Nouns after a demonym that name the country's government ("Nigerien authorities", "Somali officials"). */
export const GOVERNMENT_NOUNS: readonly string[] = [
  'government', 'authorities', 'officials', 'government officials', 'presidency', 'interior ministry',
  'foreign ministry', 'ministry of interior', 'ministry of foreign affairs', 'cabinet', 'junta', 'regime',
];
// Not here: "<Demonym> health ministry" (the Palestinian Health Ministry is a source of its own, kept as written)
// and "<Demonym> President …" (a title before a person's name).
/** Nouns after a demonym that name the country's police ("Kenyan police", "Haitian police officers"). */
export const POLICE_NOUNS: readonly string[] = [
  'police', 'police force', 'police officers', 'policemen', 'police officer', 'policeman', 'gendarmerie',
  'gendarmes', 'national police', 'riot police',
];

/** Plural nationality nouns ("three Americans", "two Israelis") are formed by adding -s to these endings. */
const PLURAL_ENDINGS = /(?:an|i|ek|kh|ch|ai|ino)$/;

const byWord = new Map<string, Nationality>();
const byCountryCode = new Map<string, Nationality>();
/** Country names and aliases by their first word (lower case), for the context scan: ["south", "sudan"] etc. */
const namesByFirst = new Map<string, Array<{ words: string[]; code: string }>>();

function add(entry: CountryEntry): void {
  const nat: Nationality = { code: entry.code, country: entry.name, demonym: entry.demonyms[0] ?? entry.name };
  byCountryCode.set(entry.code, nat);
  for (const d of entry.demonyms) {
    byWord.set(d.toLowerCase(), nat);
    if (PLURAL_ENDINGS.test(d)) byWord.set(`${d.toLowerCase()}s`, nat);
  }
  for (const n of [entry.name, ...entry.aliases]) {
    const words = n.toLowerCase().split(/\s+/);
    const list = namesByFirst.get(words[0]) ?? [];
    list.push({ words, code: entry.code });
    namesByFirst.set(words[0], list);
  }
}
for (const c of COUNTRIES) add(c);
/**
 * Plural nouns for a country's people that are not "<demonym>s" ("seven Britons", "two Poles", "three Turks"): the
 * country list's demonyms are adjectives (British, Polish, Turkish) that take no plural.
 */
const PEOPLE_NOUNS: Readonly<Record<string, string>> = wordTable({
  britons: 'GB', brits: 'GB', scots: 'GB', poles: 'PL', turks: 'TR', danes: 'DK', swedes: 'SE', finns: 'FI',
  thais: 'TH', spaniards: 'ES', dutchmen: 'NL', irishmen: 'IE', frenchmen: 'FR', swiss: 'CH', lebanese: 'LB',
  sudanese: 'SD', chinese: 'CN', japanese: 'JP', vietnamese: 'VN', congolese: 'CD', senegalese: 'SN',
  burmese: 'MM', portuguese: 'PT', nepalis: 'NP', pakistanis: 'PK', bangladeshis: 'BD', iraqis: 'IQ',
});
for (const [w, code] of Object.entries(PEOPLE_NOUNS)) {
  const nat = byCountryCode.get(code);
  if (nat && !byWord.has(w)) byWord.set(w, nat);
}
const PEOPLE_NOUN_SET: ReadonlySet<string> = new Set(Object.keys(PEOPLE_NOUNS));
for (const list of namesByFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
/** A possessive the country scan reads through ("syria's"). */
const POSSESSIVE_END = /['’]s$/;
/** Every lower-case word that starts a country name or is a demonym or people noun: the rest are rejected at once. */
const COUNTRY_WORDS: ReadonlySet<string> = new Set([...namesByFirst.keys(), ...byWord.keys()]);

/** Is this lower-case word a plural nationality noun ("americans"), i.e. counted people? */
export function isNationalityNoun(lower: string): boolean {
  const n = byWord.get(lower);
  if (PEOPLE_NOUN_SET.has(lower)) return !!n;
  return !!n && lower.endsWith('s') && !n.demonym.toLowerCase().endsWith('s');
}

/**
 * Country mentions in a run of capitalised words starting at `words[i]`: a demonym, or a country name or alias
 * ("South Sudan", "DR Congo"). Returns the country code and how many words it used, or null.
 */
export function countryAt(words: readonly { readonly text: string }[], i: number): { code: string; n: number } | null {
  const facts = countryWordFacts(words[i].text);
  if (!facts) return null;
  if (facts.names) {
    for (const cand of facts.names) {
      let ok = true;
      for (let k = 1; k < cand.words.length; k++) {
        if ((words[i + k]?.text ?? '').toLowerCase() !== cand.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { code: cand.code, n: cand.words.length };
    }
  }
  return facts.single ? { code: facts.single, n: 1 } : null;
}

/** What a word as written may start: country names (longest first), and the country it names alone, if any. */
interface CountryWordFacts {
  readonly names: readonly { readonly code: string; readonly words: readonly string[] }[] | undefined;
  /** The country of the word alone, less a possessive: a demonym, people noun or one-word name. */
  readonly single: string | null;
}

/** Per word as written: null when its lower case neither starts a country name nor is a demonym (possibly possessive). */
const countryWordFacts = boundedMemo((word): CountryWordFacts | null => {
  const w = word.toLowerCase();
  return COUNTRY_WORDS.has(w) || POSSESSIVE_END.test(w) ? { names: namesByFirst.get(w), single: singleCountry(w.replace(POSSESSIVE_END, '')) } : null;
});

/** The country a lower-case word names on its own: a demonym or people noun, else a one-word country name. */
function singleCountry(bare: string): string | null {
  const nat = byWord.get(bare);
  if (nat) return nat.code;
  const named = namesByFirst.get(bare);
  if (named) for (const cand of named) if (cand.words.length === 1) return cand.code;
  return null;
}

/** The lower-case words a country mention may begin with (see `countryAt`), for scanners' quick filters. */
export function countryWords(): ReadonlySet<string> {
  return COUNTRY_WORDS;
}

/** Every country with a demonym: the generated-actor builder in tables/actors.ts walks this. */
export function allNationalities(): Iterable<Nationality> {
  return byCountryCode.values();
}

/** Country names and aliases of a country (for "Niger's army", "army of Niger"). */
export function countryNames(code: string): string[] {
  const c = COUNTRIES.find((x) => x.code === code);
  return c ? [c.name, ...c.aliases] : [];
}
