/**
 * Imported GeoNames rows in the store: write them (`sitrep gazetteer import`) and bulk-load them into the in-memory
 * gazetteer once per process (`loadStoredGazetteer`), so the place finder never queries per mention.
 */
import type { Kysely } from 'kysely';
import { addToGazetteer, type GazetteerRow } from './gazetteer.js';
import { foldName } from './geo-fold.js';

/** Rows per INSERT: stays under SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 500;

export async function importGazetteerRows(db: Kysely<any>, rows: readonly GazetteerRow[]): Promise<number> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const ids = batch.map((r) => r.geonameId);
    await db.deleteFrom('gazetteer_names').where('geonameid', 'in', ids).execute();
    await db.deleteFrom('gazetteer').where('geonameid', 'in', ids).execute();
    await db.insertInto('gazetteer').values(batch.map(toRecord)).execute();
    const names = batch.flatMap((r) => [...new Set([r.name, ...(r.altNames ?? [])].map(foldName).filter(Boolean))].map((key) => ({ key, geonameid: r.geonameId })));
    for (let k = 0; k < names.length; k += BATCH) await db.insertInto('gazetteer_names').values(names.slice(k, k + BATCH)).execute();
  }
  return rows.length;
}

/** Stores whose imported rows are already in the in-memory gazetteer: each is loaded once per process. */
const loaded = new WeakSet<object>();

/** Loads every imported row into the shared gazetteer once per store handle; returns how many were added. */
export async function loadStoredGazetteer(db: Kysely<any>): Promise<number> {
  if (loaded.has(db)) return 0;
  loaded.add(db);
  const records = await db.selectFrom('gazetteer').selectAll().execute();
  addToGazetteer(records.map(fromRecord));
  return records.length;
}

function toRecord(r: GazetteerRow): Record<string, unknown> {
  return {
    geonameid: r.geonameId,
    name: r.name,
    names: (r.altNames ?? []).join(','),
    lat: r.lat,
    lon: r.lon,
    feature_class: 'P',
    feature_code: r.featureCode,
    country: r.country,
    admin1: r.admin1,
    population: r.population,
  };
}

function fromRecord(x: Record<string, any>): GazetteerRow {
  return {
    geonameId: Number(x.geonameid),
    name: String(x.name),
    altNames: x.names ? String(x.names).split(',') : [],
    lat: Number(x.lat),
    lon: Number(x.lon),
    featureCode: String(x.feature_code),
    country: String(x.country),
    admin1: x.admin1 ?? null,
    population: Number(x.population) || 0,
    origin: 'import',
  };
}
