/**
 * `sitrep export --format acled|ucdp|geojson|json|hxl [--story ID] [--db PATH] [--out FILE]` exports stored stories
 * (all, or one with --story); `--files FILE...` exports a set of files as one story, without a store.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, UsageError } from '../args.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS, StoreOpenError, withStore } from '../store-option.js';
import { EXPORTERS, type ExportFormat } from '../../export/index.js';
import { allStoriesFromStore, storyFromFiles, storyFromStore } from '../../brief/load-stories.js';
import { reconcileStory } from '../../reconcile/reconcile-story.js';
import type { StoryInput } from '../../reconcile/types.js';

const SPEC = { ...STORE_FLAGS, format: 'string', story: 'string', files: 'boolean', published: 'string', out: 'string', help: 'boolean' } as const;
const HELP =
  'usage: sitrep export --format acled|ucdp|geojson|json|hxl [--story ID] [--db PATH] [--out FILE]\n' +
  '       sitrep export --format FORMAT --files FILE... [--published YYYY-MM-DD] [--out FILE]';

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv, SPEC);
    if (parsed.flags.help) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    const format = parsed.flags.format;
    if (typeof format !== 'string') throw new UsageError('export needs --format');
    if (!(format in EXPORTERS)) throw new UsageError(`unknown --format "${format}" (${Object.keys(EXPORTERS).join(', ')})`);
    if (parsed.flags.files && !parsed.positionals.length) throw new UsageError('--files needs at least one FILE');
    if (!parsed.flags.files && parsed.positionals.length) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sitrep export: ${err.message}\n${HELP}\n`);
    return EXIT.usage;
  }
  const { flags, positionals } = parsed;
  let stories: StoryInput[];
  let failed = 0;
  try {
    if (flags.files) {
      const r = await storyFromFiles(positionals, typeof flags.published === 'string' ? flags.published : undefined);
      for (const f of r.failures) process.stderr.write(`sitrep export: ${f}\n`);
      failed = r.failures.length;
      stories = [r.story];
    } else if (typeof flags.story === 'string') {
      const id = flags.story;
      const s = await withStore(flags, (store) => storyFromStore(store, id));
      if (!s) {
        process.stderr.write(`sitrep export: no story "${id}" in the store\n`);
        return EXIT.someFailed;
      }
      stories = [s];
    } else stories = await withStore(flags, (store) => allStoriesFromStore(store));
  } catch (err) {
    if (!(err instanceof StoreOpenError) && !(err instanceof Error && /stories are not available/.test(err.message))) throw err;
    process.stderr.write(`sitrep export: ${(err as Error).message}\n`);
    return EXIT.someFailed;
  }
  const text = EXPORTERS[flags.format as ExportFormat](stories.map(reconcileStory));
  if (typeof flags.out === 'string') writeFileSync(flags.out, text);
  else process.stdout.write(text);
  return failed ? EXIT.someFailed : EXIT.ok;
}
