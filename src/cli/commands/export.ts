/**
 * `sitrep export --format acled|ucdp|geojson|json|hxl [--story ID] [--db PATH] [--out FILE]` exports stored stories
 * (all, or one with --story); `--files FILE...` exports a set of files as one story, without a store.
 */
import { UsageError } from '../args.js';
import { runCommand } from '../command.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS } from '../store-option.js';
import { filesStory, readStories, writeOutput } from '../story-input.js';
import { EXPORTERS, type ExportFormat } from '../../export/index.js';
import { allStoriesFromStore, storyFromStore } from '../../brief/load-stories.js';
import { reconcileStory } from '../../reconcile/reconcile-story.js';
import type { StoryInput } from '../../reconcile/types.js';

const SPEC = { ...STORE_FLAGS, format: 'string', story: 'string', files: 'boolean', published: 'string', out: 'string' } as const;
const HELP =
  'usage: sitrep export --format acled|ucdp|geojson|json|hxl [--story ID] [--db PATH] [--out FILE]\n' +
  '       sitrep export --format FORMAT --files FILE... [--published YYYY-MM-DD] [--out FILE]';

export function run(argv: string[]): Promise<number> {
  return runCommand('export', HELP, SPEC, argv, async ({ flags, positionals }) => {
    const format = flags.format;
    if (typeof format !== 'string') throw new UsageError('export needs --format');
    if (!(format in EXPORTERS)) throw new UsageError(`unknown --format "${format}" (${Object.keys(EXPORTERS).join(', ')})`);
    if (flags.files && !positionals.length) throw new UsageError('--files needs at least one FILE');
    if (!flags.files && positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const files = flags.files ? await filesStory('export', positionals, flags) : null;
    const stories = files ? [files.story] : await storedStories(flags);
    if (!stories) return EXIT.someFailed;
    const written = writeOutput('export', flags, EXPORTERS[format as ExportFormat](stories.map(reconcileStory)));
    return files?.failed || !written ? EXIT.someFailed : EXIT.ok;
  });
}

/** Every stored story, or the one `--story` names (null, reported, when there is none). */
async function storedStories(flags: Record<string, string | boolean>): Promise<StoryInput[] | null> {
  const id = flags.story;
  if (typeof id !== 'string') return readStories(flags, allStoriesFromStore);
  const s = await readStories(flags, (store) => storyFromStore(store, id));
  if (!s) process.stderr.write(`sitrep export: no story "${id}" in the store\n`);
  return s && [s];
}
