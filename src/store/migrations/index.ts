/**
 * Ordered registry of schema migrations, applied on `openStore`. Numbers 001–009 belong to the store itself; other
 * areas add `NNN-<area>.ts` (010 and up) exporting a `SitrepMigration` and append it here. Never renumber or edit a
 * migration that has shipped: add a new one.
 */
import type { SitrepMigration } from './types.js';
import { documentsMigration } from './001-documents.js';
import { storiesMigration } from './010-stories.js';
import { gazetteerMigration } from './020-gazetteer.js';

export type { SitrepMigration } from './types.js';

export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: SitrepMigration]> = [
  ['001-documents', documentsMigration],
  ['010-stories', storiesMigration],
  ['020-gazetteer', gazetteerMigration],
];
