import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../backend.js';

/**
 * One schema change. `up` receives the capability flags of the store it runs on, so a migration can pick column
 * types (`caps.floatType`, `caps.serialType`) or index kinds without testing the dialect name.
 */
export interface SitrepMigration {
  up(db: Kysely<any>, caps: StoreCapabilities): Promise<void>;
  down?(db: Kysely<any>, caps: StoreCapabilities): Promise<void>;
}
