/**
 * Stage `resolve-dates`: every date or period the text states, resolved against the publication date.
 *
 * chrono-node reads absolute and casual dates; sitrep corrects its forward bias (news reports the past): a weekday
 * alone ("on Wednesday") is the most recent such day on or before publication, and a day-month without a year that
 * would fall after publication is taken from the year before. Periods chrono does not model are read from tables
 * below: "over the past two days", "earlier in the week", "this week", "since 2011" (background), "in 2020".
 */
import * as chrono from 'chrono-node';
import type { DateMention, SitrepDocument, Span } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';
import { classOf, isAsciiDigit, SPACE } from './char-class.js';
import { wordTable } from './word-table.js';

/** A date wholly this many days or more before publication is background (another time, not this event). */
export const BACKGROUND_DAYS = 60;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A chrono result that is only a weekday, optionally with on/last/this/early/late words around it. */
const WEEKDAY_ONLY = /^(?:(?:on|last|this|past|early|late|since)\s+)*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?[\s,.]*$/i;
/** A weekday followed by a comma and a bare number: the number starts the next clause. */
const WEEKDAY_COMMA_COUNT = /^((?:on\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day)\s*,\s*\d{1,2}$/i;
/** "on 30 November, 44 persons were detained": chrono reads the count after the comma as a year. */
const COMMA_COUNT = /^(.*[a-z0-9])\s*,\s*\d{1,3}$/i;
/** Re-reads a chrono result without a 1–3 digit count after its comma (that count starts the next clause). */
function withoutCommaCount(r: chrono.ParsedResult, ref: chrono.ParsingReference | Date): chrono.ParsedResult {
  const m = COMMA_COUNT.exec(r.text);
  if (!m || WEEKDAY_COMMA_COUNT.test(r.text)) return r;
  const again = chrono.parse(m[1], ref, CHRONO_OPTIONS)[0];
  if (!again || again.index !== 0) return r;
  return { ...again, index: r.index, text: again.text } as chrono.ParsedResult;
}
const HAS_YEAR = /\b(?:19|20)\d{2}\b|'\d{2}\b/;

const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, few: 3, several: 3, couple: 2, 'a couple of': 2,
});

/** "over the past two days", "in the last 24 hours", "during the previous week": a period ending at publication. */
const PAST_PERIOD = /\b(?:over|in|during|for|within|across)\s+(?:the\s+)?(?:past|last|previous|preceding)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|few|several|couple\s+of)?\s*(hours?|days?|weeks?|months?)\b/gi;
/** The word every PAST_PERIOD match holds: one cheap test rules the period out. */
const PAST_WORD = /past|last|previous|preceding/i;
/** Relative periods of the publication week. */
const WEEK_PERIODS: ReadonlyArray<[RegExp, 'earlier' | 'this' | 'last']> = [
  [/\bearlier\s+(?:in\s+)?(?:the|this)\s+week\b/gi, 'earlier'],
  [/\bthis\s+week\b/gi, 'this'],
  [/\blast\s+week\b/gi, 'last'],
];
/** The word all of WEEK_PERIODS need: one pass rules them all out. */
const WEEK_WORD = /week/i;
/** "since 2011", "since March 2011", "since the start of 2020": background periods when long before publication. */
const SINCE_YEAR = /\bsince\s+(?:(?:the\s+(?:start|beginning|end)\s+of\s+)|(?:early|mid|late)[\s-]+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2})\b/gi;
/**
 * Words that put a bare year in time ("in 2019", "until 2021"), before IN_YEAR's year ("(in) March 2020" is left to
 * chrono).
 */
const IN_YEAR_WORDS = ['in', 'of', 'during', 'by', 'from', 'until', 'between'];
const IN_YEAR = new RegExp(`\\b(?:${IN_YEAR_WORDS.join('|')})\\s+((?:19|20)\\d{2})\\b(?!\\s*(?:people|civilians|killed|dead|were|families))`, 'gi');

