import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run-cli.js';
import { scoreClusters } from '../../src/eval/eval-stories.js';
import { FIXTURE_DIR, fixtureGold } from './fixture-docs.js';

const ARTICLES = join(FIXTURE_DIR, 'articles.jsonl');

describe('sitrep cluster', () => {
  it('prints one {id, story} line per document in input order, from a JSONL file', () => {
    const r = cli(['cluster', '--jsonl', ARTICLES]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
    expect(lines.map((l) => l.id)).toEqual(fixtureGold().map((g) => g.id));
    expect(Object.keys(lines[0]).sort()).toEqual(['id', 'story']);
    expect(scoreClusters(lines, fixtureGold()).f1).toBeGreaterThanOrEqual(0.9);
  });

  it('reads JSONL from standard input and reports bad lines with exit 1', () => {
    const input = readFileSync(ARTICLES, 'utf8').split('\n').slice(0, 3).join('\n') + '\nnot json\n';
    const r = cli(['cluster', '--jsonl'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('is a usage error without inputs', () => {
    expect(cli(['cluster']).code).toBe(2);
  });
});

describe('sitrep stories / story', () => {
  it('lists the stories ingest formed and shows one', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sitrep-stories-cli-')), 'store.db');
    const subset = readFileSync(ARTICLES, 'utf8').split('\n').filter((l) => /"id": "[ab]0/.test(l)).join('\n') + '\n';
    expect(cli(['ingest', '--db', db, '-'], { input: subset }).code).toBe(0);
    const list = cli(['stories', '--db', db, '--json']);
    expect(list.code).toBe(0);
    const stories = JSON.parse(list.stdout) as Array<{ id: string; label: string; documentCount: number }>;
    expect(stories.map((s) => s.documentCount)).toEqual([5, 5]);
    expect(stories[1].label).toMatch(/Kutum/);
    const text = cli(['stories', '--db', db]);
    expect(text.stdout).toContain(stories[0].id);
    const one = cli(['story', stories[1].id, '--db', db, '--json']);
    expect(one.code).toBe(0);
    const detail = JSON.parse(one.stdout) as { documents: Array<{ title: string }> };
    expect(detail.documents).toHaveLength(5);
    expect(detail.documents.map((d) => d.title)).toContain('Air strike hits crowded market in Kutum');
    expect(cli(['story', 'st-missing', '--db', db]).code).toBe(1);
    expect(cli(['story', '--db', db]).code).toBe(2);
  });
});
