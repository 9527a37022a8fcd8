/**
 * Splits a source text into paragraphs (source spans). Normally one line is one paragraph. A hard-wrapped text
 * (blank lines between blocks, short lines inside them, as e-mail and some wire feeds send it) is joined back: one
 * block is one paragraph, except list items, which stay lines of their own.
 */
import type { Span } from '../model/document.js';

/** Thresholds for recognising hard-wrapped text. Why: wrapped lines are short and nearly equal in length. */
export const HARD_WRAP = {
  /** No line of a wrapped text is longer than this. */
  maxLineLength: 100,
  /** Wrapped lines average at least this long (shorter lines are lists or headings, not wrapping). */
  minAverageLength: 40,
} as const;

const LIST_ITEM = /^\s*(?:[-*•▪‣–]\s|\d{1,3}[.)]\s)/;

interface RawLine {
  start: number;
  end: number;
  blank: boolean;
}

export function splitParagraphs(source: string): Span[] {
  const lines = rawLines(source);
  if (!isHardWrapped(lines)) return lines.filter((l) => !l.blank).map((l) => [l.start, l.end] as Span);
  const out: Span[] = [];
  let open: [number, number] | null = null;
  for (const l of lines) {
    if (l.blank) {
      if (open) out.push(open);
      open = null;
    } else if (!open || LIST_ITEM.test(source.slice(l.start, l.end))) {
      if (open) out.push(open);
      open = [l.start, l.end];
    } else open[1] = l.end;
  }
  if (open) out.push(open);
  return out;
}

function rawLines(source: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  const n = source.length;
  while (start <= n) {
    let nl = source.indexOf('\n', start);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && source.charCodeAt(end - 1) === 13) end--; // CRLF
    out.push({ start, end, blank: !/\S/.test(source.slice(start, end)) });
    start = nl + 1;
  }
  return out;
}

function isHardWrapped(lines: RawLine[]): boolean {
  const full = lines.filter((l) => !l.blank);
  if (full.length < 4 || full.length === lines.length) return false;
  let total = 0;
  let inBlock = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const len = l.end - l.start;
    if (len > HARD_WRAP.maxLineLength) return false;
    total += len;
    if (i + 1 < lines.length && !lines[i + 1].blank) inBlock++;
  }
  return total / full.length >= HARD_WRAP.minAverageLength && inBlock >= full.length / 3;
}
