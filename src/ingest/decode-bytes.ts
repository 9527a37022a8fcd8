/**
 * Bytes to text: byte-order mark first (UTF-8, UTF-16LE/BE), then a declared charset (HTTP header, HTML
 * `<meta charset>`, XML declaration), then UTF-8. Bytes that are not valid in the chosen encoding become U+FFFD and
 * leave a warning on the article; decoding never fails.
 */
import type { Diagnostic } from '../model/document.js';

export interface Decoded {
  text: string;
  encoding: string;
  messages: Diagnostic[];
}

/** Byte-order marks, longest first. */
export const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Declarations looked for in the first bytes of markup: `<meta charset>`, http-equiv content type, `<?xml encoding>`. */
const DECLARED_CHARSET = [
  /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i,
  /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i,
];
/** HTML5 says a meta charset must appear in the first 1024 bytes; feeds declare on line one. */
const SNIFF_BYTES = 2048;

export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) return decodeWith(bytes.subarray(bom.bytes.length), bom.encoding, 'byte-order mark');
  const charset = declared ?? sniffCharset(bytes);
  if (charset) return decodeWith(bytes, charset, 'declared charset');
  return decodeWith(bytes, 'utf-8', 'default');
}

/** Charset named in a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  for (const re of DECLARED_CHARSET) {
    const m = re.exec(head);
    if (m) return m[1];
  }
  return null;
}

function decodeWith(bytes: Uint8Array, label: string, why: string): Decoded {
  const messages: Diagnostic[] = [];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.toLowerCase());
  } catch {
    messages.push(diag(`unknown character encoding "${label}" (${why}); decoded as UTF-8`, 'warning'));
    decoder = new TextDecoder('utf-8');
  }
  const encoding = decoder.encoding;
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      messages.push(diag(`invalid UTF-8 at byte ${bad}; undecodable bytes were replaced with U+FFFD`, 'warning'));
    }
  }
  const text = decoder.decode(bytes);
  return { text: encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding, messages };
}

/**
 * Bytes 0x80–0x9F in windows-1252 (which WHATWG also uses for "iso-8859-1" and "latin1" labels) are curly quotes,
 * dashes, the euro sign… Some Node 20 builds decode them as C1 control characters instead; map them back.
 */
export const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1 = /[\u0080-\u009F]/g;

function fixWindows1252(text: string): string {
  return text.replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function diag(reason: string, severity: Diagnostic['severity']): Diagnostic {
  return { reason, span: null, rule: 'ingest:encoding', severity };
}

/** Offset of the first byte that breaks UTF-8, or -1. One pass, no allocation. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > n) return i;
    for (let k = 1; k < len; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    if (c === 0xe0 && b[i + 1] < 0xa0) return i; // overlong
    if (c === 0xed && b[i + 1] >= 0xa0) return i; // surrogate
    if (c === 0xf0 && b[i + 1] < 0x90) return i;
    if (c === 0xf4 && b[i + 1] >= 0x90) return i;
    i += len;
  }
  return -1;
}
