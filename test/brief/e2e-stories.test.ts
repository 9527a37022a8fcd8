/**
 * End to end from raw article text: read → cleanArticle → analyze → buildBrief (the `brief --files` path) on three
 * invented stories (test/fixtures/briefs/<slug>/), checked against each story's expected.json. `knownGaps` there
 * lists what the pipeline still gets wrong; those facts are not asserted.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/index.js';
import { storyFromFiles } from '../../src/brief/load-stories.js';
import type { Brief } from '../../src/brief/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', 'fixtures', 'briefs');

interface ExpectedQuantity {
  kind: string;
  node: string;
  unit: string;
  low?: number;
  best: number;
  high?: number;
  latest?: { value: number; asOf: string };
  timeline?: [string, number][];
  independentOriginators?: number;
  claims?: [string, number][];
  notClaims?: string[];
}

interface Expected {
  files: string[];
  quantities: ExpectedQuantity[];
  differences: { about: string; kind: string; favoured: number | string | null; values?: number[] }[];
  reprints: [number, number][];
  background: number[];
  noParties?: boolean;
  kinds?: string[];
  eventStart?: string;
  eventPlace?: string;
  responsibility?: { actor: string; rule: string };
}

async function load(slug: string): Promise<{ b: Brief; x: Expected; texts: string[] }> {
  const x = JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as Expected;
  const { story, failures } = await storyFromFiles(x.files.map((f) => join(ROOT, slug, f)));
  expect(failures).toEqual([]);
  return { b: buildBrief(story), x, texts: story.documents.map((d) => d.text) };
}

for (const slug of ['earthquake-colca', 'market-bombing-baidoa', 'ferry-lake-kivu']) {
  describe(`brief from raw text: ${slug}`, async () => {
    const { b, x, texts } = await load(slug);
    const q = (e: ExpectedQuantity) => b.quantities.find((y) => y.kind === e.kind && y.victims.node === e.node && y.unit === e.unit && !y.place);

    it('key quantities: low/best/high, latest, history in time order, independent originators', () => {
      for (const e of x.quantities) {
        const got = q(e);
        expect(got, `${e.kind} ${e.node} ${e.unit}`).toBeDefined();
        expect(got!.best).toBe(e.best);
        if (e.low !== undefined) expect([got!.low, got!.high]).toEqual([e.low, e.high]);
        if (e.latest) expect({ value: got!.latest?.value, asOf: got!.latest?.asOf }).toEqual(e.latest);
        if (e.timeline) expect(got!.timeline.map((t) => [t.asOf, t.value])).toEqual(e.timeline);
        if (e.independentOriginators !== undefined) expect(got!.independentOriginators).toBe(e.independentOriginators);
        const days = got!.history.map((h) => h.asOf ?? '');
        expect(days).toEqual([...days].sort());
        for (const [who, value] of e.claims ?? []) expect(got!.claims.some((c) => c.source === who && c.value === value)).toBe(true);
        for (const who of e.notClaims ?? []) expect(got!.claims.some((c) => c.source === who)).toBe(false);
      }
      if (x.kinds) expect([...new Set(b.quantities.map((y) => y.kind))].sort()).toEqual([...x.kinds].sort());
    });

    it('each difference has its kind and favoured value', () => {
      for (const e of x.differences) {
        const d = b.differences.find(
          (y) => y.about === e.about && y.kind === e.kind && (!e.values || e.values.every((v) => y.figures.some((f) => f.value === v))),
        );
        expect(d, `${e.about} ${e.kind}`).toBeDefined();
        expect(d!.favoured).toBe(e.favoured);
      }
      // nothing is left as an unexplained numeric conflict
      expect(b.differences.filter((d) => d.kind === 'conflict' && typeof d.favoured === 'number')).toEqual([]);
    });

    it('a reprint is linked to its original and never counted as a second confirmation', () => {
      expect(b.sources.filter((s) => s.reprintOf !== null).map((s) => [s.n, s.reprintOf])).toEqual(x.reprints);
      for (const [n] of x.reprints) {
        for (const y of b.quantities) {
          // a quantity the reprint repeats has the same independent originators without it
          const outlets = new Set(y.history.filter((h) => h.cite !== n && !h.party).map((h) => h.source));
          expect(y.independentOriginators).toBeLessThanOrEqual(outlets.size);
        }
      }
    });

    it('background figures about earlier disasters never join the quantities', () => {
      for (const v of x.background) {
        for (const y of b.quantities) expect(y.history.map((h) => h.value)).not.toContain(v);
      }
    });

    it('nobody is a party to a disaster', () => {
      if (!x.noParties) return;
      for (const y of b.quantities) expect(y.claims).toEqual([]);
      expect(b.differences.filter((d) => d.kind === 'party-claim')).toEqual([]);
    });

    it('when, where and who', () => {
      if (x.eventStart) expect(b.eventStart.date).toBe(x.eventStart);
      if (x.eventPlace) expect(b.eventPlace.name).toBe(x.eventPlace);
      if (x.responsibility) expect({ actor: b.responsibility.actor, rule: b.responsibility.rule }).toEqual(x.responsibility);
    });

    it('every summary sentence is a report’s own words with at least one citation', () => {
      expect(b.summary.length).toBeGreaterThanOrEqual(3);
      for (const s of b.summary) {
        expect(s.citations.length).toBeGreaterThan(0);
        expect(s.citations.every((n) => n >= 1 && n <= b.sources.length)).toBe(true);
        expect(texts.some((t) => t.includes(s.text))).toBe(true);
      }
    });
  });
}
