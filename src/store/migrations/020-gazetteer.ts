/**
 * Gazetteer: GeoNames rows imported with `sitrep gazetteer import FILE` (villages the built-in town list lacks).
 * `key` holds the folded name (see src/extract/geo-fold.ts), one row per (geonameid, key), indexed for lookup;
 * `names` keeps the alternate names as given, comma-separated.
 */
import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../backend.js';
import type { SitrepMigration } from './types.js';

export const gazetteerMigration: SitrepMigration = {
  async up(db: Kysely<any>, caps: StoreCapabilities) {
    await db.schema
      .createTable('gazetteer')
      .addColumn('geonameid', 'bigint', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('names', 'text', (c) => c.notNull())
      .addColumn('lat', caps.floatType, (c) => c.notNull())
      .addColumn('lon', caps.floatType, (c) => c.notNull())
      .addColumn('feature_class', 'text', (c) => c.notNull())
      .addColumn('feature_code', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('admin1', 'text')
      .addColumn('population', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('gazetteer_names')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('geonameid', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('gazetteer_names_pk', ['key', 'geonameid'])
      .execute();
    await db.schema.createIndex('gazetteer_country_idx').on('gazetteer').column('country').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('gazetteer_names').execute();
    await db.schema.dropTable('gazetteer').execute();
  },
};
