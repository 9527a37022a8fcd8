/** The bundled example (examples/README.md states the correct picture) read end to end, as `sitrep demo` does. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBrief, renderMarkdown } from '../../src/brief/index.js';
import { storyFromFiles } from '../../src/brief/load-stories.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

describe('brief of the bundled example', async () => {
  const files = readdirSync(EXAMPLES).filter((f) => /^\d/.test(f)).map((f) => join(EXAMPLES, f));
  const { story } = await storyFromFiles(files);
  const b = buildBrief(story);
  const quantity = (kind: string, side: string, unit = 'people') =>
    b.quantities.find((q) => q.kind === kind && q.victims.side === side && q.unit === unit && !q.place);

  it('gives the monitor’s updated toll and its breakdown as best figures', () => {
    expect(quantity('killed', 'all')).toMatchObject({ best: 41 });
    expect(quantity('killed', 'state')).toMatchObject({ best: 22 });
    expect(quantity('killed', 'nonstate')).toMatchObject({ best: 11 });
    expect(quantity('killed', 'civilians')).toMatchObject({ best: 8 });
  });

  it('keeps displaced people and households apart, in one quantity each', () => {
    expect(b.quantities.filter((q) => q.kind === 'displaced' && q.unit === 'people' && q.best === 12500)).toHaveLength(1);
    expect(quantity('displaced', 'all', 'households')).toMatchObject({ best: 2100 });
  });

  it('shows each party’s repeated claim once, citing every report that carries it', () => {
    const claims = b.differences.filter((d) => d.kind === 'party-claim');
    const armySoldiers = claims.filter((d) => d.figures.some((f) => f.value === 9 && f.source === 'Nigerien army'));
    expect(armySoldiers).toHaveLength(1);
    expect(armySoldiers[0].favoured).toBe(22);
    const md = renderMarkdown(b);
    expect(md.match(/claim by Nigerien army \| \| 60 /g)).toHaveLength(1);
  });

  it('favours Tuesday as the start day and ignores the day the army spoke', () => {
    const day = b.differences.find((d) => d.about === 'day the event began')!;
    expect(day.favoured).toBe('Tuesday');
    expect(day.figures.map((f) => String(f.value))).not.toContain('on Wednesday (2025-03-12)');
  });
});