/** "the 2010 floods", "in the 2017-2018 outbreak": a year (or span of years) naming an event. */
const THE_YEAR = /\bthe\s+((?:19|20)\d{2})(?:[-–/]((?:19|20)?\d{2}))?\s+(?!(?:people|civilians|residents|killed|dead|were|families|others|persons)\b)(?=[a-z])/g;

/** Resolves all dates in `text` against `published` (YYYY-MM-DD or ISO date-time; null resolves absolute dates only). */
export function resolveDates(text: string, published: string | null): DateMention[] {
  const pub = parsePublished(published);
  const out: DateMention[] = [];
  const taken: Span[] = [];
  const push = (m: DateMention) => {
    if (taken.some(([a, b]) => m.span[0] < b && a < m.span[1])) return;
    taken.push(m.span);
    out.push(m);
  };
  for (const m of readSinceYears(text, pub)) push(m);
  if (pub) for (const m of readPastPeriods(text, pub)) push(m);
  if (pub) for (const m of readWeekPeriods(text, pub)) push(m);
  for (const m of readChrono(text, pub)) push(m);
  for (const m of readBareYears(text, pub)) push(m);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

function parsePublished(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

function iso(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12);
}

function isBackground(end: Date, pub: Date | null): boolean {
  return !!pub && (pub.getTime() - end.getTime()) / 86_400_000 >= BACKGROUND_DAYS;
}

function readSinceYears(text: string, pub: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(SINCE_YEAR)) {
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) : 0;
    const start = new Date(Number(m[2]), month, 1, 12);
    const end = pub ?? start;
    out.push({
      span: [m.index!, m.index! + m[0].length],
      start: iso(start),
      end: iso(end),
      precision: 'period',
      background: isBackground(start, pub),
    });
  }
  return out;
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function readPastPeriods(text: string, pub: Date): DateMention[] {
  const out: DateMention[] = [];
  if (!PAST_WORD.test(text)) return out;
  for (const m of text.matchAll(PAST_PERIOD)) {
    const countWord = (m[1] ?? 'one').toLowerCase().replace(/\s+of$/, '');
    const n = /^\d+$/.test(countWord) ? Number(countWord) : (NUMBER_WORDS[countWord] ?? 1);
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const days = unit === 'hour' ? Math.max(1, Math.ceil(n / 24)) : unit === 'week' ? n * 7 : unit === 'month' ? n * 30 : n;
    // "the past two days" in a Thursday report covers Wednesday and Thursday
    const start = addDays(pub, -(days - 1));
    out.push({ span: [m.index!, m.index! + m[0].length], start: iso(start), end: iso(pub), precision: 'period', background: false });
  }
  return out;
}

function readWeekPeriods(text: string, pub: Date): DateMention[] {
  const out: DateMention[] = [];
  if (!WEEK_WORD.test(text)) return out; // every week period names the week
  const monday = addDays(pub, -((pub.getDay() + 6) % 7));
  for (const [re, kind] of WEEK_PERIODS) {
    for (const m of text.matchAll(re)) {
      const span: Span = [m.index!, m.index! + m[0].length];
      if (kind === 'earlier') {
        const end = addDays(pub, -1) < monday ? monday : addDays(pub, -1);
        out.push({ span, start: iso(monday), end: iso(end), precision: 'period', background: false });
      } else if (kind === 'this') {
        out.push({ span, start: iso(monday), end: iso(pub), precision: 'week', background: false });
      } else {
        out.push({ span, start: iso(addDays(monday, -7)), end: iso(addDays(monday, -1)), precision: 'week', background: false });
      }
    }
  }
  return out;
}

