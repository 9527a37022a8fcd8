/** The `--db PATH|postgres://URL` option every store command takes, and opening the store it names. */
import { defaultStoreLocation, openStore, type Store } from '../store/index.js';
import { StoreOpenError } from './store-error.js';

/** Add to a command's parseArgs spec. */
export const STORE_FLAGS = { db: 'string' } as const;

/** `--db`, else SITREP_DB, else ./sitrep.db. */
export function storeLocation(flags: Record<string, string | boolean>): string {
  return typeof flags.db === 'string' && flags.db ? flags.db : defaultStoreLocation();
}

/** Hides the password of a postgres URL when a location is printed. */
export function displayLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/i, '$1***@');
}

export { StoreOpenError };

/** Opens the store, runs `fn`, closes the store even when `fn` throws. */
export async function withStore<T>(flags: Record<string, string | boolean>, fn: (store: Store) => Promise<T>): Promise<T> {
  const location = storeLocation(flags);
  let store: Store;
  try {
    store = await openStore(location);
  } catch (err) {
    throw new StoreOpenError(`cannot open store ${displayLocation(location)}: ${(err as Error).message}`);
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
