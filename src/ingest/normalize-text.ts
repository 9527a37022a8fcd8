/**
 * Normalises one source line: Unicode NFC, every whitespace run to one space, zero-width characters and soft hyphens
 * dropped, ends trimmed. Each verbatim run becomes a segment of the offset map; a word NFC changed gets a zero-length
 * segment at its start, so spans inside it map to the start of the original word.
 */
import type { LineSegment } from './line.js';

/** `\S` runs: JS `\s` already covers NBSP, the U+2000 spaces, U+3000 and the BOM. */
const WORD = /\S+/g;
/** Invisible characters that split nothing: zero-width space/joiners, word joiner, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
const ASCII = /^[\x20-\x7E]*$/;

export function normalizeLine(source: string, start: number, end: number): { text: string; segments: LineSegment[] } {
  const chunk = source.slice(start, end);
  let text = '';
  const segments: LineSegment[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
    const word = m[0];
    const before = text.length;
    if (before > 0) text += ' ';
    const at = text.length;
    if (ASCII.test(word)) {
      segments.push([at, start + m.index, word.length]);
      text += word;
    } else appendWord(word, start + m.index, at, segments, (s) => (text += s));
    if (text.length === at && before > 0) text = text.slice(0, before); // the word was all invisible
  }
  return { text, segments };
}

function appendWord(word: string, src: number, at: number, segments: LineSegment[], emit: (s: string) => void): void {
  const visible = word.replace(INVISIBLE, '');
  const nfc = visible.normalize('NFC');
  if (nfc !== visible) {
    segments.push([at, src, 0]);
    emit(nfc);
    return;
  }
  // Copy the visible pieces verbatim, one segment each.
  INVISIBLE.lastIndex = 0;
  let from = 0;
  let out = at;
  for (let m = INVISIBLE.exec(word); ; m = INVISIBLE.exec(word)) {
    const to = m ? m.index : word.length;
    if (to > from) {
      segments.push([out, src + from, to - from]);
      emit(word.slice(from, to));
      out += to - from;
    }
    if (!m) break;
    from = to + 1;
  }
}
