import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { defineStage, type Stage } from '../src/pipeline/stage.js';
import { tokenizeText } from '../src/nlp/tokenize.js';
import { analyze, analyzeBatch, BATCH_SIZE, DEFAULT_PASSES, DEFAULT_STAGES } from '../src/pipeline/analyze.js';
import { batchesOf } from '../src/pipeline/batches-of.js';
import { cleanArticle } from '../src/ingest/clean-article.js';
import type { SitrepDocument } from '../src/model/document.js';

/** A stage that notes `name:docId` in `log` (and throws on the document `failOn`). */
function logging(name: string, log: string[], failOn?: string): Stage {
  return defineStage({
    name,
    requires: [],
    assigns: [],
    run(doc) {
      log.push(`${name}:${doc.id}`);
      if (doc.id === failOn) throw new Error('broken input');
    },
  });
}

function doc(id: string, text = 'x'): SitrepDocument {
  return { id, text, meta: {}, headings: [], removed: [], messages: [] } as unknown as SitrepDocument;
}

function fixtureDocuments(): SitrepDocument[] {
  const dir = 'test/fixtures/entities';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.includes('geonames'))
    .sort()
    .map((f) => cleanArticle({ origin: { location: f, format: 'text' }, source: readFileSync(join(dir, f), 'utf8'), meta: { published: '2025-03-06', publishedFrom: 'option' }, messages: [] }));
}

describe('pipeline', () => {
  it('rejects a stage whose requirements no earlier stage assigns', () => {
    const needsFigures = defineStage({ name: 'needs', requires: ['figures'], assigns: [], run() {} });
    expect(() => createPipeline([needsFigures])).toThrow(/requires figures/);
  });
  it('rejects disabling an unknown stage and names the available ones', () => {
    const s = defineStage({ name: 'a', requires: [], assigns: [], run() {} });
    expect(() => createPipeline([s], { disable: ['b'] })).toThrow(/Available stages: a/);
  });
  it('takes one document through every stage, and a batch through one pass after another', () => {
    const log: string[] = [];
    const p = createPipeline([[logging('a', log), logging('b', log)], logging('c', log)]);
    p.run(doc('x'));
    expect(log).toEqual(['a:x', 'b:x', 'c:x']);
    log.length = 0;
    p.runBatch([doc('x'), doc('y')]);
    expect(log).toEqual(['a:x', 'b:x', 'a:y', 'b:y', 'c:x', 'c:y']);
  });
  it('leaves a disabled stage out of its pass and drops a pass left empty', () => {
    const log: string[] = [];
    const p = createPipeline([[logging('a', log), logging('b', log)], [logging('c', log)]], { disable: ['a', 'c'] });
    expect(p.passes.map((pass) => pass.map((s) => s.name))).toEqual([['b']]);
    expect(p.stages.map((s) => s.name)).toEqual(['b']);
  });
  it('validates the stages of passes in order', () => {
    const needsFigures = defineStage({ name: 'needs', requires: ['figures'], assigns: [], run() {} });
    const gives = defineStage({ name: 'gives', requires: [], assigns: ['figures'], run() {} });
    expect(() => createPipeline([[needsFigures, gives]])).toThrow(/requires figures/);
    expect(() => createPipeline([[gives], [needsFigures]])).not.toThrow();
  });
  it('lets a stage fail on one document of a batch and goes on with the others', () => {
    const log: string[] = [];
    const p = createPipeline([[logging('a', log, 'y'), logging('b', log)]]);
    const [x, y, z] = p.runBatch([doc('x'), doc('y'), doc('z')]);
    expect(log).toEqual(['a:x', 'b:x', 'a:y', 'b:y', 'a:z', 'b:z']);
    expect(y.messages.map((m) => m.rule)).toEqual(['pipeline:a']);
    expect(x.messages).toEqual([]);
    expect(z.messages).toEqual([]);
  });
});

describe('the default pipeline in batches', () => {
  it('holds every default stage once, in its passes', () => {
    expect(DEFAULT_PASSES.flat()).toEqual(DEFAULT_STAGES);
    expect(DEFAULT_PASSES.length).toBeGreaterThan(1);
  });
  it('gives a batch the same analysis as one document at a time, across batch boundaries', () => {
    const one = fixtureDocuments();
    // more documents than a batch holds, so the last batch is a partial one
    const docs = [...one, ...fixtureDocuments()].slice(0, BATCH_SIZE + 3);
    expect(docs.length).toBe(BATCH_SIZE + 3);
    const single = docs.map((d) => analyze(structuredClone(d)));
    const batched = analyzeBatch(docs.map((d) => structuredClone(d)));
    const fields = (d: SitrepDocument) => ({ figures: d.figures, actors: d.actors, places: d.places, events: d.events, numbers: d.numbers, dates: d.dates, messages: d.messages });
    expect(batched.map(fields)).toEqual(single.map(fields));
    expect(single.some((d) => (d.actors ?? []).length > 0 && (d.places ?? []).length > 0 && (d.figures ?? []).length > 0)).toBe(true);
  });
});

describe('batchesOf', () => {
  async function* items(values: number[], pauseAfter = -1, pauseMs = 0): AsyncGenerator<number> {
    for (const v of values) {
      yield v;
      if (v === pauseAfter) await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
  async function collect<T>(gen: AsyncIterable<T[]>): Promise<T[][]> {
    const out: T[][] = [];
    for await (const b of gen) out.push(b);
    return out;
  }
  it('fills whole batches and hands on the rest at the end', async () => {
    expect(await collect(batchesOf(items([1, 2, 3, 4, 5]), 2))).toEqual([[1, 2], [3, 4], [5]]);
    expect(await collect(batchesOf(items([]), 3))).toEqual([]);
  });
  it('hands on a partial batch when the stream pauses, so an answer is not held back', async () => {
    const got = await collect(batchesOf(items([1, 2, 3, 4], 2, 80), 8, 20));
    expect(got).toEqual([[1, 2], [3, 4]]);
  });
  it('refuses a batch size below one', async () => {
    await expect(collect(batchesOf(items([1]), 0))).rejects.toThrow(/batch size of 1 or more/);
  });
});

describe('tokenizeText', () => {
  it('gives spans that slice back to each token', () => {
    const text = 'Floods hit   Riverton on Monday.\nAt least 12 people died, officials said.';
    const { tokens, sentences } = tokenizeText(text);
    for (const t of tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    expect(sentences.map((s) => text.slice(s.span[0], s.span[1]))).toEqual([
      'Floods hit   Riverton on Monday.',
      'At least 12 people died, officials said.',
    ]);
  });
});
