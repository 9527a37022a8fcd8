import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { defineStage } from '../src/pipeline/stage.js';
import { tokenizeText } from '../src/nlp/tokenize.js';

describe('pipeline', () => {
  it('rejects a stage whose requirements no earlier stage assigns', () => {
    const needsFigures = defineStage({ name: 'needs', requires: ['figures'], assigns: [], run() {} });
    expect(() => createPipeline([needsFigures])).toThrow(/requires figures/);
  });
  it('rejects disabling an unknown stage and names the available ones', () => {
    const s = defineStage({ name: 'a', requires: [], assigns: [], run() {} });
    expect(() => createPipeline([s], { disable: ['b'] })).toThrow(/Available stages: a/);
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
