import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

const P = { read: 12, inserted: 9, exists: 1, nearDuplicates: 1, failed: 1, chars: 5000, location: 'in/012.txt' };

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 200, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe('progress display', () => {
  it('draws nothing when standard error is not a terminal', () => {
    const { writes, stream } = fakeStream(false);
    const p = createProgress(stream);
    p.update(P);
    p.done();
    expect(writes).toEqual([]);
  });

  it('draws one rewritten line with the counts on a terminal, a bar when the total is known, and clears it at the end', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress(stream, 48);
    p.update(P);
    p.update(P); // within the redraw interval: not drawn again
    expect(writes).toHaveLength(1);
    expect(writes[0].startsWith('\r\x1b[2K[#####...............] 12 read · 9 new · 1 near-dup · 1 known · 1 failed')).toBe(true);
    expect(writes[0]).toContain('in/012.txt');
    p.done();
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });
});
