/**
 * `sitrep show ID [--db PATH] [--json]`: one stored document. --json prints the stored document (the SitrepDocument
 * shape; tokens are not stored). Exit 1 when no document has that id.
 */
import type { SitrepDocument } from '../../model/document.js';
import { EXIT } from '../main.js';
import { onePositional, runCommand } from '../command.js';
import { STORE_FLAGS, withStore } from '../store-option.js';

const SPEC = { ...STORE_FLAGS, json: 'boolean' } as const;
const HELP = 'usage: sitrep show ID [--db PATH] [--json]';

export function run(argv: string[]): Promise<number> {
  return runCommand('show', HELP, SPEC, argv, async (args) => {
    const id = onePositional(args, 'document ID (see `sitrep docs`)');
    const doc = await withStore(args.flags, (store) => store.getDocument(id));
    if (!doc) {
      process.stderr.write(`sitrep show: no document with id "${id}" (list them with \`sitrep docs\`)\n`);
      return EXIT.someFailed;
    }
    process.stdout.write(args.flags.json ? JSON.stringify(doc, null, 2) + '\n' : formatDocument(doc));
    return EXIT.ok;
  });
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
