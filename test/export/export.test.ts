import { describe, expect, it } from 'vitest';
import { reconcileStory } from '../../src/reconcile/index.js';
import { exportAcled, exportGeojson, exportHxl, exportJson, exportUcdp, parseCsv, parseDump, toCsv } from '../../src/export/index.js';
import { ACLED_COLUMNS } from '../../src/export/acled.js';
import { UCDP_COLUMNS } from '../../src/export/ucdp.js';
import { loadStory } from '../reconcile/fixtures.js';

const kalvik = reconcileStory(loadStory('kalvik-offensive.json'));
const pelsk = reconcileStory(loadStory('pelsk-earthquake.json'));
const stories = [kalvik, pelsk];

const records = (csv: string): Array<Record<string, string>> => {
  const [head, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
};

describe('RFC 4180 CSV', () => {
  it('quotes commas, quotes and line breaks and parses them back', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'two\nlines', ''], ['1', '2', '3', '4', '5']];
    const csv = toCsv(rows);
    expect(csv).toBe('a,"b,c","say ""hi""","two\nlines",\r\n1,2,3,4,5\r\n');
    expect(parseCsv(csv)).toEqual(rows);
  });
});

describe('ACLED-style export', () => {
  const csv = exportAcled(stories);
  const rows = records(csv);
  it('has the ACLED columns and one row per event', () => {
    expect(parseCsv(csv)[0]).toEqual([...ACLED_COLUMNS]);
    expect(rows).toHaveLength(2);
  });
  it('codes the Kalvik battle with place, precision, sources and the conservative fatalities', () => {
    expect(rows[0]).toMatchObject({
      event_date: '2031-06-02',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'Northern Salient Front',
      actor2: 'army',
      admin1: 'Upper Marches',
      location: 'Kalvik',
      latitude: '47.25',
      longitude: '19.5',
      geo_precision: '1',
      source: 'Meridian Wire',
      fatalities: '40',
    });
    expect(rows[0].notes.length).toBeGreaterThan(20);
  });
});

describe('UCDP-style export', () => {
  const rows = records(exportUcdp(stories));
  it('has the UCDP columns', () => {
    expect(parseCsv(exportUcdp(stories))[0]).toEqual([...UCDP_COLUMNS]);
  });
  it('splits deaths by side with low/best/high', () => {
    expect(rows[0]).toMatchObject({
      side_b: '',
      deaths_a: '25',
      deaths_b: '40',
      deaths_civilians: '15',
      deaths_unknown: '0',
      best: '80',
      where_prec: '1',
      date_prec: '1',
    });
    expect(rows[0].source_article).toContain('Coastline Tribune, "Kalvik toll rises to 65, monitor says", 2031-06-03');
    expect(rows[1]).toMatchObject({ deaths_a: '0', deaths_b: '0', deaths_civilians: '0', deaths_unknown: '150', best: '150', low: '140', high: '170' });
  });
});

describe('HXL export', () => {
  const rows = parseCsv(exportHxl(stories));
  it('has a header row, then the hashtag row, then data', () => {
    expect(rows[1]).toEqual(['#date', '#adm1+name', '#loc+name', '#geo+lat', '#geo+lon', '#affected+killed', '#affected+displaced', '#meta+source']);
    expect(rows[2]).toEqual(['2031-06-02', 'Upper Marches', 'Kalvik', '47.25', '19.5', '80', '9000', 'Meridian Wire; Coastline Tribune; Plains Gazette; Harbor Daily']);
    expect(rows).toHaveLength(4);
  });
});

describe('GeoJSON export', () => {
  const fc = JSON.parse(exportGeojson(stories));
  it('is an RFC 7946 FeatureCollection of Points in [lon, lat]', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs');
    expect(Array.isArray(fc.features)).toBe(true);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(typeof f.properties).toBe('object');
    }
    const kalvikPlace = fc.features.find((f: { properties: { name?: string } }) => f.properties.name === 'Kalvik');
    expect(kalvikPlace.geometry.coordinates).toEqual([19.5, 47.25]);
    expect(fc.features.filter((f: { properties: { feature: string } }) => f.properties.feature === 'event')).toHaveLength(2);
    expect(fc.features.filter((f: { properties: { feature: string } }) => f.properties.feature === 'place')).toHaveLength(3);
  });
});

describe('JSON dump', () => {
  it('round-trips the stories', () => {
    const text = exportJson(stories);
    const back = parseDump(text);
    expect(back).toEqual(JSON.parse(JSON.stringify(stories.map((r) => r.story))));
    expect(exportJson(back.map(reconcileStory))).toBe(text);
  });
  it('refuses text that is not a dump, saying what it expected', () => {
    expect(() => parseDump('{"stories": 3}')).toThrow(/sitrep-dump/);
  });
});