function readBareYears(text: string, pub: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const leads = yearLeads(text);
  for (const m of matchesBefore(text, leads, THE_YEAR_AT, THE_YEAR_LEADS)) {
    const first = Number(m[1]);
    const last = m[2] ? Number(m[2].length === 2 ? `${m[1].slice(0, 2)}${m[2]}` : m[2]) : first;
    if (last < first || last - first > 10) continue;
    const at = m.index! + m[0].indexOf(m[1]);
    out.push({
      span: [at, at + m[1].length + (m[2] ? m[2].length + 1 : 0)],
      start: `${first}-01-01`,
      end: `${last}-12-31`,
      precision: 'year',
      background: isBackground(new Date(last, 11, 31, 12), pub),
    });
  }
  for (const m of matchesBefore(text, leads, IN_YEAR_AT, IN_YEAR_LEADS)) {
    const year = Number(m[1]);
    const at = m.index! + m[0].length - m[1].length;
    const end = new Date(year, 11, 31, 12);
    out.push({
      span: [at, at + 4],
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      precision: 'year',
      background: isBackground(end, pub),
    });
  }
  return out;
}

/**
 * THE_YEAR and IN_YEAR matches are a word, whitespace, then a year: they are found from the years instead of by
 * scanning the whole text. Matches of either cannot overlap, so testing each place a year's word could start
 * finds exactly the matches a global search finds, in the same order.
 */
const THE_YEAR_AT = new RegExp(THE_YEAR.source, 'y');
const IN_YEAR_AT = new RegExp(IN_YEAR.source, 'iy');
/** Lengths of the words before the year ("the"; IN_YEAR_WORDS), each once, shortest first. */
const THE_YEAR_LEADS = ['the'.length];
const IN_YEAR_LEADS = [...new Set(IN_YEAR_WORDS.map((w) => w.length))].sort((a, b) => a - b);

/**
 * For each year that follows whitespace, where that whitespace run starts, in text order. These are the matches of
 * /(?<=\s)(?:19|20)\d{2}/g (two cannot overlap: each needs whitespace before its digits), found by searching for
 * "19" and "20" instead of running a pattern that starts with a lookbehind, which is tried at every offset.
 */
function yearLeads(text: string): number[] {
  const nineteen = yearsFrom(text, '19');
  const twenty = yearsFrom(text, '20');
  const years = !nineteen.length ? twenty : !twenty.length ? nineteen : [...nineteen, ...twenty].sort((a, b) => a - b);
  for (let k = 0; k < years.length; k++) {
    let w = years[k] - 1;
    while (w > 0 && classOf(text.charCodeAt(w - 1)) & SPACE) w--;
    years[k] = w;
  }
  return years;
}

/** Offsets of `century` followed by two digits, with whitespace before. */
function yearsFrom(text: string, century: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(century, 1); i >= 0; i = text.indexOf(century, i + 1)) {
    if (isAsciiDigit(text.charCodeAt(i + 2)) && isAsciiDigit(text.charCodeAt(i + 3)) && classOf(text.charCodeAt(i - 1)) & SPACE) out.push(i);
  }
  return out;
}

/** Matches of sticky `re` ending in a word of one of `lengths` just before one of `leads`. */
function matchesBefore(text: string, leads: readonly number[], re: RegExp, lengths: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const w of leads) {
    for (const len of lengths) {
      if (w - len < 0) continue;
      re.lastIndex = w - len;
      const m = re.exec(text);
      if (m) {
        out.push(m);
        break;
      }
    }
  }
  return out;
}

/**
 * Words without which chrono finds no date; chrono runs only on the stretches of text around them, which keeps date
 * reading cheap on long articles.
 */
const DATE_HINT = /\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day\b|yesterday|today|tonight|tomorrow|ago\b|(?:last|this|next|past)\s+(?:week|month|year|night|weekend|morning|evening)|\d{1,4}[/.-]\d{1,2}[/.-]\d)/gi;
/** Characters of context chrono sees on each side of a hint. */
const HINT_WINDOW = 48;

