/**
 * `sitrep gazetteer import FILE [--db PATH|URL]`: loads a GeoNames dump (allCountries.txt or a country file such as
 * SY.txt: 19 tab-separated columns, alternate names included) into the store's gazetteer table. The place finder
 * then knows those villages. Lines that are not populated places, or are malformed, are counted and skipped.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, UsageError } from '../args.js';
import { parseGeoNames } from '../../extract/gazetteer-geonames.js';
import { importGazetteerRows } from '../../extract/gazetteer-store.js';
import { openStore } from '../../store/index.js';

const USAGE = 'usage: sitrep gazetteer import FILE [--db PATH|postgres://URL]';

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { db: 'string', help: 'boolean' });
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message);
    throw err;
  }
  if (args.flags.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const [sub, file] = args.positionals;
  if (sub !== 'import' || !file) return usage('gazetteer needs: import FILE');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`sitrep gazetteer: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  const { rows, rejected } = parseGeoNames(text);
  const store = await openStore(typeof args.flags.db === 'string' ? args.flags.db : undefined);
  try {
    const n = await importGazetteerRows(store.db, rows);
    process.stdout.write(`imported ${n} places from ${file}` + (rejected ? ` (${rejected} lines skipped)` : '') + '\n');
  } finally {
    await store.close();
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`sitrep gazetteer: ${message}\n${USAGE}\n`);
  return 2;
}
