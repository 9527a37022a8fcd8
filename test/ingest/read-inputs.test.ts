import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import { cleanAll, collect, expectVerbatimOffsets, failures } from './helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('the example corpus', () => {
  it('reads 7 articles from 4 files and a 3-item feed, skipping README.md', async () => {
    const docs = await cleanAll([examples]);
    expect(docs.map((d) => [d.origin.format, d.meta.outlet, d.meta.published?.slice(0, 10)])).toEqual([
      ['text', 'CPA', '2025-03-11'], // from the dateline's credit
      ['html', 'Niamey Evening Post', '2025-03-11'],
      ['html', 'Sahel Observer', '2025-03-12'],
      ['text', null, '2025-03-13'],
      ['rss', 'Lakeside Radio', '2025-03-11'],
      ['rss', 'Lakeside Radio', '2025-03-12'],
      ['rss', 'Lakeside Radio', '2025-03-13'],
    ]);
    for (const d of docs) expectVerbatimOffsets(d);
  });

  it('cleans the wire story and its reprint to nearly the same text', async () => {
    const [wire, reprint] = await cleanAll([join(examples, '01-cpa-wire-2025-03-11.txt'), join(examples, '02-niamey-evening-post-2025-03-11.html')]);
    expect(wire.meta.dateline).toBe('DIFFA, Niger, March 11 (CPA)');
    expect(reprint.meta.dateline).toBe('DIFFA, Niger, March 11 (CPA)');
    expect(wire.text.split('\n')).toHaveLength(7);
    expect(reprint.text.split('\n')).toHaveLength(7);
    expect(wire.id).not.toBe(reprint.id);
    expect(reprint.removed.map((r) => r.rule).sort()).toEqual(['also-read', 'dateline-upper', 'newsletter-prompt', 'photo-credit-label']);
  });
});

describe('HTML reader', () => {
  it('reads metadata, windows-1252 text and a bold-paragraph heading', async () => {
    const [doc] = await cleanAll([join(fixtures, 'bus-crash.html')]);
    expect(doc.origin.encoding).toBe('windows-1252');
    expect(doc.meta).toMatchObject({
      title: 'Bus crash on mountain pass kills 11',
      outlet: 'The Valley Courier',
      url: 'https://valley-courier.example/bus-crash',
      published: '2024-08-02',
      publishedFrom: 'meta',
      language: 'en-GB',
    });
    expect(doc.text).toContain('“We heard a loud bang and then screaming,” said a farmer');
    expect(doc.text).toContain('Café owners');
    expect(doc.text).not.toContain('News | Sport');
    expect(doc.headings.map((h) => h.text)).toEqual(['Road closed']);
  });

  it('prefers JSON-LD for date and publisher and keeps h2 headings', async () => {
    const [doc] = await cleanAll([join(examples, '03-sahel-observer-2025-03-12.html')]);
    expect(doc.meta).toMatchObject({ outlet: 'Sahel Observer', published: '2025-03-12T09:30:00Z', publishedFrom: 'json-ld', byline: 'Idrissa Moussa' });
    expect(doc.headings.map((h) => h.text)).toEqual(['Army claims heavy militant losses', 'Families flee westward']);
  });

  it('chooses the reader by content: HTML saved as .txt, a feed saved as .html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-sniff-'));
    writeFileSync(join(dir, 'page.txt'), '<!doctype html><html><head><title>Dam opens - Riverside Times</title></head><body><p>The dam on the Tarn river opened its gates on Sunday, the water authority said, after a week of rain upstream.</p></body></html>');
    writeFileSync(join(dir, 'feed.html'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Riverside Times</title><item><title>Gates open</title><description>The gates opened at dawn.</description></item></channel></rss>');
    const docs = await cleanAll([join(dir, 'page.txt'), join(dir, 'feed.html')]);
    expect(docs.map((d) => d.origin.format)).toEqual(['html', 'rss']);
    expect(docs[0].meta.title).toBe('Dam opens');
    expect(docs[1].text).toBe('The gates opened at dawn.');
  });
});

