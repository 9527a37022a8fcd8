import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'sitrep.js');
const extract = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, 'extract', ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('sitrep extract', () => {
  it('prints one line per JSON Lines input line, in order, echoing ids, with every figure field', () => {
    const input = [
      JSON.stringify({ id: 'x1', text: 'Police said 12 people were killed when a bus overturned on Monday.', published: '2025-03-05' }),
      'not json',
      JSON.stringify({ id: 'x3', text: 'Floods forced 300 families from their homes, officials said.', title: 'Floods in Lanmor' }),
    ].join('\n');
    const r = extract(['--jsonl'], input);
    expect(r.status).toBe(1); // one line failed
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['x1', null, 'x3']);
    expect(lines[1].error).toMatch(/not valid JSON/);
    const [f] = lines[0].figures;
    expect(Object.keys(f)).toEqual(['kind', 'value', 'low', 'high', 'qualifier', 'unit', 'victims', 'source', 'scope', 'asOf', 'place', 'cause', 'partOf', 'span', 'quote']);
    expect(f).toMatchObject({ kind: 'killed', value: 12, qualifier: 'exact', unit: 'people', source: 'police', scope: 'event', asOf: '2025-03-05', partOf: null });
    expect(lines[2]).toMatchObject({ title: 'Floods in Lanmor', published: null });
    expect(lines[2].figures[0]).toMatchObject({ kind: 'displaced', value: 300, unit: 'families', source: 'government' });
    for (const l of [lines[0], lines[2]]) expect(Object.keys(l)).toEqual(['id', 'title', 'published', 'figures', 'diagnostics', 'actors', 'places', 'events']);
  }, 60_000);

  it('reads text files with --published and rejects a malformed date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'Quake hits Belvan\nAt least 31 people died on Tuesday when an earthquake struck Belvan, the disaster agency said.\n');
    const r = extract([file, '--published', '2025-04-10']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout.trim());
    expect(doc.published).toBe('2025-04-10');
    expect(doc.figures[0]).toMatchObject({ kind: 'killed', value: 31, qualifier: 'at-least', asOf: '2025-04-10', cause: 'earthquake' });
    expect(doc.figures[0].quote).toBe('At least 31 people died');
    expect(extract([file, '--published', 'April']).status).toBe(2);
  }, 60_000);
});

describe('sitrep extract in batches', () => {
  it('keeps outputs aligned with inputs across batches, broken lines included', () => {
    const lines = Array.from({ length: 19 }, (_, i) =>
      i % 7 === 3 ? `broken ${i}` : JSON.stringify({ id: `d${i}`, text: `Officials said ${i + 2} people were killed in Tarvel on Monday.`, published: '2025-03-05' }),
    );
    const r = extract(['--jsonl'], lines.join('\n'));
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((l) => l.id)).toEqual(lines.map((l, i) => (l.startsWith('broken') ? null : `d${i}`)));
    out.forEach((l, i) => {
      if (l.id) expect(l.figures[0]).toMatchObject({ kind: 'killed', value: i + 2 });
    });
  }, 60_000);
});
