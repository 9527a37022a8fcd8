/**
 * Originators are canonical names of who counted: never a document id, a title or a date word; and one report's
 * repeated mention of one claim is one reading.
 */
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/index.js';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import type { SitrepDocument } from '../../src/model/document.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { reconcileStory } from '../../src/reconcile/index.js';

function doc(text: string, published: string | null, outlet: string | null = null): SitrepDocument {
  return analyze(
    cleanArticle({
      origin: { location: 'x.txt', format: 'text' },
      source: text,
      meta: { published, publishedFrom: published ? 'option' : 'none', outlet },
      messages: [],
    }),
  );
}

describe('originators', () => {
  const docs = [
    doc('Gunmen attacked the town of Tolva on Monday, killing 17 people, the Tolva Rights Observatory said.', '2025-05-06', 'Tolva Courier'),
    doc('Army: 40 rebels killed, 3 soldiers dead (5 May).\n\nNotes: 17 killed in the first report.', null),
  ];
  const brief = buildBrief({ id: 's', label: 'Tolva', documents: docs });

  it('never names a document id, title or date word as an originator', () => {
    const all = [...brief.quantities.flatMap((q) => q.originators), ...brief.sources.flatMap((s) => s.originators)];
    for (const d of docs) expect(all).not.toContain(d.id);
    for (const o of all) expect(o).not.toMatch(/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/);
  });
  it('lists only credited sources as what a report cites', () => {
    const second = brief.sources.find((s) => s.id === docs[1].id)!;
    expect(second.originators).toEqual([]);
  });
});

describe('one claim mentioned twice in one report', () => {
  it('counts once', () => {
    const d = doc(
      'The army said on Tuesday that its troops had killed 60 militants in air strikes near Tolva. ' +
        'Fighting continued in the hills, residents said. ' +
        '"Our forces neutralised 60 terrorists with artillery shelling," the army said in a statement.',
      '2025-05-07',
      'Tolva Courier',
    );
    const r = reconcileStory({ id: 's', label: 'Tolva', documents: [d] });
    const values = r.quantities.flatMap((q) => q.history.map((h) => h.value));
    expect(values.filter((v) => v === 60)).toHaveLength(1);
    expect(values).not.toContain(120);
  });
});
