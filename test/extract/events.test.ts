import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.js';
import { classifyEvent, CueList, cuesIn, saysNoFatalities, TriggerIndex } from '../../src/extract/classify-events.js';
import { EVENT_RULES } from '../../src/extract/tables/events.js';
import { buildEventsFor, fatalities } from '../../src/extract/build-events.js';
import { analyzeEntities, docFromText, fixture } from '../fixtures/entities/helpers.js';
import { analyze } from '../../src/pipeline/analyze.js';

const fig = (over: Partial<Figure>): Figure => ({
  kind: 'killed', value: null, low: null, high: null, qualifier: 'exact', unit: 'people',
  victims: { side: 'all', text: null, actor: null }, source: null, scope: 'event', asOf: null, place: null,
  cause: null, partOf: null, span: [0, 1], quote: 'x', ...over,
});

describe('classifyEvent', () => {
  it.each([
    ['A suicide bomber blew himself up at a checkpoint.', 'Explosions/Remote violence', 'Suicide bomb'],
    ['A roadside bomb hit a patrol near the border.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    ['Warplanes struck the market at dawn.', 'Explosions/Remote violence', 'Air/drone strike'],
    ['Artillery shelling hit the eastern suburbs.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
    ['Gunmen kidnapped 30 pupils from a school.', 'Violence against civilians', 'Abduction/forced disappearance'],
    ['Militants massacred villagers overnight.', 'Violence against civilians', 'Attack'],
    ['Clashes erupted between the two factions.', 'Battles', 'Armed clash'],
    ['Thousands of protesters marched in the capital.', 'Protests', 'Peaceful protest'],
    ['Police fired tear gas to disperse the protest crowd.', 'Protests', 'Protest with intervention'],
    ['Rioters torched cars outside the stadium.', 'Riots', 'Violent demonstration'],
    ['The two sides signed a ceasefire agreement.', 'Strategic developments', 'Agreement'],
  ])('%s', (sentence, type, subType) => {
    expect(classifyEvent(sentence)).toMatchObject({ type, subType });
  });

  it('types territory changes by the acting side', () => {
    expect(classifyEvent('Rebels seized the town.', 'nonstate')?.subType).toBe('Non-state actor overtakes territory');
    expect(classifyEvent('Troops recaptured the town.', 'state')?.subType).toBe('Government regains territory');
    expect(classifyEvent('The town was captured.', null)?.subType).toBe('Armed clash');
    expect(classifyEvent('Officials met to discuss the budget.')).toBeNull();
  });

  // classifyEvent tries only the rules whose triggers occur; it must agree with trying every rule in order
  it.each([
    'Two farmers died when their tractor hit mainlandmines left from the war.',
    'Counterprotesters were shot near the square.',
    'Riot police redispersed the crowd of counterdemonstrators.',
    'The sides signed a peace accord on Friday.',
    'Airstrikes and a gunbattle shook the town; a sit-in followed.',
    'Gunmen opened fire on worshippers, according to witnesses.',
    'Police fired tear gas at protesters, who were later unarrested.',
    'The army withdrew from the district after a prisoner swap.',
    'Residents fled to a hospital after the air raid.',
    'Officials met to discuss the budget.',
  ])('agrees with the rules in table order: %s', (sentence) => {
    const k = EVENT_RULES.findIndex((r) => r.pattern.test(sentence));
    const got = classifyEvent(sentence);
    if (k < 0) expect(got).toBeNull();
    else expect(got).toMatchObject({ subType: EVENT_RULES[k].subType, at: sentence.search(EVENT_RULES[k].pattern) });
  });
});

const numbersOf = (cues: CueList): number[] => cues.numbers.slice(0, cues.count);

describe('TriggerIndex', () => {
  const index = new TriggerIndex([{ words: ['shell'], within: [] }, { words: [], within: ['landmine'] }, { words: ['sit-in'], within: [] }]);
  const groups = (text: string, from = 0, to = text.length): number[] => {
    const out = new CueList();
    index.scan(text, from, to, out);
    return numbersOf(out);
  };
  it('finds words at word starts only, in either case, and within-letters anywhere', () => {
    expect(groups('Heavy SHELLING hit the town')).toEqual([0]);
    expect(groups('eggshell fragments')).toEqual([]);
    expect(groups('anti-shelling')).toEqual([0]);
    expect(groups('mainLandmines and a sit-in')).toEqual([1, 2]);
    expect(groups('a sit in')).toEqual([]);
  });
  it('reads the stretch as if it were the whole text', () => {
    expect(groups('xshelling', 1)).toEqual([0]);
    expect(groups('shel', 0, 4)).toEqual([]);
    expect(groups('shelling', 0, 4)).toEqual([]);
  });
});

describe('cuesIn', () => {
  // one pass over the whole text serves every sentence: a sentence's cues are those of the sentence read alone
  const text = 'Heavy shelling hit Idlib.Landmines killed two.The group claimed the attack, and a sit-in followed.xshelling';
  const stretches: [number, number][] = [[0, 25], [25, 46], [46, 99], [99, 108], [100, 108], [6, 11], [0, text.length]];
  it.each(stretches)('reads text[%i, %i) as if it were the whole text', (from, to) => {
    const alone = text.slice(from, to);
    const expected = numbersOf(cuesIn(alone, 0, alone.length));
    expect(expected.length > 0 || to - from < 10).toBe(true);
    expect(numbersOf(cuesIn(text, from, to))).toEqual(expected);
  });
});

describe('saysNoFatalities', () => {
  it.each([
    ['No one was killed in the blast.', true],
    ['The raid ended without casualties.', true],
    ['Nobody was hurt.', true],
    ['There were no deaths among the crew.', true],
    ['No one claimed the attack.', false],
  ])('%s', (sentence, says) => {
    expect(saysNoFatalities(cuesIn(sentence, 0, sentence.length), sentence)).toBe(says);
  });
});

describe('fatalities', () => {
  it('does not add a breakdown to its total, and takes the lowest specific total as best', () => {
    const figures = [
      fig({ value: 132 }),
      fig({ value: 65, partOf: 0 }),
      fig({ value: 67, partOf: 0 }),
      fig({ value: 140, qualifier: 'more-than' }),
    ];
    expect(fatalities(figures, [0, 1, 2, 3], false)).toEqual({ low: 132, best: 132, high: 140 });
  });
  it('sums parts when no total is given, and uses the low bound of vague amounts', () => {
    const figures = [fig({ value: 4 }), fig({ value: 12, low: 12, high: 99, qualifier: 'vague' })];
    expect(fatalities(figures, [0], false)).toEqual({ low: 4, best: 4, high: 4 });
    expect(fatalities(figures, [1], false)).toEqual({ low: 12, best: 12, high: 99 });
    const parts = [fig({ value: 100 }), fig({ value: 7, partOf: 0 }), fig({ value: 3, partOf: 0 })];
    expect(fatalities(parts, [1, 2], false)).toEqual({ low: 10, best: 10, high: 10 });
  });
  it('reports 0 when the text says nobody died, and null when it says nothing', () => {
    expect(fatalities([], [], true)).toEqual({ low: 0, best: 0, high: 0 });
    expect(fatalities([fig({ kind: 'injured', value: 5 })], [0], false)).toEqual({ low: null, best: null, high: null });
  });
});

describe('build-events', () => {
  it('builds an attack on civilians with actors, place, date and fatalities', () => {
    const doc = analyzeEntities(fixture('sahel-attack.txt'), '2025-03-10');
    const text = doc.text;
    const at = text.indexOf('14 civilians');
    doc.figures = [fig({ value: 14, span: [at, at + 12], quote: '14 civilians', victims: { side: 'civilians', text: 'civilians', actor: null } })];
    const events = buildEventsFor(doc);
    const attack = events[0];
    expect(attack).toMatchObject({
      type: 'Violence against civilians',
      subType: 'Attack',
      actor1: 'militants',
      actor2: 'civilians',
      date: '2025-03-10',
      datePrecision: 'day',
      figures: [0],
      fatalities: { low: 14, best: 14, high: 14 },
    });
    expect(doc.places![attack.place!].name).toBe('Tessit Koura');
    expect(doc.figures[0].event).toBe(0);
    expect(events.some((e) => e.subType === 'Abduction/forced disappearance')).toBe(true);
  });

  it('builds an air strike with its actor and a no-fatalities event', () => {
    const doc = analyzeEntities('Government warplanes struck the town of Saraqeb in Syria on Monday. Rebels attacked an army checkpoint near Idlib; no casualties were reported.', '2025-01-06');
    const events = buildEventsFor(doc);
    expect(events[0]).toMatchObject({ type: 'Explosions/Remote violence', subType: 'Air/drone strike' });
    expect(doc.places![events[0].place!].name).toBe('Saraqeb');
    const clash = events.find((e) => e.type === 'Battles')!;
    expect(clash).toMatchObject({ subType: 'Armed clash', actor1: 'rebels', fatalities: { low: 0, best: 0, high: 0 } });
  });
});

describe('event roles', () => {
  it('takes the actor from "by (the) X" and the target from "against X", across any white space', () => {
    const shelled = buildEventsFor(analyzeEntities('Rebels were shelled by\u00a0the  army in Saraqeb on Monday.', '2025-01-06'))[0];
    expect(shelled).toMatchObject({ actor1: 'army' });
    const offensive = buildEventsFor(analyzeEntities('The army and militants launched an offensive against\u2009rebels near Idlib.', '2025-01-06'))[0];
    expect(offensive).toMatchObject({ actor1: 'army', actor2: 'rebels' });
  });
});

describe('responsibility statements', () => {
  it('reads "X said it carried out the attack" as a claim', () => {
    const doc = analyze(docFromText('A truck bomb exploded at a checkpoint outside Garowe on Monday, killing nine people, police said. The Coastal Front said it carried out the attack.', '2025-05-12'));
    const statements = (doc.events ?? []).flatMap((e) => e.responsibility ?? []);
    expect(statements).toContainEqual(expect.objectContaining({ stance: 'claim', actor: 'Coastal Front' }));
  });
});

describe('responsibility cues', () => {
  // the sentence pre-test must let every cue through: each of these is found
  const lead = 'A truck bomb exploded at a checkpoint outside Garowe on Monday, killing nine people, police said. ';
  it.each([
    ['Responsibility for the attack was claimed by the Coastal Front.', 'claim'],
    ['The bombing was claimed by the Coastal Front.', 'claim'],
    ['The Coastal Front claimed responsibility.', 'claim'],
    ["The Coastal Front claimed Tuesday's bombing.", 'claim'],
    ["The Coastal Front claimed Monday's bombing.", 'claim'],
    ['The Coastal Front claimed yesterday’s attack.', 'claim'],
    ["Officials blamed Sunday's attack on the Coastal Front.", 'blame'],
    ['The Coastal Front claimed the Monday bombing.', 'claim'],
    ['The Coastal Front claimed the bombing.', 'claim'],
    ['The Coastal Front denied any involvement.', 'denial'],
    ['The Coastal Front rejects responsibility.', 'denial'],
    ['Officials blamed the attack on the Coastal Front.', 'blame'],
    ['The governor accused the Coastal Front of the bombing.', 'blame'],
    ['Accusing the Coastal Front of the bombing, the governor ordered arrests.', 'blame'],
    ['Blaming the Coastal Front for the attack, police closed the road.', 'blame'],
    ['Police attributed the bombing to the Coastal Front.', 'attribution'],
    ['The attack was carried out by the Coastal Front.', 'attribution'],
    ['The attack was perpetrated by the Coastal Front.', 'attribution'],
  ])('%s', (sentence, stance) => {
    const doc = analyze(docFromText(lead + sentence, '2025-05-12'));
    const statements = (doc.events ?? []).flatMap((e) => e.responsibility ?? []);
    expect(statements).toContainEqual(expect.objectContaining({ stance, actor: 'Coastal Front' }));
  });
});

describe('words that name object properties', () => {
  it('reads "constructor", "toString" and "valueOf" as plain words, without a failed stage', () => {
    const doc = analyze(docFromText('Three workers of a building constructor were killed when a crane collapsed in Lagos on Tuesday, the constructor said. The toString and valueOf hasOwnProperty words are not victims; two constructor staff were injured.', '2025-05-14'));
    expect(doc.messages.filter((m) => m.rule.startsWith('pipeline:'))).toEqual([]);
    expect(doc.figures!.map((f) => [f.kind, f.value])).toEqual([['killed', 3], ['injured', 2]]);
  });
});
