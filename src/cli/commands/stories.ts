/**
 * `sitrep stories [--db PATH] [--json] [--limit N] [--offset N]`: lists the stories in the store, latest first.
 * JSON: an array of `{id, label, firstReport, lastReport, documentCount, dateRange: {start, end} | null}`.
 */
import { listStories, type StorySummary } from '../../stories/index.js';
import { parseArgs, UsageError } from '../args.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS, StoreOpenError, withStore } from '../store-option.js';

const SPEC = { ...STORE_FLAGS, json: 'boolean', limit: 'string', offset: 'string', help: 'boolean' } as const;
const HELP = 'usage: sitrep stories [--db PATH] [--json] [--limit N] [--offset N]';

function count(v: string | boolean | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number >= 0`);
  return n;
}

export async function run(argv: string[]): Promise<number> {
  let flags: Record<string, string | boolean>;
  let limit: number | undefined;
  let offset: number | undefined;
  try {
    const parsed = parseArgs(argv, SPEC);
    flags = parsed.flags;
    if (flags.help) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    if (parsed.positionals.length) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    limit = count(flags.limit, 'limit');
    offset = count(flags.offset, 'offset');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sitrep stories: ${err.message}\n${HELP}\n`);
    return EXIT.usage;
  }
  try {
    const stories = await withStore(flags, (store) => listStories(store, { limit, offset }));
    process.stdout.write(flags.json ? JSON.stringify(stories, null, 2) + '\n' : formatStories(stories));
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof StoreOpenError)) throw err;
    process.stderr.write(`sitrep stories: ${err.message}\n`);
    return EXIT.someFailed;
  }
}

export function formatStories(stories: StorySummary[]): string {
  if (!stories.length) return 'no stories (ingest documents first: sitrep ingest PATH)\n';
  const rows = stories.map((s) => [s.id, String(s.documentCount).padStart(4), s.label]);
  return ['id                docs  label', ...rows.map((r) => r.join('  '))].join('\n') + '\n';
}
