/**
 * `sitrep ingest PATH|URL|- ... [--db PATH] [--json] [--quiet] [--max-bytes N] [--timeout MS] [--max-redirects N]
 *  [--published DATE] [--no-analyze]`
 * Reads articles into the store. Failures are printed per input on standard error; the summary goes to standard
 * output (JSON with --json). Exit 0 when every input was read, 1 when some failed, 2 on a usage error.
 */
import { ingestInputs, type IngestSummary } from '../../ingest/ingest-batch.js';
import { UsageError } from '../args.js';
import { runCommand } from '../command.js';
import { EXIT } from '../main.js';
import { createProgress } from '../progress.js';
import { publishedFlag } from '../read-documents.js';
import { STORE_FLAGS, withStore } from '../store-option.js';

const SPEC = {
  ...STORE_FLAGS,
  json: 'boolean',
  quiet: 'boolean',
  'max-bytes': 'string',
  timeout: 'string',
  'max-redirects': 'string',
  published: 'string',
  'no-analyze': 'boolean',
} as const;

const HELP = `usage: sitrep ingest PATH|URL|- ... [options]
  --db PATH|URL        store (default: SITREP_DB, else ./sitrep.db)
  --json               print the summary as JSON
  --quiet              print nothing but failures
  --max-bytes N        skip inputs larger than N bytes (default 10 MiB)
  --timeout MS         URL fetch timeout
  --max-redirects N    URL redirect limit
  --published DATE     publication date (YYYY-MM-DD) for inputs that carry none
  --no-analyze         store cleaned documents without running the analysis pipeline`;

export function run(argv: string[]): Promise<number> {
  return runCommand('ingest', HELP, SPEC, argv, async ({ flags, positionals: inputs }) => {
    if (!inputs.length) throw new UsageError('give at least one PATH, URL or - (standard input)');
    const readOpts = readOptions(flags);
    if (!readOpts) return EXIT.usage;
    const progress = createProgress(process.stderr);
    let summary: IngestSummary;
    try {
      summary = await withStore(flags, (store) =>
        ingestInputs(store, inputs, { ...readOpts, skipAnalysis: flags['no-analyze'] === true, onProgress: (p) => progress.update(p) }),
      );
    } finally {
      progress.done();
    }
    printSummary(summary, flags);
    return summary.failed ? EXIT.someFailed : EXIT.ok;
  });
}

/** The reader's limits and date from the flags; a bad number is reported (without the usage text) as null. */
function readOptions(flags: Record<string, string | boolean>): Record<string, number | string> | null {
  try {
    return {
      ...optionalNumber(flags, 'max-bytes', 'maxBytes'),
      ...optionalNumber(flags, 'timeout', 'fetchTimeoutMs'),
      ...optionalNumber(flags, 'max-redirects', 'maxRedirects'),
      ...(flags.published !== undefined ? { published: publishedFlag(flags.published)! } : {}),
    };
  } catch (err) {
    process.stderr.write(`sitrep ingest: ${(err as Error).message}\n`);
    return null;
  }
}

function optionalNumber(flags: Record<string, string | boolean>, flag: string, key: string): Record<string, number> {
  const v = flags[flag];
  if (typeof v !== 'string') return {};
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${flag} needs a non-negative number, got "${v}"`);
  return { [key]: n };
}

function printSummary(s: IngestSummary, flags: Record<string, string | boolean>): void {
  for (const f of s.failures) process.stderr.write(`sitrep ingest: failed ${f.location}: ${f.reason} [${f.rule}]\n`);
  for (const w of s.warnings) process.stderr.write(`sitrep ingest: warning: ${w}\n`);
  if (flags.json) {
    process.stdout.write(JSON.stringify(s, null, 2) + '\n');
    return;
  }
  if (flags.quiet) return;
  const secs = s.elapsedMs / 1000;
  const total = s.inserted + s.nearDuplicates + s.exists;
  process.stdout.write(
    `${total} document(s): ${s.inserted} new, ${s.nearDuplicates} near-duplicate, ${s.exists} already stored; ` +
      `${s.failed} failed; ${secs.toFixed(1)} s (${(total / Math.max(secs, 0.001)).toFixed(1)} docs/s)\n`,
  );
}
