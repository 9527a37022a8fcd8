/**
 * `sitrep extract [FILE...] [--published YYYY-MM-DD] [--jsonl]`: reads articles, analyses them and prints one JSON
 * object per document per line: `{id, title, published, figures, diagnostics, actors, places, events}`. Stateless:
 * nothing is stored. FILE may be text, HTML, a feed or JSON Lines; `-` or no FILE reads standard input.
 * With --jsonl every input is read as JSON Lines `{id, text | html, published?, title?}` and exactly one output line
 * is written per non-blank input line, in order, echoing the id (a broken line prints `{id, error, …}`).
 * Exit codes: 0 ok, 1 some inputs failed, 2 usage.
 */
import { EXIT } from '../main.js';
import { runCommand } from '../command.js';
import { publishedFlag, readDocuments } from '../read-documents.js';
import { cleanArticle } from '../../ingest/clean-article.js';
import { analyzeBatch, BATCH_SIZE } from '../../pipeline/analyze.js';
import { batchesOf } from '../../pipeline/batches-of.js';
import { extractionJson } from '../../extract/figure-json.js';
import type { SitrepDocument } from '../../model/document.js';

const USAGE = 'usage: sitrep extract [FILE|URL|- ...] [--published YYYY-MM-DD] [--jsonl]';

export function run(argv: string[]): Promise<number> {
  return runCommand('extract', USAGE, { jsonl: 'boolean', published: 'string' }, argv, async ({ positionals, flags }) => {
    const jsonl = flags.jsonl === true;
    let failed = 0;
    // documents are analysed a few at a time (analyzeBatch is faster than one by one); outputs keep input order
    for await (const batch of batchesOf(readDocuments(positionals, { jsonl, published: publishedFlag(flags.published) }), BATCH_SIZE)) {
      const docs: SitrepDocument[] = [];
      for (const r of batch) if (r.ok) docs.push(cleanArticle(r.article));
      analyzeBatch(docs);
      let d = 0;
      for (const r of batch) {
        if (r.ok) {
          write(extractionJson(docs[d++]));
          continue;
        }
        failed++;
        // A broken JSON Lines entry keeps its output line (with a null id) so outputs stay aligned with inputs.
        if (jsonl) write({ id: null, error: r.diagnostic.reason, figures: [], diagnostics: [r.diagnostic] });
        else process.stderr.write(`sitrep extract: ${r.location}: ${r.diagnostic.reason}\n`);
      }
    }
    return failed ? EXIT.someFailed : EXIT.ok;
  });
}

function write(obj: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(obj) + '\n');
}
