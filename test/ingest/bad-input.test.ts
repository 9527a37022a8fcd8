/**
 * Bad input: each problem is reported for its own file with a clear message, and every other file is still read.
 * All inputs are generated in a temporary directory.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { collect, failures } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
const p = (name: string): string => join(dir, 'batch', name);
const GOOD = 'Hail damaged crops across the Ostra valley on Wednesday, farmers said.\nThe regional office put the loss at 1,200 hectares.';

beforeAll(() => {
  mkdirSync(join(dir, 'batch'));
  writeFileSync(p('a-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x41, 0x42]));
  writeFileSync(p('b-empty.txt'), '');
  writeFileSync(p('c-good.txt'), GOOD);
  const fd = openSync(p('d-huge.txt'), 'w'); // 50 MB (sparse), over the 1 MB limit set below
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(p('e-bad-utf8.txt'), Buffer.concat([Buffer.from('Storm surge hit the harbour at Kell on Monday, officials said, '), Buffer.from([0xc3, 0x28, 0xa0]), Buffer.from(' and 40 boats sank.')]));
  writeFileSync(p('f-cp1252.html'), Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article><p>\x93We lost everything,\x94 said a fisherman in Kell, where the surge wrecked 40 boats on Monday \x96 the worst in a decade.</p></article></body></html>', 'latin1'));
  writeFileSync(p('g-truncated.html'), '<html><head><title>Surge wrecks boats - Kell Post</title></head><body><article><p>The storm surge wrecked 40 boats in the harbour of Kell on Monday, the harbour master said.</p><p>Repairs will take wee');
  writeFileSync(p('h-malformed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Kell Radio</title><item><title>Surge</title><description>Boats sank.</description></item><item><title>Broken');
  writeFileSync(p('i-lines.jsonl'), ['{"text":"Forty boats sank in Kell harbour on Monday, the harbour master said."}', '{"text": "cut off', '{"text":"Kell harbour reopened on Tuesday, the port authority said."}'].join('\n'));
  writeFileSync(p('j-image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(p('k-blank.txt'), '   \n\n  \t\n');
  writeFileSync(p('l-not-a-feed.xml'), '<?xml version="1.0"?><catalog><book>Tides</book></catalog>');
});

describe('a batch with bad files', () => {
  it('reports each bad file with a clear message and reads the rest', async () => {
    const results = await collect([join(dir, 'batch'), join(dir, 'missing.txt')], { maxBytes: 1024 * 1024 });
    const bad = failures(results).map((f) => [f.location.replace(dir, ''), f.rule, f.reason]);
    expect(bad).toEqual([
      ['/batch/a-binary.txt', 'ingest:binary', 'not a text article: binary data (contains NUL bytes)'],
      ['/batch/b-empty.txt', 'ingest:empty', 'empty file (0 bytes)'],
      ['/batch/d-huge.txt', 'ingest:too-large', 'file is 50.0 MB, over the size limit of 1.0 MB'],
      ['/batch/h-malformed.xml', 'ingest:malformed-xml', expect.stringMatching(/^malformed XML feed: /)],
      ['/batch/i-lines.jsonl:2', 'ingest:jsonl', expect.stringMatching(/^line 2: not valid JSON/)],
      ['/batch/j-image.html', 'ingest:binary', 'not a text article: PNG image'],
      ['/batch/k-blank.txt', 'ingest:empty', 'empty file (only whitespace)'],
      ['/batch/l-not-a-feed.xml', 'ingest:unsupported', 'XML document is neither an RSS nor an Atom feed'],
      ['/missing.txt', 'ingest:not-found', 'no such file or directory'],
    ]);
    const docs = results.flatMap((r) => (r.ok ? [cleanArticle(r.article)] : []));
    expect(docs.map((d) => d.origin.location.replace(dir, '') + (d.origin.line ? `:${d.origin.line}` : ''))).toEqual([
      '/batch/c-good.txt',
      '/batch/e-bad-utf8.txt',
      '/batch/f-cp1252.html',
      '/batch/g-truncated.html',
      '/batch/i-lines.jsonl:1',
      '/batch/i-lines.jsonl:3',
    ]);
    expect(docs[0].text).toBe(GOOD);
  });

  it('decodes invalid UTF-8 with replacement characters and a warning', async () => {
    const [r] = await collect([p('e-bad-utf8.txt')]);
    expect(r.ok).toBe(true);
    const doc = cleanArticle((r as Extract<typeof r, { ok: true }>).article);
    expect(doc.text).toContain('\uFFFD');
    expect(doc.text).toContain('and 40 boats sank.');
    expect(doc.messages).toEqual([
      { reason: 'invalid UTF-8 at byte 63; undecodable bytes were replaced with U+FFFD', span: null, rule: 'ingest:encoding', severity: 'warning' },
    ]);
  });

  it('decodes windows-1252 HTML declared in http-equiv', async () => {
    const [r] = await collect([p('f-cp1252.html')]);
    const doc = cleanArticle((r as Extract<typeof r, { ok: true }>).article);
    expect(doc.origin.encoding).toBe('windows-1252');
    expect(doc.text).toBe('“We lost everything,” said a fisherman in Kell, where the surge wrecked 40 boats on Monday – the worst in a decade.');
  });

  it('reads truncated HTML as far as it goes, with a warning', async () => {
    const [r] = await collect([p('g-truncated.html')]);
    const doc = cleanArticle((r as Extract<typeof r, { ok: true }>).article);
    expect(doc.text).toContain('The storm surge wrecked 40 boats in the harbour of Kell on Monday');
    expect(doc.meta.title).toBe('Surge wrecks boats');
    expect(doc.messages.map((m) => [m.rule, m.severity])).toContainEqual(['ingest:truncated-html', 'warning']);
  });
});

describe('a directory of 10,000 small files', () => {
  it('streams every file in sorted order in reasonable time', async () => {
    const big = join(dir, 'many');
    for (let s = 0; s < 10; s++) {
      mkdirSync(join(big, `sub${s}`), { recursive: true });
      for (let i = 0; i < 1000; i++) {
        const n = s * 1000 + i;
        writeFileSync(join(big, `sub${s}`, `a${String(n).padStart(5, '0')}.txt`), `Report ${n}: ${n % 50} people were hurt in a stampede at the Vell stadium, police said.\nThe match was called off.`);
      }
    }
    const started = performance.now();
    let count = 0;
    let last = '';
    let sorted = true;
    for await (const r of readInputs([big])) {
      if (!r.ok) throw new Error(`unexpected failure: ${r.location}: ${r.diagnostic.reason}`);
      const doc = cleanArticle(r.article);
      if (doc.origin.location < last) sorted = false;
      last = doc.origin.location;
      count++;
    }
    const seconds = (performance.now() - started) / 1000;
    expect(count).toBe(10_000);
    expect(sorted).toBe(true);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
