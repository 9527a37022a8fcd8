/**
 * Invented sentences for the rules that keep a figure's kind, credit and date to its own clause: kinds from the
 * nearest cue of the number's clause, possessive credits, claim verbs, as-of dates, cataphoric descriptions and
 * typed anaphors.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.js';
import { analyseText } from './figures-helpers.js';

const PUB = '2025-09-18'; // a Thursday
const figures = (text: string, published = PUB): Figure[] => analyseText(text, published).figures ?? [];
const byValue = (fs: Figure[], v: number | null, low?: number) => fs.find((f) => (v !== null ? f.value === v : f.low === low));

describe('kind from the number’s own clause', () => {
  it('does not carry a toll’s kind across a reporting clause and "as"', () => {
    const fs = figures('The toll from the raid on Varsa has risen to 27, the monitor said, as hundreds of families left their homes for the hills.');
    expect(byValue(fs, 27)?.kind).toBe('killed');
    expect(byValue(fs, null, 200)).toMatchObject({ kind: 'displaced', unit: 'families' });
  });
  it('reads leaving and being forced out as displacement', () => {
    expect(figures('About 900 villagers were forced from Kelmo by the fighting.')[0]).toMatchObject({ kind: 'displaced', value: 900 });
    expect(figures('Some 4,000 residents have left the town since Sunday.')[0]).toMatchObject({ kind: 'displaced', value: 4000 });
  });
  it('still shares a predicate across a reporting appositive when the kind flows left', () => {
    const fs = figures('Twelve guards, the prison service said, and 30 inmates were killed in the riot.');
    expect(fs.map((f) => [f.value, f.kind])).toEqual([[12, 'killed'], [30, 'killed']]);
  });
});

describe('credits', () => {
  it('credits a possessive count to its possessor', () => {
    const fs = figures(
      'The Tarsi Rights Observatory said 30 people had died in Oruba. The army said it had killed 45 rebels. ' +
        'That figure is far above the observatory’s count of 9 rebels killed.',
    );
    expect(byValue(fs, 45)?.source).toMatch(/army/);
    expect(byValue(fs, 9)?.source).toBe('Tarsi Rights Observatory');
  });
  it('lets a sentence’s own claimant win over a carried-over source', () => {
    const fs = figures(
      'The Tarsi Rights Observatory said 30 people had died in Oruba. ' +
        'The Oruba Defence Movement had earlier claimed to have killed more than 80 soldiers.',
    );
    expect(byValue(fs, 80)?.source).toBe('Oruba Defence Movement');
    const gs = figures('The Tarsi Rights Observatory said 30 people had died. The Oruba Defence Movement claims it killed 70 soldiers.');
    expect(byValue(gs, 70)?.source).toBe('Oruba Defence Movement');
  });
  it('resolves a described source with no antecedent to the only such actor named later', () => {
    const fs = figures(
      'Gunmen attacked a market in Oruba on Tuesday, killing at least 19 people, a conflict monitor said. ' +
        'The dead included 4 police officers, the Tarsi Rights Observatory said.',
    );
    expect(byValue(fs, 19)?.source).toBe('Tarsi Rights Observatory');
  });
  it('keeps the description when two actors of its type follow', () => {
    const fs = figures(
      'Gunmen attacked a market in Oruba, killing at least 19 people, a conflict monitor said. ' +
        'The Tarsi Rights Observatory and the Kelmo Conflict Observatory both condemned the attack.',
    );
    expect(byValue(fs, 19)?.source).toBe('conflict monitor');
  });
  it('refers a typed anaphor ("the ministry") to the last source of its type', () => {
    const fs = figures(
      'Strikes killed 14 people in Oruba, according to the territory’s health ministry. ' +
        'Medics at a clinic said the bodies of five people were recovered. The ministry says 900 people have been wounded.',
    );
    expect(byValue(fs, 5)?.source).not.toMatch(/ministry/);
    expect(byValue(fs, 900)?.source).toBe('health ministry');
  });
});

describe('as-of dates', () => {
  it('does not take the day an event began as the date a toll holds for', () => {
    const fs = figures('The assault, which began on Tuesday before dawn, left 41 people dead, the monitor said.');
    expect(fs[0].asOf).toBe(PUB);
  });
  it('takes the date of the reporting verb, an "as of" date, or a toll verb’s date', () => {
    expect(figures('The assault began on Monday. It has killed 41 people, the monitor said on Wednesday.')[0].asOf).toBe('2025-09-17');
    expect(figures('On Wednesday, the monitor said 41 people had been killed.')[0].asOf).toBe('2025-09-17');
    expect(figures('As of Tuesday, 300 people had fled the town.')[0].asOf).toBe('2025-09-16');
    expect(figures('The death toll rose to 45 on Wednesday.')[0].asOf).toBe('2025-09-17');
  });
  it('leaves a count with only an event date as of publication', () => {
    expect(figures('Nine people were killed on Monday when a bridge collapsed, officials said.')[0].asOf).toBe(PUB);
  });
});

describe('held-out-style phrasings', () => {
  it('reads "the dead were N …" as a list of the dead', () => {
    const fs = figures('By nightfall the dead were 14 police officers, 6 gunmen and 3 bystanders, the governor said.');
    expect(fs.map((f) => [f.kind, f.value, f.victims.side])).toEqual([
      ['killed', 14, 'state'],
      ['killed', 6, 'nonstate'],
      ['killed', 3, 'civilians'],
    ]);
  });
  it('breaks down the total of the kind its opener names', () => {
    const fs = figures('At least 9 people were killed and 40 injured when a ferry capsized, police said. Among the dead were three children.');
    expect(byValue(fs, 3)).toMatchObject({ kind: 'killed', partOf: 0 });
  });
  it('reads a predicate behind "on board …" and behind a unit name with an ordinal', () => {
    expect(figures('All 48 people on board a cargo plane were killed when it crashed near Tolva.')[0]).toMatchObject({ kind: 'killed', value: 48 });
    expect(figures('Four Tolvan soldiers from the army’s 3rd Division died in an ambush.')[0]).toMatchObject({ kind: 'killed', value: 4 });
  });
  it('gives an elided count the group of the count before it', () => {
    const fs = figures('Three policemen were killed and eleven wounded in the raid. Bandits killed 4 guards and wounded 6.');
    expect(fs.map((f) => [f.kind, f.value, f.victims.side])).toEqual([
      ['killed', 3, 'state'],
      ['injured', 11, 'state'],
      ['killed', 4, 'state'],
      ['injured', 6, 'state'],
    ]);
  });
  it('ends a bare count at "before"', () => {
    const fs = figures('A gunman killed five people and wounded nine before he was arrested.');
    expect(fs.map((f) => [f.kind, f.value])).toEqual([['killed', 5], ['injured', 9]]);
  });
});

describe('singular actors', () => {
  it('does not count "a gunman" who killed others as killed', () => {
    const fs = figures('A gunman killed five people at a bus station in Tolva.');
    expect(fs.map((f) => [f.kind, f.value])).toEqual([['killed', 5]]);
    expect(figures('A soldier killed in the ambush was buried on Friday.')[0]).toMatchObject({ kind: 'killed', value: 1 });
  });
});
