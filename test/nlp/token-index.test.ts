import { describe, expect, it } from 'vitest';
import { noteSortedByStart, posByStart } from '../../src/nlp/token-index.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import type { SitrepDocument, Token } from '../../src/model/document.js';

const token = (start: number, end: number, pos: string): Token => ({ span: [start, end], text: 'x'.repeat(end - start), pos, type: 'word' });

describe('posByStart', () => {
  it("finds the POS of the token starting at an offset in the tokenize stage's tokens, without a Map", () => {
    const doc = { text: 'Army units shelled Arvel.', headings: [], meta: {}, removed: [], messages: [] } as unknown as SitrepDocument;
    tokenize.run(doc, { config: {} });
    const pos = posByStart(doc.tokens!);
    expect(pos.get(0)).toBe(doc.tokens![0].pos);
    expect(pos.get(doc.text.indexOf('Arvel'))).toBe('PROPN');
    expect(pos.get(1)).toBeUndefined();
    expect(pos).not.toBeInstanceOf(Map);
  });
  it('reads tokens not known to be sorted through a check, and out-of-order ones through a Map', () => {
    const sorted = [token(0, 4, 'NOUN'), token(5, 10, 'VERB')];
    expect(posByStart(sorted).get(5)).toBe('VERB');
    const unsorted = [token(5, 10, 'VERB'), token(0, 4, 'NOUN')];
    const pos = posByStart(unsorted);
    expect(pos.get(0)).toBe('NOUN');
    expect(pos.get(5)).toBe('VERB');
    expect(pos).toBeInstanceOf(Map);
  });
  it('trusts an array noted as sorted by the stage that built it', () => {
    const tokens = [token(0, 4, 'NOUN'), token(5, 10, 'VERB'), token(11, 12, 'PUNCT')];
    noteSortedByStart(tokens);
    expect(posByStart(tokens).get(11)).toBe('PUNCT');
    expect(posByStart(tokens)).toBe(posByStart(tokens));
  });
});