/** Stretches of `text` around date hints, merged where they overlap. */
function hintWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(DATE_HINT)) {
    const a = Math.max(0, m.index! - HINT_WINDOW);
    const b = Math.min(text.length, m.index! + m[0].length + HINT_WINDOW);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function readChrono(text: string, pub: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const [a, b] of hintWindows(text)) {
    for (const m of readChronoIn(text.slice(a, b), pub)) {
      out.push({ ...m, span: [m.span[0] + a, m.span[1] + a] });
    }
  }
  return out;
}

/** Dates chrono finds in `text` (a stretch around hints), as mentions: a lone weekday is read without chrono. */
export function readChronoIn(text: string, pub: Date | null): DateMention[] {
  return loneWeekday(text, pub) ?? readChronoAll(text, pub);
}

/** Dates chrono finds in `text`, every time by running chrono (the reference for the weekday shortcut). */
export function readChronoAll(text: string, pub: Date | null): DateMention[] {
  const ref = pub ?? new Date(2000, 0, 1, 12);
  const out: DateMention[] = [];
  for (const r0 of chrono.parse(text, ref, CHRONO_OPTIONS)) {
    const r = withoutCommaCount(r0, ref);
    const known = r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month');
    if (!known) continue; // a time of day alone
    const writtenYear = HAS_YEAR.test(r.text);
    const hasYear = r.start.isCertain('year') || writtenYear;
    // relative to an unknown publication date: chrono calls the year of "last month" or "yesterday" certain, since it
    // follows from its reference date, so without a publication date only a year written in the text counts
    if (!pub && !writtenYear) continue;
    let start = r.start.date();
    let end = r.end?.date() ?? start;
    // "On Wednesday, 12 people died": chrono reads the count as a day of the month
    const countAfter = WEEKDAY_COMMA_COUNT.exec(r.text);
    const rtext = countAfter ? countAfter[1] : r.text;
    const weekday = WEEKDAY_ONLY.exec(rtext);
    if (weekday && pub) {
      start = end = mostRecentWeekday(pub, WEEKDAYS.indexOf(weekday[1].toLowerCase()), /\blast\b/i.test(r.text));
    } else if (pub && !hasYear && start.getTime() > pub.getTime() + 86_400_000) {
      start = new Date(start.getFullYear() - 1, start.getMonth(), start.getDate(), 12);
      end = new Date(end.getFullYear() - 1, end.getMonth(), end.getDate(), 12);
    }
    const precision = r.start.isCertain('day') || r.start.isCertain('weekday') ? 'day' : 'month';
    if (precision === 'month') {
      start = new Date(start.getFullYear(), start.getMonth(), 1, 12);
      end = new Date(end.getFullYear(), end.getMonth() + 1, 0, 12);
    }
    const text0 = rtext.replace(/[\s,.]+$/, '');
    out.push({
      span: [r.index, r.index + text0.length],
      start: iso(start),
      end: iso(end),
      precision: r.end ? 'period' : precision,
      background: isBackground(end, pub),
    });
  }
  return out;
}

/**
 * The weekday shortcut. Most stretches around a hint hold one weekday ("on Wednesday,") and nothing else chrono
 * reads; chrono's full run (seventeen parsers, sixteen refiners) then returns that weekday unchanged, and the
 * mention is the most recent such day. The shortcut tests the parsers' own patterns and answers only when it can
 * show chrono would return the lone weekday (or it and clock times, which no mention uses):
 * - no parser but the weekday, clock-time and casual-time parsers matches anywhere in the stretch;
 * - the weekday parser matches once, and its text is a full weekday name with at most on/last/this… (WEEKDAY_ONLY),
 *   with at most one part of the day right after it, which chrono joins to it ("on Wednesday morning");
 * - nothing the refiners attach to a date follows it: a timezone offset, an upper-case abbreviation chrono knows as
 *   a zone (a weekday is a date without a time, even with a part of the day, so chrono takes only an abbreviation
 *   written in capitals), a number;
 * - a word chrono never merges across stands between the weekday and the nearest digit on each side, so no clock
 *   time chrono reads there can join it (TIME_APART_AFTER, TIME_APART_BEFORE).
 * Without a publication date a lone weekday resolves to nothing, as it does through chrono. Anything else
 * (undefined) goes to chrono.
 */
