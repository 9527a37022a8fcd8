import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/model/entities.js';
import { distanceKm } from '../../src/extract/geo-relative.js';
import { foldName, skeletonKey } from '../../src/extract/geo-fold.js';
import { analyzeEntities, fixture } from '../fixtures/entities/helpers.js';

const place = (places: Place[], name: string): Place => {
  const p = places.find((x) => x.name === name);
  if (!p) throw new Error(`no place ${name} in ${places.map((x) => x.name).join(', ')}`);
  return p;
};
const near = (p: Place, lat: number, lon: number, km: number): void => {
  expect(p.lat).not.toBeNull();
  expect(distanceKm(p.lat!, p.lon!, lat, lon)).toBeLessThan(km);
};

describe('folding', () => {
  it.each([
    ['Saraqeb', 'Sarāqib'],
    ['Atareb', 'Al Atārib'],
    ['Darat Izza', 'Dārat ‘Izzah'],
    ['Kfar Batikh', 'Kafr Baţīkh'],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(skeletonKey(a)).toBe(skeletonKey(b));
  });
  it('drops articles, doubled letters and a final h', () => {
    expect(foldName('Az-Zarbah')).toBe('zarba');
    expect(foldName('Ḩamāh')).toBe('hama');
  });
  it.each([
    ["Ma'arrat al-Nu'man", 'Ma’arrat al-Nu’man'],
    ['Bab al Hawa', 'Bāb al Hawa'],
    ['Tall at-Tamr', 'Tall at–Tamr'],
    ['Deir ez-Zor (east)', 'Deir ez-Zōr (east)'],
  ])('plain ASCII %s folds like %s', (ascii, other) => {
    expect(foldName(ascii)).toBe(foldName(other));
    expect(skeletonKey(ascii)).toBe(skeletonKey(other));
  });
});

describe('find-places: same name, different countries', () => {
  it('Tripoli in a Lebanese report is Tripoli, Lebanon', () => {
    const p = place(analyzeEntities(fixture('tripoli-lebanon.txt')).places!, 'Tripoli');
    expect(p).toMatchObject({ kind: 'populated', country: 'LB', precision: 'exact' });
    near(p, 34.436, 35.844, 5);
  });
  it('Tripoli in a Libyan report is Tripoli, Libya, and Misrata is found', () => {
    const places = analyzeEntities(fixture('tripoli-libya.txt')).places!;
    expect(place(places, 'Tripoli')).toMatchObject({ country: 'LY', precision: 'exact' });
    near(place(places, 'Misrata'), 32.375, 15.092, 10);
    const airport = place(places, 'Mitiga airport');
    expect(airport).toMatchObject({ kind: 'facility', precision: 'approximate', country: 'LY' });
  });
  it('Hyderabad with Sindh is in Pakistan, with Telangana in India', () => {
    const pk = place(analyzeEntities(fixture('hyderabad-pakistan.txt')).places!, 'Hyderabad');
    expect(pk).toMatchObject({ country: 'PK', admin1: 'Sindh' });
    near(pk, 25.392, 68.374, 10);
    const inPlaces = analyzeEntities(fixture('hyderabad-india.txt')).places!;
    const ind = place(inPlaces, 'Hyderabad');
    expect(ind).toMatchObject({ country: 'IN', admin1: 'Telangana' });
    near(ind, 17.384, 78.456, 10);
    expect(place(inPlaces, 'Telangana')).toMatchObject({ kind: 'admin1', precision: 'admin1', country: 'IN' });
  });
});

describe('find-places: transliteration, relative and unknown places', () => {
  it('matches transliterations and keeps the text spelling', () => {
    const places = analyzeEntities(fixture('idlib-strikes.txt')).places!;
    const saraqeb = place(places, 'Saraqeb');
    expect(saraqeb).toMatchObject({ country: 'SY', precision: 'exact', gazetteerName: 'Sarāqib' });
    expect(saraqeb.mentions).toHaveLength(2);
    near(place(places, 'Atareb'), 36.139, 36.825, 5);
    expect(place(places, 'Idlib')).toMatchObject({ kind: 'admin1', precision: 'admin1' });
  });
  it('places an unknown village at its province seat, never at another town', () => {
    const places = analyzeEntities(fixture('idlib-strikes.txt')).places!;
    const village = place(places, 'Tell Warda');
    expect(village).toMatchObject({ precision: 'admin1', locatedBy: 'admin1', admin1: 'Idlib', country: 'SY' });
  });
  it('moves the anchor for "12km north of Gao"', () => {
    const places = analyzeEntities(fixture('sahel-attack.txt')).places!;
    const gao = place(places, 'Gao');
    const v = place(places, 'Tessit Koura');
    expect(v).toMatchObject({ precision: 'approximate', locatedBy: 'relative', country: 'ML' });
    expect(v.relative).toEqual({ anchor: 'Gao', distanceKm: 12, bearing: 'north' });
    expect(distanceKm(gao.lat!, gao.lon!, v.lat!, v.lon!)).toBeCloseTo(12, 0);
    expect(v.lat!).toBeGreaterThan(gao.lat!);
  });
  it('reads "X, 10 km north-east of the Y" and "7 miles West-Northwest of Y", and no bearing in "the outskirts of Y"', () => {
    const one = analyzeEntities('Shelling hit Tell Warda, some 10 km north-east of the Saraqeb, and a village on the outskirts of Atareb in Syria.').places!;
    expect(place(one, 'Tell Warda').relative).toEqual({ anchor: 'Saraqeb', distanceKm: 10, bearing: 'north-east' });
    expect(place(one, 'Saraqeb').relative).toBeUndefined();
    const two = analyzeEntities('Shelling hit Tell Warda, 7 miles West-Northwest of Saraqeb in Syria.').places!;
    expect(place(two, 'Tell Warda').relative).toMatchObject({ anchor: 'Saraqeb', bearing: 'west-northwest' });
  });
  it('finds Indian districts and states in a disaster report', () => {
    const places = analyzeEntities(fixture('flood-kerala.txt')).places!;
    expect(place(places, 'Kerala')).toMatchObject({ kind: 'admin1', country: 'IN' });
  });
  it('does not turn common words, people or organisations into places', () => {
    const doc = analyzeEntities('Officials said Victoria Mendes, a spokeswoman for the Human Rights Watch, met Hope Okafor in Lagos.');
    const names = doc.places!.map((p) => p.name);
    expect(names).toEqual(['Lagos']);
  });
});
