/**
 * `sitrep brief STORY [--format md|html|json] [--db PATH] [--out FILE]` writes the situation report of a stored story;
 * `sitrep brief --files FILE... [--published DATE]` briefs a set of files directly, without a store.
 */
import { UsageError } from '../args.js';
import { runCommand } from '../command.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS } from '../store-option.js';
import { filesStory, readStories, writeOutput } from '../story-input.js';
import { buildBrief } from '../../brief/build-brief.js';
import { renderMarkdown } from '../../brief/render-markdown.js';
import { renderHtml } from '../../brief/render-html.js';
import type { Brief } from '../../brief/types.js';
import { storyFromStore } from '../../brief/load-stories.js';

const SPEC = { ...STORE_FLAGS, format: 'string', files: 'boolean', published: 'string', out: 'string' } as const;
const HELP =
  'usage: sitrep brief STORY [--format md|html|json] [--db PATH] [--out FILE]\n' +
  '       sitrep brief --files FILE... [--published YYYY-MM-DD] [--format md|html|json] [--out FILE]';

export const RENDERERS: Readonly<Record<string, (b: Brief) => string>> = {
  md: renderMarkdown,
  html: renderHtml,
  json: (b) => JSON.stringify(b, null, 2) + '\n',
};

export function run(argv: string[]): Promise<number> {
  return runCommand('brief', HELP, SPEC, argv, async ({ flags, positionals }) => {
    const format = String(flags.format ?? 'md');
    if (!(format in RENDERERS)) throw new UsageError(`unknown --format "${format}" (md, html or json)`);
    if (!positionals.length) throw new UsageError(flags.files ? '--files needs at least one FILE' : 'brief needs a STORY id');
    if (!flags.files && positionals.length > 1) throw new UsageError('brief takes one STORY id (use --files for files)');
    const { story, failed } = flags.files
      ? await filesStory('brief', positionals, flags)
      : { story: await readStories(flags, (store) => storyFromStore(store, positionals[0])), failed: 0 };
    if (!story) {
      process.stderr.write(`sitrep brief: no story "${positionals[0]}" in the store (sitrep stories lists them)\n`);
      return EXIT.someFailed;
    }
    const written = writeOutput('brief', flags, RENDERERS[format](buildBrief(story)));
    return failed || !written ? EXIT.someFailed : EXIT.ok;
  });
}
