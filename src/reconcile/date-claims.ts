/**
 * Non-numeric conflicts about when the event began. Each report's first sentence that says the event started
 * (START_PATTERNS) and names a day gives the report's claim; the day is resolved against publication. Reports that
 * name different days disagree; the day most independent reports give is favoured (a reprint counts once), and on a
 * tie the earliest report's.
 */
import type { SitrepDocument, Span } from '../model/document.js';
import type { DateClaim, Difference } from './types.js';

/**
 * Words that say an event started or happened, strongest first. Every report is searched for the first tier
 * before the second, so "launched the offensive on Wednesday" wins over "the road was cut on Thursday following the
 * offensive".
 */
export const START_TIERS: readonly RegExp[] = [
  /\b(?:launch(?:ed|es)?|beg[au]n|start(?:ed|s)?|erupt(?:ed|s)?|broke out|initiat(?:ed|es)|open(?:ed|s) (?:its|their|the|an?) (?:offensive|assault|attack|fire))\b/i,
  /\b(?:struck|hit|attack(?:ed|s)?|storm(?:ed|s)?|opened fire|exploded|collapsed|derailed|crashed|killed|offensive|assault|attack)\b/i,
];

export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/**
 * A weekday that dates the reporting, not the event: "the army said on Wednesday that…", "officials told reporters on
 * Tuesday". Such a day is when someone spoke, so it never becomes a claim about when the event began.
 */
const REPORTING_BEFORE_DAY_RE =
  /\b(?:said|says|told|tells|reported|reports|announced|stated|added|confirmed|warned|declared|claimed|briefed|updated)\b(?:\s+\S+){0,3}?(?:\s+(?:late |early )?on)?\s*$/i;
/** Sentences about another, earlier event: "last week", "in 2016". A claim must not come from them. */
const OTHER_TIME_RE = /\b(?:last (?:week|month|year)|in (?:19|20)\d\d|since (?:19|20)\d\d|years? ago)\b/i;
const SENTENCE_RE = /[^.!?\n]+[.!?]*/g;

function sentences(doc: SitrepDocument): Span[] {
  if (doc.sentences?.length) return doc.sentences.filter((s) => !s.heading).map((s) => s.span);
  const out: Span[] = [];
  for (const m of doc.text.matchAll(SENTENCE_RE)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** Latest `weekday` on or before the publication day. */
export function resolveWeekday(weekday: string, published: string): string | null {
  const idx = WEEKDAYS.indexOf(weekday);
  const t = Date.parse(published.slice(0, 10) + 'T00:00:00Z');
  if (idx < 0 || Number.isNaN(t)) return null;
  const back = (new Date(t).getUTCDay() - idx + 7) % 7;
  return new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}

export function startClaim(doc: SitrepDocument, cite: number): DateClaim | null {
  const spans = sentences(doc);
  for (const tier of START_TIERS) {
    for (const span of spans) {
      const c = claimIn(doc, cite, span, tier);
      if (c) return c;
    }
  }
  return null;
}

function claimIn(doc: SitrepDocument, cite: number, [a, b]: Span, tier: RegExp): DateClaim | null {
  const published = doc.meta.published;
  const s = doc.text.slice(a, b);
  if (!tier.test(s) || OTHER_TIME_RE.test(s)) return null;
  const wd = eventWeekday(s);
  if (wd && published) {
    const date = resolveWeekday(wd, published);
    if (date) return { doc: doc.id, cite, words: wd, date, quote: s.trim() };
  }
  const d = doc.dates?.find(
    (x) => x.span[0] >= a && x.span[1] <= b && x.precision === 'day' && !x.background && !reportingDay(doc.text, x.span[0]),
  );
  if (d && (!published || d.start <= published.slice(0, 10))) {
    return { doc: doc.id, cite, words: doc.text.slice(d.span[0], d.span[1]), date: d.start, quote: s.trim() };
  }
  return null;
}

/** The first weekday in a sentence that is not the day someone reported or spoke. */
function eventWeekday(sentence: string): string | null {
  for (const m of sentence.matchAll(WEEKDAY_RE)) if (!reportingDay(sentence, m.index!)) return m[1];
  return null;
}

/** True when the date starting at `at` follows a reporting verb ("said on …"). */
function reportingDay(text: string, at: number): boolean {
  return REPORTING_BEFORE_DAY_RE.test(text.slice(Math.max(0, at - 60), at));
}

export interface StartResult {
  date: string | null;
  words: string | null;
  claims: DateClaim[];
  difference: Difference | null;
}

export function reconcileStart(docs: readonly SitrepDocument[], cites: Map<string, number>): StartResult {
  const claims: DateClaim[] = [];
  for (const d of docs) {
    const c = startClaim(d, cites.get(d.id) ?? 0);
    if (c) claims.push(c);
  }
  if (!claims.length) return { date: null, words: null, claims, difference: null };
  const dupes = new Set(docs.filter((d) => d.duplicateOf).map((d) => d.id));
  const byDate = new Map<string, DateClaim[]>();
  for (const c of claims) {
    if (!byDate.has(c.date)) byDate.set(c.date, []);
    byDate.get(c.date)!.push(c);
  }
  const ranked = [...byDate].sort(
    (a, b) =>
      b[1].filter((c) => !dupes.has(c.doc)).length - a[1].filter((c) => !dupes.has(c.doc)).length ||
      Math.min(...a[1].map((c) => c.cite)) - Math.min(...b[1].map((c) => c.cite)),
  );
  const [date, winners] = ranked[0];
  const words = winners[0].words;
  if (ranked.length < 2) return { date, words, claims, difference: null };
  const counts = ranked.map(([d, cs]) => `${cs[0].words} (${d}) in ${cs.length} report${cs.length > 1 ? 's' : ''}`);
  return {
    date,
    words,
    claims,
    difference: {
      about: 'day the event began',
      kind: 'conflict',
      figures: claims.map((c) => ({ value: `${c.words} (${c.date})`, asOf: c.date, doc: c.doc, cite: c.cite, source: null, quote: c.quote })),
      favoured: words,
      why: `Reports name different days: ${counts.join(' vs ')}. ${words} is favoured: most independent reports give it${ranked[0][1].length === ranked[1][1].length ? ', and the earliest report does' : ''}.`,
      rule: 'majority-of-independent-reports',
    },
  };
}
