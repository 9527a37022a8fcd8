/**
 * `sitrep docs [--db PATH] [--json] [--limit N] [--offset N] [--search WORDS]`: lists stored documents in ingestion
 * order (or best match first with --search). JSON: an array of DocumentSummary.
 */
import type { DocumentSummary } from '../../store/index.js';
import { UsageError, wholeNumber } from '../args.js';
import { EXIT } from '../main.js';
import { runCommand } from '../command.js';
import { STORE_FLAGS, withStore } from '../store-option.js';

const SPEC = { ...STORE_FLAGS, json: 'boolean', limit: 'string', offset: 'string', search: 'string' } as const;
const HELP = 'usage: sitrep docs [--db PATH] [--json] [--limit N (default 100)] [--offset N] [--search WORDS]';

export function run(argv: string[]): Promise<number> {
  return runCommand('docs', HELP, SPEC, argv, async ({ positionals, flags }) => {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const limit = wholeNumber(flags.limit, 'limit', 100);
    const offset = wholeNumber(flags.offset, 'offset', 0);
    const search = flags.search;
    const docs = await withStore(flags, (store) =>
      typeof search === 'string' ? store.searchDocuments(search, limit) : store.listDocuments({ limit, offset }),
    );
    process.stdout.write(flags.json ? JSON.stringify(docs, null, 2) + '\n' : formatTable(docs));
    return EXIT.ok;
  });
}


export function formatTable(docs: DocumentSummary[]): string {
  if (!docs.length) return 'no documents\n';
  const rows = docs.map((d) => [
    d.id,
    (d.published ?? '').slice(0, 10),
    clip(d.outlet ?? '', 24),
    String(d.figureCount),
    d.duplicateOf ? `~${d.duplicateOf.id} (${d.duplicateOf.similarity.toFixed(2)})` : '',
    clip(d.title ?? '(untitled)', 70),
  ]);
  const head = ['ID', 'PUBLISHED', 'OUTLET', 'FIGURES', 'DUPLICATE OF', 'TITLE'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
