/**
 * Invented sentences for attribution forms taken from real-news phrasing: long full names of bodies, "and" inside a
 * name, timestamped live-blog lines, titled officials and references back to them, press-release headers, bullet
 * lists under "According to X:", "a spokesperson for X", "X told Reuters", "data compiled by X".
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.js';
import { analyseText } from './figures-helpers.js';

const PUB = '2025-09-18';
const figures = (text: string): Figure[] => analyseText(text, PUB).figures ?? [];
const sourceOf = (text: string, v: number) => figures(text).find((f) => f.value === v)?.source;

describe('long and compound names', () => {
  it('keeps a long capitalised name with "of/for/on" as written', () => {
    expect(sourceOf('The Tarnovia National Commission on Civil Liberties said 14 protesters were killed on Friday.', 14)).toBe(
      'Tarnovia National Commission on Civil Liberties',
    );
    expect(sourceOf('According to the Bureau for Flood Risk Reduction and Recovery, 31 people died in the floods.', 31)).toBe(
      'Bureau for Flood Risk Reduction and Recovery',
    );
  });
  it('drops an owner before the name', () => {
    expect(sourceOf("Veloria's Office of Coastal Protection and Emergency Response says 6 people have died.", 6)).toBe(
      'Office of Coastal Protection and Emergency Response',
    );
  });
  it('does not end a subject at an "and" inside a name', () => {
    expect(sourceOf('A ferry sank off the cape, killing 12, the regional search and rescue agency said.', 12)).toBe('regional search and rescue agency');
  });
  it('does not read a live-blog timestamp into the subject', () => {
    const text = '10:05 – The Coastal Weather Service said winds reached 150 km/h.\n11:20 – Veloria’s Office of Coastal Protection and Emergency Response says 9 people have been confirmed dead.';
    expect(sourceOf(text, 9)).toBe('Office of Coastal Protection and Emergency Response');
  });
});
