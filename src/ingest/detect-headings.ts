/**
 * Subheadings: short lines that head a section. They stay in the text as lines of their own (so sentences never run
 * across them) and are listed in `headings`. HTML tells us (h2–h6, hints from the reader); plain text does not, so a
 * line is a heading when it is short, starts like a title and ends without sentence punctuation.
 */
import type { InputFormat } from '../model/document.js';
import type { CleanLine } from './line.js';
import { wordCount } from './boilerplate-rules.js';

export const HEADING = {
  maxWords: 14,
  maxChars: 120,
  /** Headings open with a capital, a digit or a quote. */
  start: /^[\p{Lu}\p{N}"“‘']/u,
  /** Sentences, list lead-ins and cut-off lines end with these; headings do not ("What next?" is allowed). */
  sentenceEnd: /[.!:;,…"”)\]]$/,
  /** List items ("- 102 fighters", "1. Roads") are not headings. */
  listItem: /^(?:[-*•▪‣–]\s|\d{1,3}[.)]\s)/,
  /** Formats whose text has no markup, where the shape of the line is all we have. */
  shapeFormats: new Set<InputFormat>(['text', 'jsonl']),
} as const;

const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Marks heading lines. Needs title, boilerplate and teasers decided first (it looks at kept neighbours). */
export function detectHeadings(lines: CleanLine[], format: InputFormat, hints: readonly string[] = []): void {
  const hinted = new Set(hints.map(normalise).filter(Boolean));
  const kept = lines.filter((l) => !l.removed);
  const byShape = HEADING.shapeFormats.has(format) || (hinted.size === 0 && format !== 'html');
  kept.forEach((line, i) => {
    if (hinted.has(normalise(line.text))) line.heading = i < kept.length - 1;
    else if (byShape && i > 0 && i < kept.length - 1) line.heading = looksLikeHeading(line.text);
  });
}

export function looksLikeHeading(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 1 &&
    words <= HEADING.maxWords &&
    text.length <= HEADING.maxChars &&
    HEADING.start.test(text) &&
    !HEADING.sentenceEnd.test(text) &&
    !HEADING.listItem.test(text)
  );
}
