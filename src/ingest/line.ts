/**
 * The unit the cleaner works on: one paragraph (or heading, or junk line) of the source, normalised, with the map
 * from its characters back to `source`. Cleaning decides per line: keep, drop (with a reason), or mark as heading.
 */
import type { RemovalReason, Span } from '../model/document.js';

/** `[offsetInLineText, sourceStart, length]`: a run of the line's text copied verbatim from the source. */
export type LineSegment = [at: number, sourceStart: number, length: number];

export interface CleanLine {
  /** Normalised text (NFC, single spaces, trimmed). */
  text: string;
  /** The raw line in `source`. */
  sourceSpan: Span;
  segments: LineSegment[];
  removed?: { reason: RemovalReason; rule: string };
  heading?: boolean;
}

/** Maps an offset in the line's text to the source offset (start of the run it falls in). */
export function lineSourceOffset(line: CleanLine, at: number): number {
  let best: LineSegment | null = null;
  for (const seg of line.segments) {
    if (seg[0] > at) break;
    best = seg;
  }
  if (!best) return line.sourceSpan[0];
  return best[1] + Math.min(at - best[0], best[2]);
}

/** Drops the first `n` characters of a line (a dateline prefix), keeping the offset map right. */
export function dropPrefix(line: CleanLine, n: number): CleanLine {
  const rest = line.text.slice(n);
  const lead = rest.length - rest.trimStart().length;
  const cut = n + lead;
  const segments: LineSegment[] = [];
  for (const [at, src, len] of line.segments) {
    const end = at + len;
    if (end <= cut && len > 0) continue;
    if (at >= cut) segments.push([at - cut, src, len]);
    else segments.push([0, src + (cut - at), end - cut]);
  }
  return { ...line, text: line.text.slice(cut), segments };
}
