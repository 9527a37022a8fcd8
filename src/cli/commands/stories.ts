/**
 * `sitrep stories [--db PATH] [--json] [--limit N] [--offset N]`: lists the stories in the store, latest first.
 * JSON: an array of `{id, label, firstReport, lastReport, documentCount, dateRange: {start, end} | null}`.
 */
import { listStories, type StorySummary } from '../../stories/index.js';
import { UsageError, wholeNumber } from '../args.js';
import { EXIT } from '../main.js';
import { runCommand } from '../command.js';
import { STORE_FLAGS, withStore } from '../store-option.js';

const SPEC = { ...STORE_FLAGS, json: 'boolean', limit: 'string', offset: 'string' } as const;
const HELP = 'usage: sitrep stories [--db PATH] [--json] [--limit N] [--offset N]';

export function run(argv: string[]): Promise<number> {
  return runCommand('stories', HELP, SPEC, argv, async ({ positionals, flags }) => {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const limit = wholeNumber(flags.limit, 'limit', undefined);
    const offset = wholeNumber(flags.offset, 'offset', undefined);
    const stories = await withStore(flags, (store) => listStories(store, { limit, offset }));
    process.stdout.write(flags.json ? JSON.stringify(stories, null, 2) + '\n' : formatStories(stories));
    return EXIT.ok;
  });
}

export function formatStories(stories: StorySummary[]): string {
  if (!stories.length) return 'no stories (ingest documents first: sitrep ingest PATH)\n';
  const rows = stories.map((s) => [s.id, String(s.documentCount).padStart(4), s.label]);
  return ['id                docs  label', ...rows.map((r) => r.join('  '))].join('\n') + '\n';
}
