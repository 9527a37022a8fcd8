/**
 * Bylines ("By Amina Garba") and datelines ("DIFFA, Niger, March 11 (CPA) —") at the top of an article go to
 * metadata. A byline is its own line and is removed; a dateline opens the first paragraph and only that prefix is cut.
 */
import type { DocumentMeta, RemovedLine } from '../model/document.js';
import { dropPrefix, lineSourceOffset, type CleanLine } from './line.js';
import { wordCount } from './boilerplate-rules.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";

export const BYLINE = {
  /** "By First Last[, First Last and First Last]" then optionally a separator and a role, outlet or date. */
  pattern: new RegExp(
    `^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by)\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|de|van|von|al|el|bin|da|del|and|&)|,\\s*${NAME_WORD})*)\\s*(?:[|·•–—,-]\\s*(.*))?$`,
    'u',
  ),
  /** Words that follow "By" in running text ("By Wednesday, …") and are never names. */
  notNames: /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|then|now|contrast|comparison|law|mid|late|early|noon|dawn|nightfall|midday|evening)\b/i,
  maxWords: 16,
  /** A tail after a comma longer than this is a sentence, not "By X, Staff Writer". */
  maxTailWords: 6,
  /** Only the first lines of an article carry bylines. */
  searchLines: 4,
} as const;

export const DATELINE = {
  /** Upper-case place, then optional region, date and agency, then a dash: "DIFFA, Niger, March 11 (CPA) — ". */
  upper: new RegExp(
    `^(\\p{Lu}[\\p{Lu}'’.-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.-]+){0,3})((?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}))?((?:,\\s*|\\s+)${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*(\\([^()]{1,40}\\))?\\s*[—–-]{1,2}\\s+`,
    'u',
  ),
  /** Title-case place needs the agency in brackets: "Kyiv, Ukraine (AP) — ". */
  agency: new RegExp(
    `^(\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,2})(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?(?:,?\\s+${MONTH}\\s+\\d{1,2})?\\s*\\((?:AFP|AP|Reuters|[\\p{Lu}][\\p{L}&. ]{1,30})\\)\\s*[—–:-]{1,2}\\s+`,
    'u',
  ),
  /** Only the first paragraphs open with a dateline. */
  searchLines: 3,
} as const;

/**
 * Wire agencies a dateline credits in brackets ("KYIV, Ukraine (AP) —"), by the abbreviation datelines use. WHY: a
 * wire story saved as plain text has no outlet field; the dateline's credit is the best outlet sitrep has.
 */
export const WIRE_AGENCIES: Readonly<Record<string, string>> = {
  AP: 'Associated Press', AFP: 'Agence France-Presse', REUTERS: 'Reuters', DPA: 'dpa', EFE: 'EFE', ANSA: 'ANSA',
  XINHUA: 'Xinhua', UPI: 'United Press International', PTI: 'Press Trust of India', IANS: 'IANS', ANI: 'ANI',
  KYODO: 'Kyodo News', YONHAP: 'Yonhap', TASS: 'TASS', INTERFAX: 'Interfax', AA: 'Anadolu Agency', ANADOLU: 'Anadolu Agency',
  CP: 'The Canadian Press', AAP: 'Australian Associated Press', PA: 'PA Media', LUSA: 'Lusa', APA: 'APA',
  BERNAMA: 'Bernama', ANTARA: 'Antara', KUNA: 'KUNA', WAM: 'WAM', SPA: 'Saudi Press Agency', MENA: 'MENA',
  NAN: 'News Agency of Nigeria', KNA: 'Kenya News Agency', APS: 'Algérie Presse Service', MAP: 'Maghreb Arabe Presse',
};

/** The agency a dateline credits: "DIFFA, Niger, March 11 (CPA)" → "CPA"; "(AP)" → "Associated Press". */
export function datelineAgency(dateline: string | null | undefined): string | null {
  const m = /\(([^()]{1,40})\)\s*$/.exec(dateline ?? '');
  if (!m) return null;
  const credit = m[1].trim();
  // A credit is a name, not a date, a time or a note ("(Updated)", "(2 p.m.)").
  if (!/^\p{Lu}[\p{L}&.' -]{0,39}$/u.test(credit) || /^(?:updated?|corrected|photos?|video|live|file|breaking)$/i.test(credit)) return null;
  return WIRE_AGENCIES[credit.replace(/\./g, '').toUpperCase()] ?? credit;
}

export interface BylineDateline {
  byline: string | null;
  dateline: string | null;
  removed: RemovedLine[];
}

/** Finds byline and dateline in the first kept lines; mutates `lines` (marks/cuts) and returns what it found. */
export function extractBylineDateline(lines: CleanLine[], meta: Partial<DocumentMeta>): BylineDateline {
  const out: BylineDateline = { byline: meta.byline ?? null, dateline: null, removed: [] };
  let seen = 0;
  for (let i = 0; i < lines.length && seen < BYLINE.searchLines; i++) {
    const line = lines[i];
    if (line.removed?.reason === 'byline' && out.byline === null) out.byline = bylineName(line.text);
    if (line.removed) continue;
    seen++;
    const name = bylineName(line.text);
    if (name) {
      line.removed = { reason: 'byline', rule: 'byline' };
      out.byline ??= name;
      continue;
    }
    if (out.dateline === null && seen <= DATELINE.searchLines) cutDateline(lines, i, out);
  }
  return out;
}

export function bylineName(text: string): string | null {
  if (wordCount(text) > BYLINE.maxWords) return null;
  const m = BYLINE.pattern.exec(text);
  if (!m) return null;
  if (BYLINE.notNames.test(m[1])) return null;
  if (wordCount(m[2] ?? '') > BYLINE.maxTailWords) return null;
  if (/[.!?]$/.test(text) && wordCount(text) > 5) return null;
  return m[1].replace(/[,\s]+$/, '');
}

function cutDateline(lines: CleanLine[], i: number, out: BylineDateline): void {
  const line = lines[i];
  const m = DATELINE.upper.exec(line.text);
  const upperOk = m && (m[2] || m[3] || m[4]) && m[1].length >= 3;
  const hit = upperOk ? m : DATELINE.agency.exec(line.text);
  if (!hit || hit[0].length >= line.text.length - 10) return;
  const n = hit[0].length;
  const prefix = line.text.slice(0, n).trim();
  out.dateline = prefix.replace(/\s*[—–:-]{1,2}$/, '');
  out.removed.push({
    text: prefix,
    reason: 'dateline',
    rule: upperOk ? 'dateline-upper' : 'dateline-agency',
    sourceSpan: [line.sourceSpan[0], lineSourceOffset(line, n)],
  });
  lines[i] = dropPrefix(line, n);
}
