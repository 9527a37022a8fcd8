/**
 * `sitrep ingest PATH|URL|- ... [--db PATH] [--json] [--quiet] [--max-bytes N] [--timeout MS] [--max-redirects N]
 *  [--published DATE] [--no-analyze]`
 * Reads articles into the store. Failures are printed per input on standard error; the summary goes to standard
 * output (JSON with --json). Exit 0 when every input was read, 1 when some failed, 2 on a usage error.
 */
import { ingestInputs, type IngestSummary } from '../../ingest/ingest-batch.js';
import { parseArgs, UsageError } from '../args.js';
import { EXIT } from '../main.js';
import { createProgress } from '../progress.js';
import { STORE_FLAGS, StoreOpenError, withStore } from '../store-option.js';

const SPEC = {
  ...STORE_FLAGS,
  json: 'boolean',
  quiet: 'boolean',
  'max-bytes': 'string',
  timeout: 'string',
  'max-redirects': 'string',
  published: 'string',
  'no-analyze': 'boolean',
  help: 'boolean',
} as const;

const HELP = `usage: sitrep ingest PATH|URL|- ... [options]
  --db PATH|URL        store (default: SITREP_DB, else ./sitrep.db)
  --json               print the summary as JSON
  --quiet              print nothing but failures
  --max-bytes N        skip inputs larger than N bytes (default 10 MiB)
  --timeout MS         URL fetch timeout
  --max-redirects N    URL redirect limit
  --published DATE     publication date for inputs that carry none
  --no-analyze         store cleaned documents without running the analysis pipeline`;

export async function run(argv: string[]): Promise<number> {
  let flags: Record<string, string | boolean>;
  let inputs: string[];
  try {
    ({ flags, positionals: inputs } = parseArgs(argv, SPEC));
    if (flags.help) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    if (!inputs.length) throw new UsageError('give at least one PATH, URL or - (standard input)');
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`sitrep ingest: ${err.message}\n${HELP}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  let readOpts;
  try {
    readOpts = {
      ...optionalNumber(flags, 'max-bytes', 'maxBytes'),
      ...optionalNumber(flags, 'timeout', 'fetchTimeoutMs'),
      ...optionalNumber(flags, 'max-redirects', 'maxRedirects'),
      ...(typeof flags.published === 'string' ? { published: flags.published } : {}),
    };
  } catch (err) {
    process.stderr.write(`sitrep ingest: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const progress = createProgress(process.stderr);
  try {
    const summary = await withStore(flags, (store) =>
      ingestInputs(store, inputs, { ...readOpts, skipAnalysis: flags['no-analyze'] === true, onProgress: (p) => progress.update(p) }),
    );
    progress.done();
    printSummary(summary, flags);
    return summary.failed ? EXIT.someFailed : EXIT.ok;
  } catch (err) {
    progress.done();
    if (err instanceof StoreOpenError) {
      process.stderr.write(`sitrep ingest: ${err.message}\n`);
      return EXIT.someFailed;
    }
    throw err;
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
