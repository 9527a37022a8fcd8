/**
 * `sitrep clean FILE... [--json] [--published DATE] [--max-bytes N]`: reads each input, cleans it and prints the
 * cleaned document (title, published, outlet, text, headings, removed lines with reasons, diagnostics). Stateless:
 * nothing is stored. With --json, one JSON object per article per line (a feed or JSONL file prints several).
 * Inputs that cannot be read are reported on stderr; the exit code is then 1.
 */
import { UsageError } from '../args.js';
import { runCommand } from '../command.js';
import { publishedFlag } from '../read-documents.js';
import { EXIT } from '../main.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { cleanArticle } from '../../ingest/clean-article.js';
import type { SitrepDocument } from '../../model/document.js';

const USAGE = 'usage: sitrep clean FILE|URL|- ... [--json] [--published YYYY-MM-DD] [--max-bytes N]';
const SPEC = { json: 'boolean', published: 'string', 'max-bytes': 'string' } as const;

export function run(argv: string[]): Promise<number> {
  return runCommand('clean', USAGE, SPEC, argv, async ({ flags, positionals }) => {
    if (positionals.length === 0) throw new UsageError('clean needs at least one FILE, URL or -');
    const maxBytes = flags['max-bytes'] === undefined ? undefined : Number(flags['max-bytes']);
    if (maxBytes !== undefined && !(maxBytes > 0)) throw new UsageError('--max-bytes needs a positive number of bytes');
    const published = publishedFlag(flags.published);
    let failed = 0;
    for await (const r of readInputs(positionals, { maxBytes, published })) {
      if (!r.ok) {
        failed++;
        process.stderr.write(`sitrep clean: ${r.location}: ${r.diagnostic.reason}\n`);
        continue;
      }
      const doc = cleanArticle(r.article);
      process.stdout.write(flags.json ? JSON.stringify(cleanedJson(doc)) + '\n' : cleanedText(doc));
    }
    return failed ? EXIT.someFailed : EXIT.ok;
  });
}

/** The JSON shape `sitrep clean --json` prints (documented in docs/ingest.md). */
export function cleanedJson(doc: SitrepDocument): Record<string, unknown> {
  return {
    id: doc.id,
    origin: doc.origin,
    title: doc.meta.title,
    published: doc.meta.published,
    publishedFrom: doc.meta.publishedFrom,
    outlet: doc.meta.outlet,
    url: doc.meta.url,
    byline: doc.meta.byline,
    dateline: doc.meta.dateline,
    language: doc.meta.language,
    text: doc.text,
    headings: doc.headings,
    removed: doc.removed,
    messages: doc.messages,
  };
}

function cleanedText(doc: SitrepDocument): string {
  const m = doc.meta;
  const where = doc.origin.item !== undefined ? `#${doc.origin.item}` : doc.origin.line !== undefined ? `:${doc.origin.line}` : '';
  const out = [
    `== ${doc.origin.location}${where}  (${doc.origin.format}, id ${doc.id})`,
    `title:     ${m.title ?? '-'}`,
    `published: ${m.published ?? '-'}${m.published ? ` (from ${m.publishedFrom})` : ''}`,
    `outlet:    ${m.outlet ?? '-'}`,
  ];
  if (m.url) out.push(`url:       ${m.url}`);
  if (m.byline) out.push(`byline:    ${m.byline}`);
  if (m.dateline) out.push(`dateline:  ${m.dateline}`);
  out.push('', ...doc.text.split('\n').map((l) => (doc.headings.some((h) => h.text === l) ? `## ${l}` : l)), '');
  if (doc.headings.length) out.push(`headings (${doc.headings.length}):`, ...doc.headings.map((h) => `  [${h.span[0]},${h.span[1]}) ${h.text}`));
  if (doc.removed.length) out.push(`removed (${doc.removed.length}):`, ...doc.removed.map((r) => `  ${r.reason} (${r.rule}): ${r.text}`));
  if (doc.messages.length) out.push('diagnostics:', ...doc.messages.map((d) => `  ${d.severity} ${d.rule}: ${d.reason}`));
  return out.join('\n') + '\n\n';
}
