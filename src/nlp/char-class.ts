/**
 * Unicode character classes by code point, for the hand-written word scanners: a table for ASCII and a memo for
 * everything else, so a scan tests each character with an array read instead of running a Unicode regex.
 * The classes are exactly the regex ones: \p{L}, \p{M}, \p{N}, \s and \d (ASCII digits).
 */

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;
export const DIGIT = 16;

const TESTS: ReadonlyArray<readonly [flag: number, re: RegExp]> = [
  [LETTER, /^\p{L}$/u],
  [MARK, /^\p{M}$/u],
  [NUMBER, /^\p{N}$/u],
  [SPACE, /^\s$/u],
  [DIGIT, /^\d$/u],
];

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let flags = 0;
  for (const [flag, re] of TESTS) if (re.test(ch)) flags |= flag;
  return flags;
}

const ASCII = Uint8Array.from({ length: 128 }, (_, cp) => classify(cp));
const wide = new Map<number, number>();

/** The class flags of a code point. */
export function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp];
  let flags = wide.get(cp);
  if (flags === undefined) {
    flags = classify(cp);
    wide.set(cp, flags);
  }
  return flags;
}

/** An ASCII digit 0-9 (what `\d` matches). */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** White space as `\s` reads it (every such character is one UTF-16 unit). */
export function isSpaceCode(c: number): boolean {
  return (classOf(c) & SPACE) !== 0;
}

/** A `\w` character: an ASCII letter, digit or `_`. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The code point at `i` (a lone surrogate stands for itself, as in a /u regex). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

/** UTF-16 length of a code point. */
export function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

export function isLeadSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isTrailSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
