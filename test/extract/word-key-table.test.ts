import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordKeyTable } from '../../src/extract/word-key-table.js';
import { scanWords } from '../../src/extract/geo-words.js';

const plainWord = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);

describe('WordKeyTable', () => {
  it('answers like a Map keyed by (node, lower-case word), through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), plainWord, fc.integer({ min: 0, max: 1e6 })), { maxLength: 300 }), (entries) => {
        const table = new WordKeyTable();
        const model = new Map<string, number>();
        for (const [node, word, value] of entries) {
          table.set(node, word.toLowerCase(), value);
          model.set(`${node} ${word.toLowerCase()}`, value);
        }
        for (const [node, word] of entries) {
          expect(table.getWord(node, word.toLowerCase())).toBe(model.get(`${node} ${word.toLowerCase()}`));
          expect(table.getWord(node + 51, word.toLowerCase())).toBe(-1);
        }
      }),
    );
  });

  it('finds a scanned word in any case by its offsets, and only a plain one', () => {
    const table = new WordKeyTable();
    table.set(0, 'observatory', 7);
    table.set(3, 'sham', 9);
    const text = 'The OBSERVATORY and al-Sham, not Obsérvatory or observatorys.';
    const got = scanWords(text).map((w) => [w.text, table.get(0, text, w), table.get(3, text, w)]);
    expect(got).toEqual([
      ['The', -1, -1],
      ['OBSERVATORY', 7, -1],
      ['and', -1, -1],
      ['al', -1, -1],
      ['Sham', -1, 9],
      ['not', -1, -1],
      ['Obsérvatory', -1, -1],
      ['or', -1, -1],
      ['observatorys', -1, -1],
    ]);
  });

  it('refuses a word that is not plain or a negative value, saying what it takes', () => {
    expect(() => new WordKeyTable().set(0, "hay'at", 1)).toThrow(/plain words/);
    expect(() => new WordKeyTable().set(0, 'army', -1)).toThrow(/0 or more/);
  });
});
