/**
 * The title of a plain-text article: a first line that reads as a headline (short, no closing full stop, followed by
 * the article). It leaves the text for `meta.title` and is listed in `removed` with rule `title`, so every source
 * line is accounted for. When the input already names a title, a first line repeating it is removed the same way.
 */
import type { DocumentMeta, InputFormat } from '../model/document.js';
import type { CleanLine } from './line.js';
import { wordCount } from './boilerplate-rules.js';

export const TITLE = {
  minWords: 2,
  maxWords: 22,
  maxChars: 200,
  start: /^[\p{Lu}\p{N}"“‘']/u,
  /** Headlines end without these (a question or exclamation mark is fine). */
  sentenceEnd: /[.:;,…]$/,
  /** Formats whose first line can be a headline; markup formats carry the title in tags. */
  formats: new Set<InputFormat>(['text', 'jsonl']),
  /** A headline is followed by at least this many kept lines of article. */
  minFollowing: 2,
} as const;

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function detectTitle(lines: CleanLine[], meta: Partial<DocumentMeta>, format: InputFormat): void {
  const first = lines.findIndex((l) => !l.removed);
  if (first < 0) return;
  const line = lines[first];
  if (meta.title) {
    if (normalise(meta.title) === normalise(line.text)) line.removed = { reason: 'other', rule: 'title' };
    return;
  }
  if (!TITLE.formats.has(format) || !looksLikeHeadline(line.text)) return;
  const following = lines.slice(first + 1).filter((l) => !l.removed).length;
  if (following < TITLE.minFollowing) return;
  line.removed = { reason: 'other', rule: 'title' };
  meta.title = line.text;
}

export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= TITLE.minWords &&
    words <= TITLE.maxWords &&
    text.length <= TITLE.maxChars &&
    TITLE.start.test(text) &&
    !TITLE.sentenceEnd.test(text)
  );
}
