/**
 * Is this input an article at all? Binary files (images, PDFs, archives, executables) are refused before decoding,
 * with a message naming what they look like.
 */

/** Magic numbers of files people drop into news folders by mistake. */
export const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP archive (or .docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
];

/** How many leading bytes are inspected for NULs and control characters. */
const SAMPLE = 8192;
/** Text has almost no C0 control characters besides tab, CR, LF, FF; above this share it is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** A description of the binary format, or null when the bytes can be text. UTF-16 with a BOM is text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) if (sig.bytes.every((x, i) => bytes[i] === x)) return sig.name;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) return 'binary data (contains NUL bytes)';
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE ? 'binary data (control characters)' : null;
}
