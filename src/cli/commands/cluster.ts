/**
 * `sitrep cluster [FILE...] [--jsonl] [--published DATE]`: stateless story clustering. Reads documents like
 * `sitrep extract` (files, directories, URLs, `-`; with --jsonl, JSON Lines `{id, text|html, published?, title?}` from
 * the files or standard input), cleans and analyses them, clusters them in memory and prints one line per document
 * in input order: `{"id": "...", "story": "s1"}`. Nothing is stored. Inputs that cannot be read are reported on
 * stderr and the exit code is 1.
 */
import { UsageError } from '../args.js';
import { EXIT } from '../main.js';
import { runCommand } from '../command.js';
import { publishedFlag, readDocuments } from '../read-documents.js';
import { cleanArticle } from '../../ingest/clean-article.js';
import type { SitrepDocument } from '../../model/document.js';
import { analyzeBatch } from '../../pipeline/analyze.js';
import { clusterDocuments } from '../../stories/cluster-documents.js';

const USAGE = 'usage: sitrep cluster [FILE|URL|- ...] [--jsonl] [--published YYYY-MM-DD]';

export function run(argv: string[]): Promise<number> {
  return runCommand('cluster', USAGE, { jsonl: 'boolean', published: 'string' }, argv, async ({ positionals, flags }) => {
    const jsonl = flags.jsonl === true;
    if (!jsonl && positionals.length === 0) throw new UsageError('cluster needs FILE, URL or - (or --jsonl to read standard input)');
    const docs: SitrepDocument[] = [];
    let failed = 0;
    for await (const r of readDocuments(positionals, { jsonl, published: publishedFlag(flags.published) })) {
      if (!r.ok) {
        failed++;
        process.stderr.write(`sitrep cluster: ${r.location}: ${r.diagnostic.reason}\n`);
        continue;
      }
      docs.push(cleanArticle(r.article));
    }
    analyzeBatch(docs);
    for (const line of clusterDocuments(docs)) process.stdout.write(JSON.stringify(line) + '\n');
    return failed ? EXIT.someFailed : EXIT.ok;
  });
}
