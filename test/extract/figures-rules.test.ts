import { describe, expect, it } from 'vitest';
import { analyseText, describeFigure } from './figures-helpers.js';

const PUB = '2025-06-12'; // a Thursday
const figs = (text: string, published: string | null = PUB) => (analyseText(text, published).figures ?? []).map(describeFigure);

describe('figure kinds', () => {
  it.each([
    ['At least 12 people were killed in the clashes, police said.', "killed=12 at-least people all 'people' src=police event asOf=2025-06-12 cause=clashes"],
    ['Officials said 40 people were wounded.', "injured=40 exact people all 'people' src=government event asOf=2025-06-12"],
    ['The attack caused 25 casualties, the army said.', "casualties=25 exact people all 'casualties' src=army event asOf=2025-06-12"],
    ['Some 200 villagers remain missing, rescuers said.', "missing=200 about people civilians 'villagers' src=civil defence event asOf=2025-06-12"],
    ['The fighting has displaced 3,500 families, the UN refugee agency said.', "displaced=3500 exact families all 'families' src=UNHCR event asOf=2025-06-12 cause=clashes"],
    ['Police arrested 14 protesters on Tuesday.', "detained=14 exact people civilians 'protesters' src=- event asOf=2025-06-12"],
    ['Gunmen kidnapped nine aid workers near the border, officials said.', "abducted=9 exact people civilians 'aid workers' src=government event asOf=2025-06-12 cause=shooting"],
    ['More than 1.2 million people have been affected by the drought, the WFP said.', "affected=1200000 more-than people all 'people' src=World Food Programme event asOf=2025-06-12"],
    ['Insurgents captured three towns in the north, the monitor said.', "control=3 exact places unknown 'towns' src=monitor event asOf=2025-06-12"],
  ])('%s', (text, want) => {
    expect(figs(text)).toEqual([want]);
  });

  it('reads "killed or injured" as casualties and splits coordinated counts', () => {
    expect(figs('Five soldiers were killed and 12 injured when a roadside bomb hit their convoy.')).toEqual([
      "killed=5 exact people state 'soldiers' src=- event asOf=2025-06-12 cause=IED",
      "injured=12 exact people state 'injured' src=- event asOf=2025-06-12 cause=IED",
    ]);
    expect(figs('About 30 people were killed or injured in the stampede.')).toEqual([
      "casualties=30 about people all 'people' src=- event asOf=2025-06-12 cause=stampede",
    ]);
  });

  it('shares a predicate across coordinated counts, with sides per count', () => {
    expect(figs('The monitor said 30 rebels, most of them members of one faction, and 12 soldiers had been killed.')).toEqual([
      "killed=30 exact people nonstate 'rebels' src=monitor event asOf=2025-06-12",
      "killed=12 exact people state 'soldiers' src=monitor event asOf=2025-06-12",
    ]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['More than 50 people were killed.', 'more-than', '50'],
    ['At least 50 people were killed.', 'at-least', '50'],
    ['About 50 people were killed.', 'about', '50'],
    ['Nearly 50 people were killed.', 'almost', '50'],
    ['Up to 50 people were killed.', 'up-to', '50'],
    ['Between 40 and 50 people were killed.', 'range', '40-50'],
    ['Dozens of people were killed.', 'vague', '24-99'],
    ['Fifty people were killed.', 'exact', '50'],
  ])('%s', (text, qualifier, amount) => {
    const [f] = analyseText(text, PUB).figures!;
    expect(f.qualifier).toBe(qualifier);
    expect(f.value !== null ? String(f.value) : `${f.low}-${f.high}`).toBe(amount);
  });
});

describe('not figures', () => {
  it.each([
    'The convoy was hit 10km south of the city, killing no one.',
    'The town is home to more than 40,000 people.',
    'Prices rose 12% in May and the government spent $40 million.',
    'The 46th Brigade moved along the M5 highway.',
    'A 12-year-old girl was among those rescued.',
    'The war began in 2011.',
    'Hundreds of missiles and 70 drones were fired.',
    'The strikes displaced millions over the years.',
    'Witnesses said the fighting lasted 24 hours.',
  ])('%s', (text) => {
    expect(figs(text)).toEqual([]);
  });
});

describe('scope, dates and breakdowns', () => {
  it('marks war-wide counts as background and this event as event', () => {
    expect(figs('The war has killed more than 300,000 people since 2012. On Wednesday, 14 civilians were killed in shelling.')).toEqual([
      "killed=300000 more-than people all 'people' src=- background asOf=2025-06-12 period=2012-01-01..2025-06-12",
      "killed=14 exact people civilians 'civilians' src=- event asOf=2025-06-12 cause=shelling",
    ]);
  });
  it('resolves weekdays backwards and keeps periods', () => {
    // the date of the reporting is the date the count holds for; the day of the event is not
    expect(figs('On Friday, officials said 7 people died in the floods.')).toEqual([
      "killed=7 exact people all 'people' src=government event asOf=2025-06-06 cause=flood",
    ]);
    expect(figs('On Friday, 7 people died in the floods.')).toEqual([
      "killed=7 exact people all 'people' src=- event asOf=2025-06-12 cause=flood",
    ]);
    expect(figs('Over the past three days, 22 people were killed, medics said.')).toEqual([
      "killed=22 exact people all 'people' src=hospital event asOf=2025-06-12 period=2025-06-10..2025-06-12",
    ]);
    expect(figs('Yesterday 3 fishermen drowned.')).toEqual(["killed=3 exact people civilians 'fishermen' src=- event asOf=2025-06-12"]);
    expect(figs('Earlier in the week, 9 people were killed.')).toEqual([
      "killed=9 exact people all 'people' src=- event asOf=2025-06-11 period=2025-06-09..2025-06-11",
    ]);
  });
  it('points breakdowns at their total, within and across sentences', () => {
    expect(figs('The blast killed 20 people, including six children. This includes 4 police officers.')).toEqual([
      "killed=20 exact people all 'people' src=- event asOf=2025-06-12 cause=bombing",
      "killed=6 exact people civilians 'children' src=- event asOf=2025-06-12 cause=bombing partOf=0",
      "killed=4 exact people state 'police officers' src=- event asOf=2025-06-12 cause=bombing partOf=0",
    ]);
  });
  it('counts "a"/"an"/"another" as one person when a cue follows', () => {
    expect(figs('A soldier was killed and another was wounded in the ambush.')).toEqual([
      "killed=1 exact people state 'soldier' src=- event asOf=2025-06-12",
      "injured=1 exact people state 'another' src=- event asOf=2025-06-12",
    ]);
  });
});

describe('attribution', () => {
  it.each([
    ['According to the Red Cross, 40 people died.', 'International Committee of the Red Cross'],
    ['Police said 40 people died.', 'police'],
    ['Forty people died, the health ministry said.', 'health ministry'],
    ['Forty people died, said the governor of the province.', 'government'],
    ['The regional coroner put the death toll at 40.', 'regional coroner'],
    ['The Harlow Relief Network said the storm hit at night. It added that 40 people died.', 'Harlow Relief Network'],
    ['The Harlow Relief Network said the storm hit at night. The group said 40 people died.', 'Harlow Relief Network'],
    ['The Syrian Observatory for Human Rights said the fighting went on. The Britain-based war monitor said 40 people died.', 'Syrian Observatory for Human Rights'],
    ['40 people died in the storm.', null],
    ['The Tamsin Front has said it killed 40 soldiers, a figure the army has not confirmed.', 'Tamsin Front'],
    ['The army, which says it killed 40 of the attackers, gave no other toll.', 'army'],
    ['The Delta Water Trust, a group of charities that runs wells in the area, said 40 families had fled.', 'Delta Water Trust'],
  ])('%s', (text, source) => {
    const [f] = analyseText(text, PUB).figures!;
    expect(f.source).toBe(source);
  });
  it('carries a source to the next uncredited sentences, not to background counts', () => {
    const doc = analyseText('The monitor said 12 fighters were killed on Monday. Another 5 soldiers died on Tuesday. The war has killed 90,000 people.', PUB);
    expect(doc.figures!.map((f) => f.source)).toEqual(['monitor', 'monitor', null]);
  });
});

describe('robustness', () => {
  it('quote is always text.slice(span) and a document without a date still yields figures', () => {
    const doc = analyseText('On Monday at least 3 people were killed, officials said.', null);
    expect(doc.figures!.length).toBe(1);
    for (const f of doc.figures!) expect(f.quote).toBe(doc.text.slice(f.span[0], f.span[1]));
    expect(doc.figures![0].asOf).toBeNull();
  });
  it('flags parts that add up to more than their total', () => {
    const doc = analyseText('The crash killed 5 people, including 4 children and 3 women.', PUB);
    expect(doc.messages.some((m) => m.rule === 'figures:parts-exceed-total')).toBe(true);
  });
});
