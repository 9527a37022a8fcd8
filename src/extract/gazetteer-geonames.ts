/**
 * Reads GeoNames dumps (allCountries.txt, SY.txt…): 19 tab-separated columns, one place per line. Only populated
 * places (feature class P) and first-level divisions (ADM1) are kept. Bad lines become counted rejects, not errors.
 */
import type { GazetteerRow } from './gazetteer.js';

/** GeoNames column positions (https://download.geonames.org/export/dump/readme.txt). */
export const GEONAMES_COLUMNS = {
  geonameId: 0, name: 1, asciiName: 2, alternateNames: 3, lat: 4, lon: 5, featureClass: 6, featureCode: 7,
  country: 8, admin1: 10, population: 14,
} as const;

/** Feature classes worth importing: P = populated places; A/ADM1 = provinces (seats come from P rows). */
const KEEP_CLASSES: ReadonlySet<string> = new Set(['P']);

export interface ParseResult {
  rows: GazetteerRow[];
  rejected: number;
}

export function parseGeoNames(text: string): ParseResult {
  const rows: GazetteerRow[] = [];
  let rejected = 0;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const row = parseGeoNamesLine(line);
    if (row) rows.push(row);
    else rejected++;
  }
  return { rows, rejected };
}

export function parseGeoNamesLine(line: string): GazetteerRow | null {
  const c = line.replace(/\r$/, '').split('\t');
  const C = GEONAMES_COLUMNS;
  if (c.length < 15) return null;
  const lat = Number(c[C.lat]);
  const lon = Number(c[C.lon]);
  const id = Number(c[C.geonameId]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isInteger(id) || !c[C.name]) return null;
  if (!KEEP_CLASSES.has(c[C.featureClass])) return null;
  const alt = [c[C.asciiName], ...(c[C.alternateNames] ? c[C.alternateNames].split(',') : [])].filter((n) => n && n !== c[C.name]);
  return {
    geonameId: id,
    name: c[C.name],
    altNames: [...new Set(alt)],
    lat,
    lon,
    featureCode: c[C.featureCode] || 'PPL',
    country: c[C.country],
    admin1: c[C.admin1] || null,
    population: Number(c[C.population]) || 0,
    origin: 'import',
  };
}
