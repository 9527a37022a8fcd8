import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-cli.js';
import { BUS_CRASH, FLOOD_OTHER, FLOOD_REPRINT, FLOOD_WIRE, MARKET_BLAST } from '../store/fixtures.js';

let dir: string;
let corpus: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, '01-flood-wire.txt'), FLOOD_WIRE);
  writeFileSync(join(corpus, '02-flood-reprint.txt'), FLOOD_REPRINT);
  writeFileSync(join(corpus, '03-flood-other.txt'), FLOOD_OTHER);
  writeFileSync(
    join(corpus, '04-bus.html'),
    `<!doctype html><html><head><title>Bus plunges into ravine</title><meta property="og:site_name" content="Dunmere Daily"></head><body><article><h1>Bus plunges into ravine on Kelmar mountain road</h1>${BUS_CRASH.split('\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  db = join(dir, 'store.db');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep ingest', () => {
  it('ingests a folder, links the reprint, and prints a JSON summary', () => {
    const r = cli(['ingest', corpus, '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ inserted: 3, nearDuplicates: 1, exists: 0, failed: 0, failures: [] });
    const reprint = s.documents.find((d: { location: string }) => d.location.endsWith('02-flood-reprint.txt'));
    const wire = s.documents.find((d: { location: string }) => d.location.endsWith('01-flood-wire.txt'));
    expect(reprint.status).toBe('near-duplicate');
    expect(reprint.duplicateOf.id).toBe(wire.id);
  });

  it('adds nothing on a re-run, and says so in the text summary', () => {
    const r = cli(['ingest', corpus, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^4 document\(s\): 0 new, 0 near-duplicate, 4 already stored; 0 failed;/);
    expect(JSON.parse(cli(['docs', '--db', db, '--json']).stdout)).toHaveLength(4);
  });

  it('reports each bad input, stores the good ones, and exits 1', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    writeFileSync(join(bad, 'lines.jsonl'), `${JSON.stringify({ id: 'market-1', outlet: 'Qarvan Post', text: MARKET_BLAST })}\n{"text": "broken\n`);
    const badDb = join(dir, 'bad.db');
    const r = cli(['ingest', bad, join(dir, 'no-such-file.txt'), '--db', badDb, '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.inserted).toBe(1);
    expect(s.failed).toBe(4);
    const failedAt = s.failures.map((f: { location: string }) => f.location.replace(dir, '')).sort();
    expect(failedAt).toEqual(['/bad/binary.txt', '/bad/empty.txt', '/bad/lines.jsonl:2', '/no-such-file.txt'].sort());
    for (const f of s.failures) expect(r.stderr).toContain(`failed ${f.location}: ${f.reason}`);
    const docs = JSON.parse(cli(['docs', '--db', badDb, '--json']).stdout);
    expect(docs.map((d: { id: string }) => d.id)).toEqual(['market-1']);
  });

  it('refuses a 50 MB file under the default size limit and honours --max-bytes', () => {
    const huge = join(dir, 'huge');
    mkdirSync(huge);
    writeFileSync(join(huge, 'big.txt'), Buffer.alloc(50 * 1024 * 1024, 'flood water rose again. '));
    writeFileSync(join(huge, 'small.txt'), BUS_CRASH);
    const hugeDb = join(dir, 'huge.db');
    const r = cli(['ingest', huge, '--db', hugeDb, '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ inserted: 1, failed: 1 });
    expect(s.failures[0].location).toBe(join(huge, 'big.txt'));
    expect(s.failures[0].rule).toBe('ingest:too-large');
    const tight = cli(['ingest', join(huge, 'small.txt'), '--db', join(dir, 'tight.db'), '--max-bytes', '100', '--json']);
    expect(tight.code).toBe(1);
    expect(JSON.parse(tight.stdout).failures[0].rule).toBe('ingest:too-large');
  });

  it('reads standard input with -', () => {
    const stdinDb = join(dir, 'stdin.db');
    const r = cli(['ingest', '-', '--db', stdinDb, '--json'], { input: BUS_CRASH });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).inserted).toBe(1);
    const [doc] = JSON.parse(cli(['docs', '--db', stdinDb, '--json']).stdout);
    expect(doc.title).toBe('Bus plunges into ravine on Kelmar mountain road');
  });

  it('uses SITREP_DB when --db is absent', () => {
    const envDb = join(dir, 'env.db');
    expect(cli(['ingest', join(corpus, '03-flood-other.txt')], { env: { SITREP_DB: envDb } }).code).toBe(0);
    expect(JSON.parse(cli(['docs', '--json'], { env: { SITREP_DB: envDb } }).stdout)).toHaveLength(1);
  });

  it('exits 2 on usage errors and 1 when the store cannot be opened', () => {
    expect(cli(['ingest', '--db', db]).code).toBe(2);
    expect(cli(['ingest', corpus, '--db', db, '--bogus']).code).toBe(2);
    expect(cli(['ingest', corpus, '--db', db, '--max-bytes', 'lots']).code).toBe(2);
    const r = cli(['ingest', corpus, '--db', join(dir, 'missing-dir', 'x.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot open store');
  });
});

describe('sitrep docs and show', () => {
  it('lists documents as a table and as JSON, with --limit/--offset/--search', () => {
    const table = cli(['docs', '--db', db]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+PUBLISHED\s+OUTLET\s+FIGURES\s+DUPLICATE OF\s+TITLE$/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('Seventeen dead as flash floods hit Tavel valley');
    expect(lines[2]).toMatch(/~d\w+ \(0\.\d\d\)/);
    const json = JSON.parse(cli(['docs', '--db', db, '--json', '--limit', '2', '--offset', '1']).stdout);
    expect(json.map((d: { title: string }) => d.title)).toEqual([
      'Seventeen dead as flash floods hit Tavel valley',
      'Tavel valley counts its dead after night of floods',
    ]);
    const found = JSON.parse(cli(['docs', '--db', db, '--json', '--search', 'Kelmar ravine']).stdout);
    expect(found).toHaveLength(1);
    expect(found[0].outlet).toBe('Dunmere Daily');
    expect(cli(['docs', '--db', db, '--limit', '-3']).code).toBe(2);
    expect(cli(['docs', 'extra', '--db', db]).code).toBe(2);
  });

  it('shows one document as text and JSON; unknown id exits 1; missing id exits 2', () => {
    const [first] = JSON.parse(cli(['docs', '--db', db, '--json', '--limit', '1']).stdout);
    const text = cli(['show', first.id, '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Floods kill 17 in Varennia river valley');
    expect(text.stdout).toContain(`id:        ${first.id}`);
    expect(text.stdout).toContain('Rescue teams using inflatable boats');
    const json = JSON.parse(cli(['show', first.id, '--db', db, '--json']).stdout);
    expect(json.id).toBe(first.id);
    expect(json.meta.title).toBe('Floods kill 17 in Varennia river valley');
    expect(Array.isArray(json.sentences)).toBe(true);
    const missing = cli(['show', 'nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no document with id "nope"');
    expect(cli(['show', '--db', db]).code).toBe(2);
  });
});

describe('sitrep demo', () => {
  it('ingests the bundled examples and reports documents, the reprint and figures', () => {
    const demoDb = join(dir, 'demo.db');
    const r = cli(['demo', '--db', demoDb, '--json', '--no-serve']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary.failed).toBe(0);
    expect(out.documents.length).toBeGreaterThanOrEqual(5);
    expect(out.documents.filter((d: { duplicateOf: unknown }) => d.duplicateOf)).toHaveLength(1);
    const text = cli(['demo', '--db', demoDb, '--no-serve']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Near-duplicates (1):');
    expect(text.stdout).toContain('Figures per document:');
    expect(text.stdout).toMatch(/Stories \(\d+\):\n  \S+ +\d+ reports  \S/);
    expect(cli(['demo', '--frobnicate']).code).toBe(2);
  });
});
