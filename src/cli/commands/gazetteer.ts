/**
 * `sitrep gazetteer import FILE [--db PATH|URL]`: loads a GeoNames dump (allCountries.txt or a country file such as
 * SY.txt: 19 tab-separated columns, alternate names included) into the store's gazetteer table. The place finder
 * then knows those villages. Lines that are not populated places, or are malformed, are counted and skipped.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../args.js';
import { runCommand } from '../command.js';
import { EXIT } from '../main.js';
import { parseGeoNames } from '../../extract/gazetteer-geonames.js';
import { importGazetteerRows } from '../../extract/gazetteer-store.js';
import { openStore } from '../../store/index.js';

const USAGE = 'usage: sitrep gazetteer import FILE [--db PATH|postgres://URL]';

export function run(argv: string[]): Promise<number> {
  return runCommand('gazetteer', USAGE, { db: 'string' }, argv, async ({ flags, positionals }) => {
    const [sub, file] = positionals;
    if (sub !== 'import' || !file) throw new UsageError('gazetteer needs: import FILE');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      process.stderr.write(`sitrep gazetteer: cannot read ${file}: ${(err as Error).message}\n`);
      return EXIT.someFailed;
    }
    const { rows, rejected } = parseGeoNames(text);
    const store = await openStore(typeof flags.db === 'string' ? flags.db : undefined);
    try {
      const n = await importGazetteerRows(store.db, rows);
      process.stdout.write(`imported ${n} places from ${file}` + (rejected ? ` (${rejected} lines skipped)` : '') + '\n');
    } finally {
      await store.close();
    }
    return EXIT.ok;
  });
}
