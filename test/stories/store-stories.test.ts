import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { assignStories, getStory, listStories, storyDocuments, clusterDocuments } from '../../src/stories/index.js';
import { scoreClusters } from '../../src/eval/eval-stories.js';
import { describeEachStore } from '../store/backends.js';
import { fixtureDocs, fixtureGold, makeDoc } from './fixture-docs.js';

describeEachStore('stories in the store', (target) => {
  const opened: Store[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
    await target.cleanup();
  });
  async function fresh(): Promise<Store> {
    const s = await openStore(target.fresh());
    opened.push(s);
    return s;
  }

  it('assigns the labelled set in daily batches with B-cubed F1 >= 0.9 and agrees with the in-memory clustering', async () => {
    const store = await fresh();
    const docs = fixtureDocs();
    await store.putDocuments(docs);
    const days = [...new Set(docs.map((d) => d.meta.published!))].sort();
    const pred: Array<{ id: string; story: string }> = [];
    for (const day of days) pred.push(...(await assignStories(store, docs.filter((d) => d.meta.published === day))));
    const s = scoreClusters(pred, fixtureGold());
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    const memory = scoreClusters(clusterDocuments(docs), fixtureGold());
    expect(Math.abs(s.f1 - memory.f1)).toBeLessThan(0.05);
  });

  it('is idempotent, lists stories latest first and shows one story with its reports', async () => {
    const store = await fresh();
    const docs = fixtureDocs().filter((d) => /^[ab]0/.test(d.id)); // Kutum strike, then Mellit strike a week later
    await store.putDocuments(docs);
    const first = await assignStories(store, docs);
    const again = await assignStories(store, docs);
    expect(again).toEqual(first);
    const byId = new Map(first.map((a) => [a.id, a.story]));
    expect(byId.get('a01')).toBe(byId.get('a05'));
    expect(byId.get('a01')).not.toBe(byId.get('b01'));

    const list = await listStories(store);
    expect(list).toHaveLength(2);
    expect(list[0].id).toBe(byId.get('b01'));
    expect(list[0]).toMatchObject({ documentCount: 5, firstReport: '2025-03-10', lastReport: '2025-03-12', dateRange: { start: '2025-03-10', end: '2025-03-12' } });
    expect(list[1]).toMatchObject({ documentCount: 5, firstReport: '2025-03-03', lastReport: '2025-03-05' });
    expect(list[1].label).toMatch(/Kutum/);
    expect(list[1].label).toMatch(/3–5 Mar 2025$/);
    expect(await listStories(store, { limit: 1, offset: 1 })).toEqual([list[1]]);

    const story = await getStory(store, byId.get('a01')!);
    expect(story?.documents.map((d) => d.id)).toEqual(['a01', 'a02', 'a04', 'a03', 'a05']);
    expect(story?.documents[0]).toEqual({ id: 'a01', outlet: 'Kestrel Wire', published: '2025-03-03', title: 'Air strike hits crowded market in Kutum', url: null });
    expect(await getStory(store, 'st-nope')).toBeNull();
    const full = await storyDocuments(store, byId.get('b01')!);
    expect(full.map((d) => d.id).sort()).toEqual(['b01', 'b02', 'b03', 'b04', 'b05']);
    expect(full[0].text.length).toBeGreaterThan(100);
  });

  it('puts a near-duplicate stored later into its original story', async () => {
    const store = await fresh();
    const docs = fixtureDocs().filter((d) => /^[cd]0/.test(d.id));
    await store.putDocuments(docs);
    const placed = new Map((await assignStories(store, docs)).map((a) => [a.id, a.story]));
    const reprint = makeDoc({ id: 'c01-reprint', text: 'Repost. ' + docs[0].text, published: '2025-06-20' });
    reprint.duplicateOf = { id: 'c01', similarity: 0.92 };
    const [r] = await assignStories(store, [reprint]);
    expect(r.story).toBe(placed.get('c01'));
  });
});
