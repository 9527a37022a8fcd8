import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cli, REPO } from './run-cli.js';

describe('sitrep gazetteer import, then ingest', () => {
  it('locates a village the default gazetteer lacks at its imported point', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-ingest-'));
    const db = join(dir, 'g.db');
    const article = join(dir, 'raid.txt');
    writeFileSync(
      article,
      'Gunmen raid Malian village\n' +
        'Gunmen on motorcycles attacked the village of Tessit Koura on Sunday, killing nine herders, ' +
        'a local official said. Malian troops were sent to the area on Monday.\n',
    );
    const imported = cli(['gazetteer', 'import', join(REPO, 'test/fixtures/entities/geonames-sample.txt'), '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    const ingested = cli(['ingest', article, '--db', db]);
    expect(ingested.code, ingested.stderr).toBe(0);

    const store = await openStore(db);
    try {
      const [summary] = await store.listDocuments();
      const doc = (await store.getDocument(summary.id))!;
      const village = doc.places?.find((p) => p.name === 'Tessit Koura');
      expect(village).toMatchObject({ precision: 'exact', lat: 16.38, lon: -0.05, country: 'ML' });
    } finally {
      await store.close();
    }
  });
});
