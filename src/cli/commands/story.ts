/**
 * `sitrep story ID [--db PATH] [--json]`: one story with its reports (oldest first). JSON: `{id, label, firstReport,
 * lastReport, documentCount, dateRange, documents: [{id, outlet, published, title, url}]}`. Exit 1 when no story
 * has this id.
 */
import { getStory, type StoryDetail } from '../../stories/index.js';
import { parseArgs, UsageError } from '../args.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS, StoreOpenError, withStore } from '../store-option.js';

const SPEC = { ...STORE_FLAGS, json: 'boolean', help: 'boolean' } as const;
const HELP = 'usage: sitrep story ID [--db PATH] [--json]';

export async function run(argv: string[]): Promise<number> {
  let flags: Record<string, string | boolean>;
  let id: string;
  try {
    const parsed = parseArgs(argv, SPEC);
    flags = parsed.flags;
    if (flags.help) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1) throw new UsageError('story needs exactly one story ID (see sitrep stories)');
    id = parsed.positionals[0];
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sitrep story: ${err.message}\n${HELP}\n`);
    return EXIT.usage;
  }
  try {
    const story = await withStore(flags, (store) => getStory(store, id));
    if (!story) {
      process.stderr.write(`sitrep story: no story "${id}" (list them with sitrep stories)\n`);
      return EXIT.someFailed;
    }
    process.stdout.write(flags.json ? JSON.stringify(story, null, 2) + '\n' : formatStory(story));
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof StoreOpenError)) throw err;
    process.stderr.write(`sitrep story: ${err.message}\n`);
    return EXIT.someFailed;
  }
}

export function formatStory(s: StoryDetail): string {
  const range = s.dateRange ? (s.dateRange.start === s.dateRange.end ? s.dateRange.start : `${s.dateRange.start} to ${s.dateRange.end}`) : '-';
  const lines = [
    `${s.label}`,
    `id:        ${s.id}`,
    `events:    ${range}`,
    `reports:   ${s.documentCount} (first ${s.firstReport ?? '-'}, last ${s.lastReport ?? '-'})`,
    '',
    ...s.documents.map((d) => `  ${(d.published ?? '').slice(0, 10).padEnd(10)}  ${(d.outlet ?? '-').slice(0, 24).padEnd(24)}  ${d.title ?? '(untitled)'}  [${d.id}]`),
  ];
  return lines.join('\n') + '\n';
}
