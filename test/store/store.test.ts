import { afterAll, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import type { Figure } from '../../src/model/figure.js';
import { describeEachStore } from './backends.js';
import { BUS_CRASH, FLOOD_OTHER, FLOOD_REPRINT, FLOOD_WIRE, MARKET_BLAST, makeDoc } from './fixtures.js';

function killedFigure(text: string, quote: string, value: number): Figure {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
  return {
    kind: 'killed',
    value,
    low: null,
    high: null,
    qualifier: 'at-least',
    unit: 'people',
    victims: { side: 'all', text: null, actor: null },
    source: 'civil protection office',
    scope: 'event',
    asOf: '2031-05-12',
    place: { name: 'Orsk', lat: 45.5, lon: 12.25, country: null, admin1: null, precision: 'exact' },
    cause: 'flood',
    partOf: null,
    span: [start, start + quote.length],
    quote,
  };
}

describeEachStore('store', (target) => {
  const opened: Store[] = [];
  async function fresh(): Promise<Store> {
    const s = await openStore(target.fresh());
    opened.push(s);
    return s;
  }
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => {});
    await target.cleanup();
  });

  it('reports its dialect and starts empty', async () => {
    const s = await fresh();
    expect(s.dialect).toBe(target.name);
    expect(await s.countDocuments()).toBe(0);
    expect(await s.listDocuments()).toEqual([]);
  });

  it('stores a document once: a re-put is "exists" and adds nothing', async () => {
    const s = await fresh();
    const doc = makeDoc(BUS_CRASH, { outlet: 'Dunmere Daily', published: '2031-03-07' });
    expect(await s.putDocument(doc)).toEqual({ id: doc.id, status: 'inserted' });
    expect(await s.putDocument(makeDoc(BUS_CRASH, { outlet: 'Dunmere Daily', published: '2031-03-07' }))).toEqual({
      id: doc.id,
      status: 'exists',
    });
    expect(await s.countDocuments()).toBe(1);
  });

  it('round-trips the document, keeping figures and dropping tokens', async () => {
    const s = await fresh();
    const doc = makeDoc(FLOOD_WIRE, { outlet: 'Meridian Wire', url: 'https://meridian.example/floods', published: '2031-05-12' });
    doc.figures = [killedFigure(FLOOD_WIRE, 'killing at least 17 people', 17)];
    doc.tokens = [{ span: [0, 6], text: 'Floods', pos: 'NOUN', type: 'word' }];
    doc.sentences = [{ span: [0, 38], tokens: [0, 1] }];
    await s.putDocument(doc);
    const back = await s.getDocument(doc.id);
    expect(back).not.toBeNull();
    expect(back!.text).toBe(FLOOD_WIRE);
    expect(back!.meta.title).toBe('Floods kill 17 in Varennia river valley');
    expect(back!.meta.outlet).toBe('Meridian Wire');
    expect(back!.meta.url).toBe('https://meridian.example/floods');
    expect(back!.figures).toEqual(doc.figures);
    expect(back!.sentences).toEqual(doc.sentences);
    expect(back!.tokens).toBeUndefined();
    expect(back!.duplicateOf).toBeNull();
    expect(await s.getDocument('no-such-id')).toBeNull();
  });

  it('keeps figures queryable in the figures table', async () => {
    const s = await fresh();
    const doc = makeDoc(FLOOD_WIRE);
    doc.figures = [killedFigure(FLOOD_WIRE, 'killing at least 17 people', 17), { ...killedFigure(FLOOD_WIRE, 'Twelve of the dead', 12), kind: 'killed', partOf: 0 }];
    await s.putDocument(doc);
    const rows = await s.db.selectFrom('figures').selectAll().where('doc_id', '=', doc.id).orderBy('idx').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      idx: 0, kind: 'killed', side: 'all', value: 17, qualifier: 'at-least', unit: 'people',
      source: 'civil protection office', scope: 'event', as_of: '2031-05-12', place_name: 'Orsk',
      place_lat: 45.5, place_lon: 12.25, quote: 'killing at least 17 people',
    });
    expect(FLOOD_WIRE.slice(Number(rows[1].span_start), Number(rows[1].span_end))).toBe('Twelve of the dead');
    const [summary] = await s.listDocuments();
    expect(summary.figureCount).toBe(2);
  });

  it('links a lightly edited reprint to the wire story and leaves other stories on the same event alone', async () => {
    const s = await fresh();
    const wire = makeDoc(FLOOD_WIRE, { outlet: 'Meridian Wire', url: 'https://meridian.example/floods' });
    const reprint = makeDoc(FLOOD_REPRINT, { outlet: 'Orsk Courier', url: 'https://courier.example/tavel' });
    const other = makeDoc(FLOOD_OTHER, { outlet: 'Valley Times', url: 'https://valleytimes.example/kresno' });
    expect((await s.putDocument(wire)).status).toBe('inserted');
    const r = await s.putDocument(reprint);
    expect(r.status).toBe('near-duplicate');
    expect(r.duplicateOf?.id).toBe(wire.id);
    expect(r.duplicateOf!.similarity).toBeGreaterThan(0.55);
    expect(r.duplicateOf!.similarity).toBeLessThan(0.95);
    expect(await s.putDocument(other)).toEqual({ id: other.id, status: 'inserted' });
    expect((await s.putDocument(makeDoc(BUS_CRASH))).status).toBe('inserted');
    const back = await s.getDocument(reprint.id);
    expect(back!.duplicateOf).toEqual(r.duplicateOf);
    const list = await s.listDocuments();
    expect(list.map((d) => d.duplicateOf?.id ?? null)).toEqual([null, wire.id, null, null]);
  });

  it('links a verbatim copy under another url with similarity 1 and a reprint of a reprint to the original', async () => {
    const s = await fresh();
    const wire = makeDoc(FLOOD_WIRE, { url: 'https://a.example/1' });
    await s.putDocument(wire);
    await s.putDocument(makeDoc(FLOOD_REPRINT, { url: 'https://b.example/2' }));
    const copy = await s.putDocument(makeDoc(FLOOD_REPRINT, { url: 'https://c.example/3' }));
    expect(copy.status).toBe('near-duplicate');
    expect(copy.duplicateOf!.id).toBe(wire.id);
    const verbatim = await s.putDocument(makeDoc(FLOOD_WIRE, { url: 'https://d.example/4' }));
    expect(verbatim.duplicateOf).toEqual({ id: wire.id, similarity: 1 });
  });

  it('stores a batch in one transaction; a repeated id inside the batch is "exists"', async () => {
    const s = await fresh();
    const a = makeDoc(BUS_CRASH);
    const b = makeDoc(MARKET_BLAST);
    const res = await s.putDocuments([a, b, makeDoc(BUS_CRASH), makeDoc(FLOOD_WIRE), makeDoc(FLOOD_REPRINT)]);
    expect(res.map((r) => r.status)).toEqual(['inserted', 'inserted', 'exists', 'inserted', 'near-duplicate']);
    expect(await s.countDocuments()).toBe(4);
    const got = await s.getDocuments([b.id, 'missing', a.id]);
    expect(got.map((d) => d.id)).toEqual([b.id, a.id]);
  });

  it('lists summaries field by field, with limit and offset', async () => {
    const s = await fresh();
    const a = makeDoc(BUS_CRASH, { outlet: 'Dunmere Daily', url: 'https://dd.example/bus', published: '2031-03-07' });
    const b = makeDoc(MARKET_BLAST, { outlet: 'Qarvan Post', published: '2031-04-02T10:00:00Z' });
    await s.putDocuments([a, b]);
    const all = await s.listDocuments();
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({
      id: a.id, title: 'Bus plunges into ravine on Kelmar mountain road', outlet: 'Dunmere Daily',
      published: '2031-03-07', url: 'https://dd.example/bus', duplicateOf: null, figureCount: 0,
    });
    expect(Number.isNaN(Date.parse(all[0].ingestedAt))).toBe(false);
    expect((await s.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id)).toEqual([b.id]);
    expect(await s.listDocuments({ limit: 5, offset: 2 })).toEqual([]);
  });

  it('searches title and text, best match first, safely for any query text', async () => {
    const s = await fresh();
    const bus = makeDoc(BUS_CRASH);
    const blast = makeDoc(MARKET_BLAST);
    await s.putDocuments([makeDoc(FLOOD_WIRE), bus, blast]);
    expect((await s.searchDocuments('ravine Kelmar')).map((d) => d.id)).toEqual([bus.id]);
    expect((await s.searchDocuments('market bomb', 5)).map((d) => d.id)).toEqual([blast.id]);
    expect(await s.searchDocuments('"unbalanced AND (')).toEqual([]);
    expect(await s.searchDocuments('   ')).toEqual([]);
  });

  it('rolls a failed transaction back', async () => {
    const s = await fresh();
    await expect(
      s.transaction(async (trx) => {
        await trx.insertInto('documents').values({ id: 'x', content_hash: 'h', ingested_at: 'now', doc: '{}' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await s.countDocuments()).toBe(0);
  });

  it('accepts text with NUL and odd characters, and re-opening runs no migration twice', async () => {
    const loc = target.fresh();
    const s1 = await openStore(loc);
    const doc = makeDoc('Title with \u0000 nul\nBody text with emoji 🚑 and \u0000 nul character inside it.');
    await s1.putDocument(doc);
    await s1.close();
    const s2 = await openStore(loc);
    opened.push(s2);
    expect(await s2.countDocuments()).toBe(1);
    expect((await s2.getDocument(doc.id))!.text).toBe(doc.text);
  });
});
