import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import { analyze } from '../../src/pipeline/analyze.js';

function figures(text: string) {
  return analyze(cleanArticle({ origin: { location: 't.txt', format: 'text' }, source: text, meta: { published: '2026-07-02' }, messages: [] })).figures ?? [];
}

describe('a figure takes its place from where it happened', () => {
  it('does not take the place people fled towards', () => {
    const [f] = figures(
      'About 9,000 people displaced towards Port Sudan since the fighting in Kassala began, the UN refugee agency said.',
    );
    expect(f).toMatchObject({ kind: 'displaced', value: 9000 });
    expect(f.place?.name).toBe('Kassala');
  });

  it('still takes a place named after "in"', () => {
    const [f] = figures('At least 14 people were killed in Kassala when a bus overturned, police said.');
    expect(f).toMatchObject({ kind: 'killed', value: 14 });
    expect(f.place?.name).toBe('Kassala');
  });
});