function loneWeekday(text: string, pub: Date | null): DateMention[] | undefined {
  if (!WEEKDAY_PATTERN) return undefined;
  for (const { cue, patterns } of OTHER_PARSERS) {
    if (cue && !cue.test(text)) continue;
    for (const re of patterns) if (re.test(text)) return undefined;
  }
  const m = WEEKDAY_PATTERN.exec(text);
  if (!m) return undefined;
  // as chrono's word-boundary parsers do: the boundary character before the match is not part of the result
  const index = m.index + (m[1] ?? '').length;
  const end = partOfDayEnd(text, index + m[0].length - (m[1] ?? '').length);
  if (end < 0) return undefined;
  const rtext = text.substring(index, end);
  const suffix = text.substring(end);
  if (WEEKDAY_PATTERN.test(suffix) || !quietAfterDate(suffix)) return undefined;
  const weekday = WEEKDAY_ONLY.exec(rtext);
  if (!weekday || !apartFromTimes(text, index, end)) return undefined;
  if (!pub) return []; // a weekday without a publication date resolves to nothing
  const day = mostRecentWeekday(pub, WEEKDAYS.indexOf(weekday[1].toLowerCase()), /\blast\b/i.test(rtext));
  const text0 = rtext.replace(/[\s,.]+$/, '');
  return [{ span: [index, index + text0.length], start: iso(day), end: iso(day), precision: 'day', background: isBackground(day, pub) }];
}

/**
 * Where the weekday ending at `end` ends once chrono's date-time refiner has joined a part of the day to it
 * ("Wednesday morning": the casual time parser's match, only whitespace between, so the two merge into one result
 * whose date is the weekday's). `end` itself when the casual time parser matches nowhere; -1 when it matches
 * anywhere else, or more than once (then chrono decides).
 */
function partOfDayEnd(text: string, end: number): number {
  if (!CASUAL_TIME_PATTERN) return end;
  const t = CASUAL_TIME_PATTERN.exec(text);
  if (!t) return end;
  const at = t.index + (t[1] ?? '').length;
  if (at < end || !ONLY_SPACE.test(text.slice(end, at))) return -1;
  const after = t.index + t[0].length;
  return CASUAL_TIME_PATTERN.test(text.substring(after)) ? -1 : after;
}
const ONLY_SPACE = /^\s*$/;

/** True when the nearest digit before and after `text[start, end)` are each kept apart from it by a word. */
function apartFromTimes(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && !isAsciiDigit(text.charCodeAt(before))) before--;
  if (before >= 0 && !TIME_APART_BEFORE.test(text.slice(before + 1, start))) return false;
  let after = end;
  while (after < text.length && !isAsciiDigit(text.charCodeAt(after))) after++;
  return after === text.length || TIME_APART_AFTER.test(text.slice(end, after));
}


/**
 * Between a date and a clock time after it, chrono merges across at most one of T/at/after/before/on/of (date and
 * time) or to/until/through/till (a range); the time itself may start with at/from. Any other word keeps them apart.
 */
const TIME_APART_AFTER = /(?<!\w)(?!(?:t|at|after|before|on|of|to|until|through|till|from)(?!\w))\w+/i;
/**
 * A clock time before a date may run on over am/pm, "o'clock", "at night", "in the morning" and one zone
 * abbreviation of up to four letters; a longer word that is none of these (nor a connector) keeps them apart.
 */
const TIME_APART_BEFORE = /(?<!\w)(?!(?:after|before|until|through|clock|night|morning|afternoon)(?!\w))[a-z]{5,}(?!\w)/i;

