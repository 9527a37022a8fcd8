/**
 * `sitrep gazetteer import FILE [--db PATH|URL]`: loads a GeoNames dump (allCountries.txt or a country file such as
 * SY.txt: 19 tab-separated columns, alternate names included) into the store's gazetteer table. The place finder
 * then knows those villages. Lines that are not populated places, or are malformed, are counted and skipped.
 * The file is streamed line by line and written in batches, so a full allCountries dump never sits in memory.
 */
import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { UsageError } from '../args.js';
import { runCommand } from '../command.js';
import { EXIT } from '../main.js';
import { STORE_FLAGS, withStore } from '../store-option.js';
import { parseGeoNamesLine } from '../../extract/gazetteer-geonames.js';
import { importGazetteerRows } from '../../extract/gazetteer-store.js';
import type { GazetteerRow } from '../../extract/gazetteer.js';

const USAGE = 'usage: sitrep gazetteer import FILE [--db PATH|postgres://URL]';
/** Rows handed to the store at a time: large enough to amortise round trips, small enough to bound memory. */
const IMPORT_BATCH = 20_000;

export function run(argv: string[]): Promise<number> {
  return runCommand('gazetteer', USAGE, STORE_FLAGS, argv, async ({ flags, positionals }) => {
    const [sub, file] = positionals;
    if (sub !== 'import' || !file) throw new UsageError('gazetteer needs: import FILE');
    const problem = unreadable(file);
    if (problem) {
      process.stderr.write(`sitrep gazetteer: cannot read ${file}: ${problem}\n`);
      return EXIT.someFailed;
    }
    const { imported, rejected } = await withStore(flags, (store) => importFile(file, (rows) => importGazetteerRows(store.db, rows)));
    process.stdout.write(`imported ${imported} places from ${file}` + (rejected ? ` (${rejected} lines skipped)` : '') + '\n');
    return EXIT.ok;
  });
}

/** Why `file` cannot be imported, or null when it is a readable file. */
function unreadable(file: string): string | null {
  try {
    if (!statSync(file).isFile()) return 'not a file';
    accessSync(file, constants.R_OK);
    return null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
  }
}

async function importFile(file: string, write: (rows: GazetteerRow[]) => Promise<number>): Promise<{ imported: number; rejected: number }> {
  let imported = 0;
  let rejected = 0;
  let batch: GazetteerRow[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim() || line.startsWith('#')) continue;
    const row = parseGeoNamesLine(line);
    if (!row) {
      rejected++;
      continue;
    }
    batch.push(row);
    if (batch.length >= IMPORT_BATCH) {
      imported += await write(batch);
      batch = [];
    }
  }
  if (batch.length) imported += await write(batch);
  return { imported, rejected };
}
