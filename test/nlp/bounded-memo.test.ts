import { describe, expect, it } from 'vitest';
import { BoundedMemo, boundedMemo } from '../../src/nlp/bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes a key once, remembers null answers, and starts over when full', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo<string | null>(3);
    const compute = (k: string): string | null => (calls.push(k), k === 'none' ? null : k.toUpperCase());
    expect(memo.get('a', compute, 'a')).toBe('A');
    expect(memo.get('none', compute, 'none')).toBeNull();
    expect(memo.get('a', compute, 'a')).toBe('A');
    expect(memo.get('none', compute, 'none')).toBeNull();
    expect(calls).toEqual(['a', 'none']);
    memo.get('b', compute, 'b'); // third entry: full
    memo.get('c', compute, 'c'); // emptied, then 'c' alone
    memo.get('a', compute, 'a');
    expect(calls).toEqual(['a', 'none', 'b', 'c', 'a']);
    memo.clear();
    memo.get('c', compute, 'c');
    expect(calls.at(-1)).toBe('c');
  });

  it('boundedMemo wraps a one-string function', () => {
    let n = 0;
    const lower = boundedMemo((s) => (n++, s.toLowerCase()), 2);
    expect([lower('A'), lower('A'), lower('B'), lower('C'), lower('A')]).toEqual(['a', 'a', 'b', 'c', 'a']);
    expect(n).toBe(4);
  });
});