const CHRONO_OPTIONS = { forwardDate: false };
/** chrono's parsers build their patterns from the options only, so one context gives the patterns every call uses. */
const PATTERN_CONTEXT = new chrono.ParsingContext('', new Date(2000, 0, 1, 12), CHRONO_OPTIONS);
const parserNamed = (name: string) => chrono.casual.parsers.find((p) => p.constructor.name === name);
const WEEKDAY_PARSER = parserNamed('ENWeekdayParser');
const TIME_PARSER = parserNamed('ENTimeExpressionParser');
const WEEKDAY_PATTERN = TIME_PARSER && WEEKDAY_PARSER?.pattern(PATTERN_CONTEXT);
const CASUAL_TIME_PARSER = parserNamed('ENCasualTimeParser');
/** The casual time parser's pattern ("morning", "this evening"), when it is a word-boundary parser as the weekday's. */
const CASUAL_TIME_PATTERN = CASUAL_TIME_PARSER?.pattern(PATTERN_CONTEXT).source.startsWith('(\\W|^)')
  ? CASUAL_TIME_PARSER.pattern(PATTERN_CONTEXT)
  : undefined;
/** chrono's English number and time-unit sub-patterns, as its duration parsers spell them. */
const CHRONO_NUMBER =
  '(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';
const CHRONO_UNIT =
  '(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)';

/** A lead, then the start of chrono's duration (an optional about/around, a number, a unit). */
function durationCue(lead: string): RegExp {
  return new RegExp(`${lead}(?:(?:about|around)\\s{0,3})?${CHRONO_NUMBER}\\s{0,3}${CHRONO_UNIT}`, 'i');
}

/** chrono's month names and abbreviations, as its month parsers spell them. */
const CHRONO_MONTH =
  '(?:september|february|november|december|january|october|august|march|april|sept\\.|june|july|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept|oct\\.|nov\\.|dec\\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)';
/**
 * A month name as chrono's month parsers read one: never run on into letters, except into "of" or an ordinal
 * ("March first") — so "market" or "decided" is no month.
 */
const MONTH_CUE = new RegExp(
  `${CHRONO_MONTH}(?![a-z])|${CHRONO_MONTH}(?:of|twent|thirt|first|second|third|fourt|fift|sixt|sevent|eight|ninet|ninth|tenth|eleventh|twelfth)`,
  'i',
);

/**
 * For chrono's parsers, a cue every match of the parser's pattern contains (read off the patterns: the month names,
 * the digit shapes, the closing words, a duration's lead, number and unit), and the sub-patterns the cue was read
 * from. Where the cue is absent the far larger pattern cannot match. A parser not listed, or whose pattern no
 * longer holds the sub-patterns (another chrono version), has its pattern tested directly.
 */
const PARSER_CUES: Readonly<Record<string, readonly [cue: RegExp, ...from: string[]]>> = wordTable({
  ENYearMonthDayParser: [/\d{4}[-./\s]/],
  ISOFormatParser: [/\d{4}-/],
  SlashDateFormatParser: [/\d[/.-]\d/],
  ENSlashMonthFormatParser: [/\d\/\d/],
  ENMonthNameLittleEndianParser: [MONTH_CUE, CHRONO_MONTH],
  ENMonthNameMiddleEndianParser: [MONTH_CUE, CHRONO_MONTH],
  ENMonthNameParser: [MONTH_CUE, CHRONO_MONTH],
  ENYearMonthNameParser: [MONTH_CUE, CHRONO_MONTH],
  ENTimeUnitAgoFormatParser: [/ago|before|earlier/i],
  ENTimeUnitLaterFormatParser: [/later|after|from now|henceforth|forward|out/i],
  ENCasualDateParser: [/now|today|tonight|morrow|tmr|yesterday|night/i],
  ENCasualTimeParser: [/morning|afternoon|evening|night|midday|noon/i],
  ENEndOfCurrentMonthParser: [/month/i],
  ENTimeUnitWithinFormatParser: [durationCue('(?:in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?'), CHRONO_NUMBER, CHRONO_UNIT],
  ENTimeUnitCasualRelativeFormatParser: [durationCue('(?:this|last|past|next|after|[+-])\\s*'), CHRONO_NUMBER, CHRONO_UNIT],
  ENRelativeDateFormatParser: [new RegExp(`(?:this|last|past|next)\\s*${CHRONO_UNIT}`, 'i'), CHRONO_UNIT],
});
/** The other parsers' patterns, grouped under a shared cue. */
const OTHER_PARSERS = groupByCue(
  chrono.casual.parsers.filter((p) => p !== WEEKDAY_PARSER && p !== TIME_PARSER && !(CASUAL_TIME_PATTERN && p === CASUAL_TIME_PARSER)),
);

