/**
 * `sitrep show ID [--db PATH] [--json]`: one stored document. --json prints the stored document (the SitrepDocument
 * shape; tokens are not stored). Exit 1 when no document has that id.
 */
import type { SitrepDocument } from '../../model/document.js';
import { parseArgs, UsageError } from '../args.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS, StoreOpenError, withStore } from '../store-option.js';

const SPEC = { ...STORE_FLAGS, json: 'boolean', help: 'boolean' } as const;
const HELP = 'usage: sitrep show ID [--db PATH] [--json]';

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
    if (parsed.positionals.length !== 1) throw new UsageError('give exactly one document ID (see `sitrep docs`)');
    id = parsed.positionals[0];
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sitrep show: ${err.message}\n${HELP}\n`);
    return EXIT.usage;
  }
  try {
    const doc = await withStore(flags, (store) => store.getDocument(id));
    if (!doc) {
      process.stderr.write(`sitrep show: no document with id "${id}" (list them with \`sitrep docs\`)\n`);
      return EXIT.someFailed;
    }
    process.stdout.write(flags.json ? JSON.stringify(doc, null, 2) + '\n' : formatDocument(doc));
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof StoreOpenError)) throw err;
    process.stderr.write(`sitrep show: ${err.message}\n`);
    return EXIT.someFailed;
  }
}

export function formatDocument(doc: SitrepDocument): string {
  const m = doc.meta;
  const out = [
    `${m.title ?? '(untitled)'}`,
    `id:        ${doc.id}`,
    `outlet:    ${m.outlet ?? '-'}`,
    `published: ${m.published ?? '-'} (${m.publishedFrom})`,
    `url:       ${m.url ?? '-'}`,
    `source:    ${doc.origin.location} (${doc.origin.format})`,
  ];
  if (doc.duplicateOf) out.push(`duplicate: near-duplicate of ${doc.duplicateOf.id} (similarity ${doc.duplicateOf.similarity.toFixed(2)})`);
  out.push('', doc.text, '');
  const figures = doc.figures ?? [];
  out.push(`figures (${figures.length}):`);
  for (const f of figures) out.push(`  ${figureLine(f)}`);
  if (doc.messages.length) {
    out.push(`diagnostics (${doc.messages.length}):`);
    for (const d of doc.messages) out.push(`  ${d.severity} ${d.rule}: ${d.reason}`);
  }
  return out.join('\n') + '\n';
}

export function figureLine(f: NonNullable<SitrepDocument['figures']>[number]): string {
  const n = f.value ?? (f.low !== null || f.high !== null ? `${f.low ?? '?'}–${f.high ?? '?'}` : '?');
  const who = f.victims.text ?? f.victims.side;
  const parts = [f.kind, f.qualifier === 'exact' ? '' : f.qualifier, String(n), f.unit === 'people' ? '' : f.unit, who === f.unit ? '' : `(${who})`];
  const head = parts.filter(Boolean).join(' ');
  return `${head}${f.source ? ` — ${f.source}` : ''}${f.asOf ? `, ${f.asOf}` : ''}: "${f.quote}"`;
}
