/**
 * `sitrep brief STORY [--format md|html|json] [--db PATH] [--out FILE]` writes the situation report of a stored story;
 * `sitrep brief --files FILE... [--published DATE]` briefs a set of files directly, without a store.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, UsageError } from '../args.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS, StoreOpenError, withStore } from '../store-option.js';
import { buildBrief } from '../../brief/build-brief.js';
import { renderMarkdown } from '../../brief/render-markdown.js';
import { renderHtml } from '../../brief/render-html.js';
import type { Brief } from '../../brief/types.js';
import { storyFromFiles, storyFromStore } from '../../brief/load-stories.js';
import type { StoryInput } from '../../reconcile/types.js';

const SPEC = { ...STORE_FLAGS, format: 'string', files: 'boolean', published: 'string', out: 'string', help: 'boolean' } as const;
const HELP =
  'usage: sitrep brief STORY [--format md|html|json] [--db PATH] [--out FILE]\n' +
  '       sitrep brief --files FILE... [--published YYYY-MM-DD] [--format md|html|json] [--out FILE]';

export const RENDERERS: Readonly<Record<string, (b: Brief) => string>> = {
  md: renderMarkdown,
  html: renderHtml,
  json: (b) => JSON.stringify(b, null, 2) + '\n',
};

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv, SPEC);
    if (parsed.flags.help) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    const format = String(parsed.flags.format ?? 'md');
    if (!(format in RENDERERS)) throw new UsageError(`unknown --format "${format}" (md, html or json)`);
    if (!parsed.positionals.length) throw new UsageError(parsed.flags.files ? '--files needs at least one FILE' : 'brief needs a STORY id');
    if (!parsed.flags.files && parsed.positionals.length > 1) throw new UsageError('brief takes one STORY id (use --files for files)');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sitrep brief: ${err.message}\n${HELP}\n`);
    return EXIT.usage;
  }
  const { flags, positionals } = parsed;
  let story: StoryInput | null;
  let failed = 0;
  try {
    if (flags.files) {
      const r = await storyFromFiles(positionals, typeof flags.published === 'string' ? flags.published : undefined);
      for (const f of r.failures) process.stderr.write(`sitrep brief: ${f}\n`);
      failed = r.failures.length;
      story = r.story;
    } else story = await withStore(flags, (store) => storyFromStore(store, positionals[0]));
  } catch (err) {
    if (!(err instanceof StoreOpenError) && !(err instanceof Error && /stories are not available/.test(err.message))) throw err;
    process.stderr.write(`sitrep brief: ${(err as Error).message}\n`);
    return EXIT.someFailed;
  }
  if (!story) {
    process.stderr.write(`sitrep brief: no story "${positionals[0]}" in the store (sitrep stories lists them)\n`);
    return EXIT.someFailed;
  }
  const text = RENDERERS[String(flags.format ?? 'md')](buildBrief(story));
  if (typeof flags.out === 'string') writeFileSync(flags.out, text);
  else process.stdout.write(text);
  return failed ? EXIT.someFailed : EXIT.ok;
}
