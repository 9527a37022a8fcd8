import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/nlp/resolve-dates.js';

const PUB = '2024-11-28'; // a Thursday
const dates = (text: string, pub: string | null = PUB) =>
  resolveDates(text, pub).map((d) => `${text.slice(d.span[0], d.span[1])}|${d.start}|${d.end}|${d.precision}|${d.background ? 'bg' : 'ev'}`);

describe('resolveDates', () => {
  it('resolves weekdays to the most recent such day, never forward', () => {
    expect(dates('It began on Wednesday.')).toEqual(['on Wednesday|2024-11-27|2024-11-27|day|ev']);
    expect(dates('Talks were held on Friday.')).toEqual(['on Friday|2024-11-22|2024-11-22|day|ev']);
    expect(dates('Fighting resumed on Thursday.')).toEqual(['on Thursday|2024-11-28|2024-11-28|day|ev']);
    expect(dates('It happened last Thursday.')).toEqual(['last Thursday|2024-11-21|2024-11-21|day|ev']);
  });
  it('does not read a count after a weekday as a day of the month', () => {
    expect(dates('On Wednesday, 12 people died.')).toEqual(['On Wednesday|2024-11-27|2024-11-27|day|ev']);
  });
  it('reads relative days and periods', () => {
    expect(dates('Yesterday the toll rose.')).toEqual(['Yesterday|2024-11-27|2024-11-27|day|ev']);
    expect(dates('They were killed over the past two days.')).toEqual(['over the past two days|2024-11-27|2024-11-28|period|ev']);
    expect(dates('It was shelled earlier in the week.')).toEqual(['earlier in the week|2024-11-25|2024-11-27|period|ev']);
    expect(dates('Strikes intensified last month.')).toEqual(['last month|2024-10-01|2024-10-31|month|ev']);
  });
  it('without a publication date, resolves only dates whose year is written', () => {
    expect(dates('Strikes intensified last month and yesterday the toll rose, three days ago.', null)).toEqual([]);
    expect(dates('A truce was agreed on 4 March 2020; it collapsed last month.', null)).toEqual(['on 4 March 2020|2020-03-04|2020-03-04|day|ev']);
  });
  it('marks long-past dates and "since YEAR" as background', () => {
    expect(dates('The war has raged since 2011.')).toEqual(['since 2011|2011-01-01|2024-11-28|period|bg']);
    expect(dates('A truce was agreed in March 2020.')).toEqual(['March 2020|2020-03-01|2020-03-31|month|bg']);
    expect(dates('The war began in 2011.')).toEqual(['2011|2011-01-01|2011-12-31|year|bg']);
  });
  it('reads years after a preposition or naming an event, wherever whitespace or line breaks fall', () => {
    expect(dates('In the 2017-2018 outbreak, and\nduring  2019 floods, until 2020 people fled the 2010 floods.')).toEqual([
      '2017-2018|2017-01-01|2018-12-31|year|bg',
      '2019|2019-01-01|2019-12-31|year|bg',
      '2010|2010-01-01|2010-12-31|year|bg',
    ]);
    expect(dates('between 2010 and 2012 by 2015 of 1999 the 2019 people')).toEqual([
      '2010|2010-01-01|2010-12-31|year|bg',
      '2015|2015-01-01|2015-12-31|year|bg',
      '1999|1999-01-01|1999-12-31|year|bg',
    ]);
  });
  it('reads absolute dates and moves a yearless date that would be in the future to the year before', () => {
    expect(dates('On Nov. 27, 2024 the attack began.')).toEqual(['Nov. 27, 2024|2024-11-27|2024-11-27|day|ev']);
    expect(dates('It began on Dec 30.')).toEqual(['Dec 30|2023-12-30|2023-12-30|day|bg']);
  });
  it('without a publication date, keeps absolute dates only', () => {
    expect(dates('It began on Wednesday. It ended on 3 March 2023.', null)).toEqual(['on 3 March 2023|2023-03-03|2023-03-03|day|ev']);
  });
});
