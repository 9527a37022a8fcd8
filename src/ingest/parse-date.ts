/**
 * Publication dates as pages, feeds and text lines state them, to ISO 8601: a date alone stays a date
 * (YYYY-MM-DD, no time zone shift); a date-time becomes UTC (YYYY-MM-DDTHH:MM:SSZ).
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "March 13, 2025" / "Mar. 13 2025" */
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
/** "13 March 2025" */
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
/** A time of day makes the string a date-time. */
const HAS_TIME = /\d{1,2}:\d{2}/;

export function normalizeDate(input: string | null | undefined): string | null {
  const s = input?.trim();
  if (!s) return null;
  if (ISO_DATE.test(s)) return validDate(s);
  if (HAS_TIME.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return dateFromWords(s) ?? dateOnly(s);
}

/** A date written with a month name anywhere in a line ("Published March 13, 2025"). */
export function dateFromWords(s: string): string | null {
  let m = MONTH_DAY_YEAR.exec(s);
  if (m) return ymd(m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], m[2]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return ymd(m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], m[1]);
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(s);
  return iso ? validDate(iso[1]) : null;
}

function dateOnly(s: string): string | null {
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return ymd(String(d.getFullYear()), d.getMonth() + 1, String(d.getDate()));
}

function ymd(y: string, month: number | undefined, d: string): string | null {
  if (!month) return null;
  return validDate(`${y}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}`);
}

function validDate(s: string): string | null {
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s ? null : s;
}
