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

describe('titled officials and references back to them', () => {
  it('credits a titled person with a lower-case title and modifiers', () => {
    expect(sourceOf('Floods swept through Varna overnight, regional governor Ivo Marek said. Four people were killed, he said.', 4)).toBe('Ivo Marek');
  });
  it('credits "the governor" / "the minister" / the surname to the official named earlier', () => {
    const text = 'A mine collapsed in Soma on Friday, Energy Minister Kemal Arslan said. Rescuers brought 30 miners out, 9 of whom were hospitalised, the minister said.';
    expect(sourceOf(text, 9)).toBe('Kemal Arslan');
    const live = '06:30 – Drones struck the port, regional governor Ivo Marek said.\n08:40 – Marek updates: the death toll has risen to five.';
    expect(sourceOf(live, 5)).toBe('Ivo Marek');
  });
  it('does not take another region’s governor for the one named', () => {
    const text = 'Drones struck the port, regional governor Ivo Marek said. Across the border, one civilian was injured in Belgorod, the region’s governor said.';
    expect(sourceOf(text, 1)).not.toBe('Ivo Marek');
  });
  it('credits a force for its own rank or role', () => {
    expect(sourceOf('A bomb exploded at a market on Friday. Police captain Abdi Warsame said 3 people were killed.', 3)).toBe('police');
  });
});

describe('press releases and spokespeople', () => {
  it('credits a release’s uncredited figures to the author in its first line', () => {
    const text = 'Communiqué No. 4 of the Tarnovia Border Guard.\nDuring the week, troops arrested 17 suspects. Regrettably, 2 guards were killed in an ambush.';
    expect(sourceOf(text, 17)).toBe('Tarnovia Border Guard');
    expect(sourceOf(text, 2)).toBe('Tarnovia Border Guard');
  });
  it('credits "a spokesperson for X" to X', () => {
    const text = 'The national disaster management authority said 300 homes were destroyed. "Many are still missing," a spokesman for the authority said, adding that 40 people had been injured.';
    expect(sourceOf(text, 40)).toBe('national disaster management authority');
  });
  it('credits the speaker, not the agency, in "X told Reuters"', () => {
    expect(sourceOf('At least 8 people were killed in the blast, the Varna Red Cross told Reuters.', 8)).toBe('Varna Red Cross');
  });
});
