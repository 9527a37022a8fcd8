/**
 * Runs a suite against every store backend: SQLite always, PostgreSQL when SITREP_TEST_PG is set. Without it the
 * PostgreSQL suite is skipped with a message — unless SITREP_CI=1, where a missing database is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

export const PG_URL = process.env.SITREP_TEST_PG;
export const IN_CI = process.env.SITREP_CI === '1';

export interface BackendTarget {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty store location (file path, or postgres URL with its own schema). */
  fresh(): string;
  /** Removes what fresh() created. */
  cleanup(): Promise<void>;
}

export function sqliteTarget(): BackendTarget {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-test-'));
      dirs.push(dir);
      return join(dir, 'store.db');
    },
    async cleanup() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresTarget(url: string): BackendTarget {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    fresh() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const u = new URL(url);
      u.searchParams.set('schema', schema);
      return u.toString();
    },
    async cleanup() {
      if (!schemas.length) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await client.end();
    },
  };
}

/** Declares `suite(target)` once per available backend. */
export function describeEachStore(title: string, suite: (target: BackendTarget) => void): void {
  describe(`${title} [sqlite]`, () => suite(sqliteTarget()));
  if (PG_URL) {
    describe(`${title} [postgres]`, () => suite(postgresTarget(PG_URL)));
  } else if (IN_CI) {
    describe(`${title} [postgres]`, () => {
      it('needs PostgreSQL', () => {
        throw new Error('SITREP_CI=1 but SITREP_TEST_PG is not set: start PostgreSQL (see .ci/run) and set SITREP_TEST_PG=postgres://…');
      });
    });
  } else {
    console.warn(`sitrep: "${title}" on PostgreSQL skipped — set SITREP_TEST_PG=postgres://user:pass@host/db to run it`);
    describe.skip(`${title} [postgres] — skipped: set SITREP_TEST_PG=postgres://user:pass@host/db to run`, () => {
      it('runs against PostgreSQL', () => {});
    });
  }
}
