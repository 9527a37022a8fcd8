/**
 * `openStore(location)`: the document store. SQLite file by default (`./sitrep.db`, or the SITREP_DB environment
 * variable), PostgreSQL when the location is a `postgres://` or `postgresql://` URL. Migrations run on open.
 */
import { resolve } from 'node:path';
import type { Backend } from './backend.js';
import { createStore, migrate } from './document-store.js';
import { createPostgresBackend } from './postgres/backend.js';
import { createSqliteBackend } from './sqlite/backend.js';
import type { Store, StoreOptions } from './types.js';

export type { Dialect, DocumentSummary, PutResult, PutStatus, Store, StoreOptions } from './types.js';
export type { StoreCapabilities } from './backend.js';
export { MIGRATIONS, type SitrepMigration } from './migrations/index.js';

export const DEFAULT_DB_PATH = 'sitrep.db';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** Where the store lives when no location is given: SITREP_DB, else ./sitrep.db. */
export function defaultStoreLocation(): string {
  return process.env.SITREP_DB || resolve(DEFAULT_DB_PATH);
}

export function isPostgresLocation(location: string): boolean {
  return POSTGRES_URL.test(location);
}

export async function openStore(location?: string, options: StoreOptions = {}): Promise<Store> {
  const where = location || defaultStoreLocation();
  const backend: Backend = isPostgresLocation(where)
    ? createPostgresBackend(where, options.schema)
    : createSqliteBackend(where);
  try {
    await backend.prepare();
    await migrate(backend);
  } catch (err) {
    await backend.close().catch(() => {});
    throw err;
  }
  return createStore(backend, options);
}
