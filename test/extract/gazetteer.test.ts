import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGeoNames } from '../../src/extract/gazetteer-geonames.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { scanWords } from '../../src/extract/geo-words.js';
import { findPlacesIn } from '../../src/extract/find-places.js';
import { importGazetteerRows, loadStoredGazetteer } from '../../src/extract/gazetteer-store.js';
import { openStore } from '../../src/store/index.js';
import { analyzeEntities, fixture } from '../fixtures/entities/helpers.js';

describe('names by folded key', () => {
  it('keeps every town of a shared name, whether one row has it or several, and towns added later', () => {
    const row = (geonameId: number, name: string, country: string) => ({ geonameId, name, lat: 1, lon: 2, featureCode: 'PPL', country, admin1: '01', population: 5000, origin: 'import' as const });
    const gaz = new Gazetteer([row(9900201, 'Tarvel', 'KE'), row(9900202, 'Osun Bridge', 'NG')]);
    expect(gaz.named('Tarvel').rows.map((i) => gaz.row(i).geonameId)).toEqual([9900201]);
    gaz.add([row(9900203, 'Tarvel', 'TZ'), row(9900204, 'Tarvel', 'UG')]);
    expect(gaz.named('TARVEL').rows.map((i) => gaz.row(i).geonameId)).toEqual([9900201, 9900203, 9900204]);
    expect(gaz.named('Osun Bridge').rows.map((i) => gaz.row(i).country)).toEqual(['NG']);
    expect(gaz.named('Nowhere Town').rows).toEqual([]);
  });
});

describe('transliteration keys', () => {
  it('finds a town by a spelling whose folded key would fold again differently ("Ell Marej" for "Ell Marij")', () => {
    const gaz = new Gazetteer([]);
    gaz.add([{ geonameId: 9900100, name: 'Ell Marij', lat: 35.1, lon: 36.2, featureCode: 'PPL', country: 'SY', admin1: '12', population: 0, origin: 'import' }]);
    const hits = gaz.named('Ell Marej');
    expect(hits.key).toBe('el marej');
    expect(gaz.transliterations(hits, 'SY').map((i) => gaz.row(i).name)).toEqual(['Ell Marij']);
  });
});

describe('scanned words', () => {
  it('finds each spelling of a plain word by its key, the same hits again for the same spelling', () => {
    const gaz = new Gazetteer([{ geonameId: 9900101, name: 'Aleppo', lat: 36.2, lon: 37.2, featureCode: 'PPLA', country: 'SY', admin1: '09', population: 1000 }]);
    const text = 'Aleppo ALEPPO Aleppo aleppo';
    const words = scanWords(text);
    const hits = words.map((w) => gaz.namedWord(text, w));
    expect(hits.map((h) => h.spelling)).toEqual(['Aleppo', 'ALEPPO', 'Aleppo', 'aleppo']);
    expect(hits[2]).toBe(hits[0]);
    expect(new Set(hits).size).toBe(3);
    expect(hits.every((h) => h.rows.length === 1)).toBe(true);
  });
});

describe('GeoNames import', () => {
  const { rows, rejected } = parseGeoNames(fixture('geonames-sample.txt') + 'not\ta\tvalid line\n');

  it('parses the 19-column format with alternate names', () => {
    expect(rejected).toBe(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ geonameId: 9900001, name: 'Tell Warda', lat: 35.9521, lon: 36.7011, country: 'SY', admin1: '12', origin: 'import' });
    expect(rows[0].altNames).toContain('Tall Wardah');
  });

  it('lets the place finder locate an imported village exactly', () => {
    const doc = analyzeEntities(fixture('idlib-strikes.txt'));
    const gaz = new Gazetteer([]);
    const before = findPlacesIn(doc, gaz).find((p) => p.name === 'Tell Warda');
    expect(before?.precision).not.toBe('exact');
    gaz.add(rows);
    const after = findPlacesIn(doc, gaz).find((p) => p.name === 'Tell Warda')!;
    expect(after).toMatchObject({ precision: 'exact', locatedBy: 'import', geonameId: 9900001, lat: 35.9521, lon: 36.7011 });
  });

  it('stores rows and loads them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
    const store = await openStore(join(dir, 'g.db'));
    try {
      expect(await importGazetteerRows(store.db, rows)).toBe(3);
      expect(await importGazetteerRows(store.db, rows)).toBe(3); // re-import replaces, never duplicates
      const keys = await store.db.selectFrom('gazetteer_names').select('key').where('geonameid', '=', 9900002).execute();
      expect(keys.map((k) => k.key)).toContain('kafr nabuda');
      expect(await loadStoredGazetteer(store.db)).toBe(3);
    } finally {
      await store.close();
    }
  });
});

describe('division of an unknown village', () => {
  it('is voted by towns with a division code only (a town without one names no division)', () => {
    const gaz = new Gazetteer([]);
    gaz.add([
      { geonameId: 9900201, name: 'Qarmoun', lat: 35.9, lon: 36.6, featureCode: 'PPL', country: 'SY', admin1: null, population: 4000, origin: 'import' },
      { geonameId: 9900202, name: 'Tarbel', lat: 35.5, lon: 36.9, featureCode: 'PPLA', country: 'SY', admin1: '12', population: 90000, origin: 'import' },
    ]);
    const doc = analyzeEntities(
      'Shelling hit Qarmoun in northwest Syria on Monday. Residents of Qarmoun fled north overnight. Officials in Tarbel said aid had arrived. Later the village of Kfar Zeyta was struck.',
    );
    const places = findPlacesIn(doc, gaz);
    expect(places.find((p) => p.name === 'Qarmoun')).toMatchObject({ precision: 'exact', admin1: null });
    expect(places.find((p) => p.name === 'Kfar Zeyta')).toMatchObject({ precision: 'admin1', country: 'SY', lat: 35.5, lon: 36.9 });
  });
});
