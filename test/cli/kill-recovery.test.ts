/**
 * Crash safety: `sitrep ingest` is killed with SIGKILL in the middle of a run; running it again must leave every
 * document stored exactly once and every table consistent with the documents table. Runs on SQLite and PostgreSQL.
 */
import { afterAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStore, type Store } from '../../src/store/index.js';
import { syntheticCorpus } from '../../bench/synthetic-articles.js';
import { describeEachStore } from '../store/backends.js';
import { cli, cliAsync } from './run-cli.js';

const N = 300;
const KILL_AFTER = 32;

async function waitFor(cond: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

async function scalar(store: Store, query: ReturnType<typeof sql>): Promise<number> {
  const r = await query.execute(store.db);
  return Number(Object.values(r.rows[0] as Record<string, unknown>)[0]);
}

describeEachStore('kill -9 during ingest', (target) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await target.cleanup();
  });

  it('stores every document exactly once after a crash and a re-run', async () => {
    const titles = new Set<string>();
    let i = 0;
    for (const a of syntheticCorpus(N, 7)) {
      writeFileSync(join(dir, `${String(i++).padStart(4, '0')}.txt`), a.text);
      titles.add(a.text.split('\n')[0]);
    }
    const location = target.fresh();
    const store = await openStore(location); // migrate first, so the child and this reader never race on the schema
    try {
      const child = cliAsync(['ingest', dir, '--db', location]);
      let exited = false;
      const closed = new Promise<number | null>((res) => child.on('close', (code) => ((exited = true), res(code))));
      const started = await waitFor(async () => exited || (await store.countDocuments()) >= KILL_AFTER, 90_000);
      expect(started).toBe(true);
      expect(exited, 'the ingest finished before it could be killed; raise N').toBe(false);
      child.kill('SIGKILL');
      await closed;
      const atKill = await store.countDocuments();
      expect(atKill).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(atKill).toBeLessThan(N);

      const rerun = cli(['ingest', dir, '--db', location, '--json']);
      expect(rerun.code).toBe(0);
      const s = JSON.parse(rerun.stdout);
      expect(s.failed).toBe(0);
      expect(s.exists).toBe(atKill);
      expect(s.inserted + s.nearDuplicates + s.exists).toBe(N);

      expect(await store.countDocuments()).toBe(N);
      expect(await scalar(store, sql`SELECT count(DISTINCT location) FROM documents`)).toBe(N);
      expect(await scalar(store, sql`SELECT count(DISTINCT content_hash) FROM documents`)).toBe(N);
      const stored = await store.listDocuments({ limit: N + 10 });
      expect(new Set(stored.map((d) => d.title))).toEqual(titles);
      // Children match their documents: figure rows, band keys and the full-text index.
      expect(await scalar(store, sql`SELECT count(*) FROM documents d WHERE figure_count <> (SELECT count(*) FROM figures f WHERE f.doc_id = d.id)`)).toBe(0);
      expect(await scalar(store, sql`SELECT count(*) FROM duplicate_bands b WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = b.doc_id)`)).toBe(0);
      expect(await scalar(store, sql`SELECT count(*) FROM documents WHERE duplicate_of IS NULL AND minhash IS NOT NULL AND id NOT IN (SELECT doc_id FROM duplicate_bands)`)).toBe(0);
      // After-store hooks (story assignment) ran for every document, even those whose batch was written just
      // before the kill: the re-run hands `exists` documents to the idempotent hooks again.
      expect(await scalar(store, sql`SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_documents s WHERE s.doc_id = d.id)`)).toBe(0);
      if (target.name === 'sqlite') {
        expect(await scalar(store, sql`SELECT count(*) FROM documents_fts`)).toBe(N);
        expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(store.db)).rows[0].integrity_check).toBe('ok');
      } else {
        expect(await scalar(store, sql`SELECT count(*) FROM documents WHERE tsv IS NULL`)).toBe(0);
      }
    } finally {
      await store.close();
    }
  });
});
