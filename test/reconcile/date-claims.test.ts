import { describe, expect, it } from 'vitest';
import { startClaim } from '../../src/reconcile/date-claims.js';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import { analyze } from '../../src/pipeline/analyze.js';

function report(text: string, published: string) {
  return analyze(cleanArticle({ origin: { location: 't.txt', format: 'text' }, source: text, meta: { published }, messages: [] }));
}

describe('start-day claims', () => {
  // 2026-05-14 is a Thursday.
  it('takes the day the event happened', () => {
    const doc = report('Gunmen attacked a police post in Korvin on Tuesday, killing four officers.', '2026-05-14');
    expect(startClaim(doc, 1)).toMatchObject({ words: 'Tuesday', date: '2026-05-12' });
  });

  it('never takes the day someone spoke about the event', () => {
    const doc = report('The interior ministry said on Wednesday that the attack on Korvin had been repelled.', '2026-05-14');
    expect(startClaim(doc, 1)).toBeNull();
  });

  it('skips the reporting day and keeps the event day in the same sentence', () => {
    const doc = report('Police told reporters on Wednesday that the gunmen attacked the post on Monday night.', '2026-05-14');
    expect(startClaim(doc, 1)).toMatchObject({ words: 'Monday', date: '2026-05-11' });
  });
});