describe('feeds and JSON Lines', () => {
  it('reads Atom entries with full content, else summary', async () => {
    const docs = await cleanAll([join(fixtures, 'storm-atom.xml')]);
    expect(docs.map((d) => [d.origin.format, d.origin.item, d.meta.outlet, d.meta.published, d.meta.url])).toEqual([
      ['atom', 0, 'Coastal Weather Desk', '2024-10-04T18:00:00Z', 'https://coastal-weather.example/ilse-floods'],
      ['atom', 1, 'Coastal Weather Desk', '2024-10-05T07:30:00Z', 'https://coastal-weather.example/ilse-weakens'],
    ]);
    expect(docs[0].text).toContain('forcing about 2,300 people from their homes');
    expect(docs[0].headings.map((h) => h.text)).toEqual(['Schools shut']);
    expect(docs[1].text).toMatch(/^Forecasters said Storm Ilse had weakened/);
  });

  it('reads good JSONL lines and reports broken ones by line number', async () => {
    const results = await collect([join(fixtures, 'mixed.jsonl')]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false]);
    const docs = results.flatMap((r) => (r.ok ? [cleanArticle(r.article)] : []));
    expect(docs[0]).toMatchObject({ id: 'wire-1', meta: { outlet: 'Eastgate Wire', published: '2024-05-20', publishedFrom: 'jsonl', title: 'Mine collapse traps 7 workers' } });
    expect(docs[0].text.startsWith('Seven workers')).toBe(true); // the repeated title line left the text
    expect(docs[1].meta.outlet).toBe('Hilltop Daily');
    expect(docs[1].text).toContain('brought out alive');
    const bad = failures(results);
    expect(bad[0].location).toMatch(/mixed\.jsonl:2$/);
    expect(bad[0].reason).toMatch(/line 2: not valid JSON/);
    expect(bad[1].reason).toMatch(/line 4: needs a non-empty "text" or "html"/);
  });
});

describe('encodings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-enc-'));
  const body = 'Flood waters rose in Sélestin on Friday, the mayor said.\nAbout 300 homes were flooded, he said.';
  it.each([
    ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]), 'utf-8'],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]), 'utf-16le'],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, 'utf16le').swap16()]), 'utf-16be'],
  ])('decodes %s by its byte-order mark', async (name, bytes, encoding) => {
    writeFileSync(join(dir, name), bytes);
    const [doc] = await cleanAll([join(dir, name)]);
    expect(doc.origin.encoding).toBe(encoding);
    expect(doc.text).toBe(body);
    expect(doc.messages).toEqual([]);
  });
});

describe('URLs (local server)', () => {
  let server: Server;
  let base = '';
  const page = '<html><head><meta charset="utf-8"><meta property="og:site_name" content="Port Gazette"></head><body><article><p>A tanker ran aground off Port Lira on Sunday, the coast guard said. No one was hurt and no oil leaked, it said.</p></article></body></html>';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      if (url.startsWith('/hop/')) {
        const n = Number(url.slice(5));
        return res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
      }
      if (url === '/big') return res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
      if (url === '/big-chunked') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
        return res.end();
      }
      if (url === '/slow') return; // never answers
      res.writeHead(404).end('not here');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a page and follows redirects within the limit', async () => {
    const docs = await cleanAll([`${base}/page`, `${base}/hop/2`], { maxRedirects: 3 });
    expect(docs.map((d) => [d.origin.location, d.meta.outlet, d.meta.url])).toEqual([
      [`${base}/page`, 'Port Gazette', `${base}/page`],
      [`${base}/hop/2`, 'Port Gazette', `${base}/page`],
    ]);
    expect(docs[0].text).toMatch(/^A tanker ran aground off Port Lira/);
  });

  it('reports redirect loops, size, timeout and HTTP errors per URL', async () => {
    const results = await collect([`${base}/hop/9`, `${base}/big`, `${base}/big-chunked`, `${base}/slow`, `${base}/missing`, `${base}/page`], {
      maxRedirects: 3,
      maxBytes: 4096,
      fetchTimeoutMs: 300,
    });
    expect(failures(results).map((f) => [f.location.replace(base, ''), f.rule])).toEqual([
      ['/hop/9', 'ingest:fetch'],
      ['/big', 'ingest:fetch'],
      ['/big-chunked', 'ingest:fetch'],
      ['/slow', 'ingest:fetch'],
      ['/missing', 'ingest:fetch'],
    ]);
    const reasons = failures(results).map((f) => f.reason);
    expect(reasons[0]).toMatch(/too many redirects \(more than 3\)/);
    expect(reasons[1]).toMatch(/over the size limit/);
    expect(reasons[2]).toMatch(/over the size limit/);
    expect(reasons[3]).toMatch(/timed out after 300 ms/);
    expect(reasons[4]).toMatch(/HTTP 404/);
    expect(results.at(-1)?.ok).toBe(true);
  });
});
