import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs, type IngestProgress } from '../../src/ingest/ingest-batch.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { SitrepDocument } from '../../src/model/document.js';
import { BUS_CRASH, FLOOD_REPRINT, FLOOD_WIRE, MARKET_BLAST } from './fixtures.js';

let dir: string;
const stores: Store[] = [];
async function freshStore(name: string): Promise<Store> {
  const s = await openStore(join(dir, `${name}.db`));
  stores.push(s);
  return s;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-batch-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a-wire.txt'), FLOOD_WIRE);
  writeFileSync(join(dir, 'in', 'b-reprint.txt'), FLOOD_REPRINT);
  writeFileSync(join(dir, 'in', 'c-bus.txt'), BUS_CRASH);
  writeFileSync(join(dir, 'in', 'd-empty.txt'), '   \n\n');
});
afterAll(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestInputs', () => {
  it('counts every outcome, analyses documents, and passes every stored document of a batch to after-store hooks', async () => {
    const store = await freshStore('hooks');
    const seen: string[][] = [];
    const progress: IngestProgress[] = [];
    const hook = async (_s: Store, docs: SitrepDocument[]) => void seen.push(docs.map((d) => d.meta.title ?? ''));
    const s = await ingestInputs(store, [join(dir, 'in'), join(dir, 'in', 'c-bus.txt')], { afterStore: [hook], onProgress: (p) => progress.push(p), batchSize: 2 });
    expect(s).toMatchObject({ inserted: 2, nearDuplicates: 1, exists: 1, failed: 1 });
    expect(s.failures).toHaveLength(1);
    expect(s.failures[0].location).toBe(join(dir, 'in', 'd-empty.txt'));
    expect(seen).toEqual([
      ['Floods kill 17 in Varennia river valley', 'Seventeen dead as flash floods hit Tavel valley'],
      // The second copy is `exists` and still handed over: hooks are idempotent, and this heals a crash.
      ['Bus plunges into ravine on Kelmar mountain road', 'Bus plunges into ravine on Kelmar mountain road'],
    ]);
    expect(progress.at(-1)).toMatchObject({ read: 5, inserted: 2, nearDuplicates: 1, exists: 1, failed: 1 });
    const stored = await store.getDocument(s.documents[0].id);
    expect(stored!.sentences!.length).toBeGreaterThan(3);
    expect(s.documents.map((d) => d.status)).toEqual(['inserted', 'near-duplicate', 'inserted', 'exists']);
  });

  it('keeps going when an after-store hook throws, recording a warning', async () => {
    const store = await freshStore('badhook');
    const s = await ingestInputs(store, [join(dir, 'in', 'c-bus.txt')], {
      afterStore: [async function assignStories() { throw new Error('no stories table'); }],
    });
    expect(s.inserted).toBe(1);
    expect(s.warnings).toEqual(['after-store step assignStories failed: no stories table']);
    expect(await store.countDocuments()).toBe(1);
  });

  it('fails only the document the store refuses, storing the rest of its batch', async () => {
    const real = await freshStore('poison');
    const poisoned = (docs: readonly SitrepDocument[]) => docs.some((d) => d.meta.title?.startsWith('Bus plunges'));
    const store: Store = {
      ...real,
      async putDocuments(docs) {
        if (poisoned(docs)) throw new Error('value too long for column');
        return real.putDocuments(docs);
      },
      async putDocument(doc) {
        if (poisoned([doc])) throw new Error('value too long for column');
        return real.putDocument(doc);
      },
    };
    const s = await ingestInputs(store, [join(dir, 'in')], { skipAnalysis: true });
    expect(s).toMatchObject({ inserted: 1, nearDuplicates: 1, failed: 2 });
    // The empty file fails as it is read; the refused document when its batch is written at the end.
    expect(s.failures.map((f) => [f.location.slice(dir.length), f.rule])).toEqual([
      ['/in/d-empty.txt', 'ingest:empty'],
      ['/in/c-bus.txt', 'store:write'],
    ]);
    expect(s.failures[1].reason).toBe('store write failed: value too long for column');
    expect(await real.countDocuments()).toBe(2);
  });

  it('skips analysis on request and can leave per-document results out', async () => {
    const store = await freshStore('lean');
    const s = await ingestInputs(store, [join(dir, 'in', 'c-bus.txt')], { skipAnalysis: true, keepResults: false });
    expect(s.inserted).toBe(1);
    expect(s.documents).toEqual([]);
    const [sum] = await store.listDocuments();
    expect((await store.getDocument(sum.id))!.sentences).toBeUndefined();
  });

  it('ingests a directory of 10,000 files with bad ones among them, reporting each bad file', async () => {
    const big = join(dir, 'many');
    mkdirSync(big);
    for (let i = 0; i < 10_000; i++) {
      const name = join(big, `${String(i).padStart(5, '0')}.txt`);
      if (i % 1000 === 999) writeFileSync(name, Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7, 8, 0, 0, 0, 1]));
      else writeFileSync(name, `Report ${i} from Qarvan\n${MARKET_BLAST.split('\n')[1]} Reference ${i}-${(i * 7919) % 10007}.`);
    }
    const store = await freshStore('many');
    const s = await ingestInputs(store, [big], { skipAnalysis: true, keepResults: false, batchSize: 256 });
    expect(s.failed).toBe(10);
    expect(s.failures.map((f) => f.location.slice(-9)).sort()).toEqual(
      Array.from({ length: 10 }, (_, k) => `${String(k * 1000 + 999).padStart(5, '0')}.txt`),
    );
    expect(s.inserted + s.nearDuplicates).toBe(9_990);
    expect(await store.countDocuments()).toBe(9_990);
  }, 180_000);
});
