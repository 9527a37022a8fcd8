/**
 * What a qualifier says about the true number, as bounds around the written value. Used to decide whether two
 * figures can both be true ("more than 180" and 182) and whether a total admits a sum of parts ("about 200" and 201).
 */
import type { Qualifier } from '../model/document.js';

/**
 * [low factor, high factor] applied to the written value. "about" admits ±10% (news rounds to the nearest ten or
 * hundred); "almost" admits up to 10% below; "more than"/"at least" admit anything above; "up to" anything below.
 */
export const QUALIFIER_BOUNDS: Readonly<Record<Qualifier, readonly [number, number]>> = {
  exact: [1, 1],
  about: [0.9, 1.1],
  'more-than': [1, Infinity],
  'at-least': [1, Infinity],
  almost: [0.9, 1],
  'up-to': [0, 1],
  range: [1, 1],
  vague: [0.5, 2],
};

/** Bounds of a figure: a range uses its own low/high. */
export function bounds(value: number, qualifier: Qualifier, low: number | null, high: number | null): [number, number] {
  if (qualifier === 'range' && low !== null && high !== null) return [low, high];
  const [lf, hf] = QUALIFIER_BOUNDS[qualifier] ?? [1, 1];
  return [Math.floor(value * lf), hf === Infinity ? Infinity : Math.ceil(value * hf)];
}

export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Precision order when one report states the same quantity twice: the exact figure wins over a rounded one. */
export const QUALIFIER_RANK: Readonly<Record<Qualifier, number>> = {
  exact: 0,
  range: 1,
  'at-least': 2,
  'more-than': 3,
  about: 4,
  almost: 5,
  'up-to': 6,
  vague: 7,
};
