/**
 * `sitrep story ID [--db PATH] [--json]`: one story with its reports (oldest first). JSON: `{id, label, firstReport,
 * lastReport, documentCount, dateRange, documents: [{id, outlet, published, title, url}]}`. Exit 1 when no story
 * has this id.
 */
import { getStory, type StoryDetail } from '../../stories/index.js';
import { EXIT } from '../main.js';
import { onePositional, runCommand } from '../command.js';
import { STORE_FLAGS, withStore } from '../store-option.js';

const SPEC = { ...STORE_FLAGS, json: 'boolean' } as const;
const HELP = 'usage: sitrep story ID [--db PATH] [--json]';

export function run(argv: string[]): Promise<number> {
  return runCommand('story', HELP, SPEC, argv, async (args) => {
    const id = onePositional(args, 'story ID (see sitrep stories)');
    const story = await withStore(args.flags, (store) => getStory(store, id));
    if (!story) {
      process.stderr.write(`sitrep story: no story "${id}" (list them with sitrep stories)\n`);
      return EXIT.someFailed;
    }
    process.stdout.write(args.flags.json ? JSON.stringify(story, null, 2) + '\n' : formatStory(story));
    return EXIT.ok;
  });
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