function groupByCue(parsers: readonly chrono.Parser[]): Array<{ cue: RegExp | null; patterns: RegExp[] }> {
  const groups = new Map<RegExp | null, RegExp[]>();
  for (const p of parsers) {
    const pattern = p.pattern(PATTERN_CONTEXT);
    const [cue, ...from] = PARSER_CUES[p.constructor.name] ?? [null];
    const key = cue && from.every((sub) => pattern.source.includes(sub)) ? cue : null;
    groups.set(key, [...(groups.get(key) ?? []), pattern]);
  }
  return [...groups].map(([cue, patterns]) => ({ cue, patterns }));
}
/** What chrono's refiners would attach after a date: a timezone offset, a capitalised zone abbreviation, a year. */
const TIMEZONE_OFFSET_AFTER = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/i;
const ZONE_ABBREVIATION_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
const NUMBER_AFTER = /^\s*\d/;

function quietAfterDate(suffix: string): boolean {
  if (TIMEZONE_OFFSET_AFTER.test(suffix) || NUMBER_AFTER.test(suffix)) return false;
  const zone = ZONE_ABBREVIATION_AFTER.exec(suffix);
  return !zone || zone[1] !== zone[1].toUpperCase() || !isTimezone(zone[1]);
}

/**
 * Whether chrono's timezone refiner takes this upper-case abbreviation ("EST" yes, "HTS" or "UN" no). The refiner
 * attaches any abbreviation its table knows, whatever the date, so chrono is asked once per abbreviation: it reads
 * "Wednesday ABBR" as the weekday alone only when the abbreviation is no zone (anything else counts as a zone).
 */
function isTimezone(abbr: string): boolean {
  let known = knownZones.get(abbr);
  if (known === undefined) {
    if (knownZones.size >= 10_000) knownZones.clear();
    const probe = chrono.parse(`Wednesday ${abbr}`, PATTERN_CONTEXT.refDate, CHRONO_OPTIONS);
    known = !(probe.length === 1 && probe[0].index === 0 && probe[0].text === 'Wednesday');
    knownZones.set(abbr, known);
  }
  return known;
}
const knownZones = new Map<string, boolean>();

/** The most recent `weekday` on or before `pub` (strictly before when the text says "last Wednesday"). */
export function mostRecentWeekday(pub: Date, weekday: number, strictlyBefore = false): Date {
  let back = (pub.getDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(pub, -back);
}

export const resolveDatesStage = defineStage({
  name: 'resolve-dates',
  requires: ['text', 'meta'],
  assigns: ['dates'],
  run(doc: SitrepDocument) {
    doc.dates = resolveDates(doc.text, doc.meta.published);
    if (!doc.meta.published && /\b(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(doc.text)) {
      doc.messages.push({
        reason: 'relative dates left unresolved: the document has no publication date',
        span: null,
        rule: 'dates:no-published',
        severity: 'info',
      });
    }
  },
});
