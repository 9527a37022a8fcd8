/**
 * The shared hand-annotated sample, read from ../shared at run time (never copied). Skips with a message when the
 * corpus is absent.
 */
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBrief, renderMarkdown } from '../../src/brief/index.js';
import { checkBrief, loadGoldStory } from '../../src/eval/eval-brief.js';

const here = dirname(fileURLToPath(import.meta.url));
const DIR = join(here, '..', '..', '..', 'shared', 'corpus', 'aleppo-2024-11');
const present = existsSync(join(DIR, 'gold.json'));
if (!present) console.warn(`skipping shared-sample brief tests: ${DIR} not found`);

describe.skipIf(!present)('brief of the shared sample', async () => {
  const { gold, story } = present ? await loadGoldStory(DIR) : ({} as Awaited<ReturnType<typeof loadGoldStory>>);
  const b = present ? buildBrief(story) : (null as never);
  const q = (node: string, unit = 'people', kind = 'killed') => b.quantities.find((x) => x.kind === kind && x.victims.node === node && x.unit === unit && !x.place);

  it('combatant toll rises 132 (27 Nov) → 182 (28 Nov), with citations, on one independent originator', () => {
    const c = q('combatants')!;
    expect(c.timeline.map((t) => [t.asOf, t.value])).toEqual([
      ['2024-11-27', 132],
      ['2024-11-28', 182],
    ]);
    expect(c.timeline.every((t) => t.cites.length > 0)).toBe(true);
    expect(c.best).toBe(182);
    expect(c.independentOriginators).toBe(1);
    expect(c.originators).toEqual(['Syrian Observatory for Human Rights']);
  });

  it('breakdown: rebels 121 = HTS 102 + allies 19; government side 61', () => {
    expect(q('nonstate')?.best).toBe(121);
    expect(q('nonstate/Hayat Tahrir al-Sham')?.best).toBe(102);
    expect(q('nonstate/~others')?.high).toBe(19);
    expect(q('state')?.best).toBe(61);
    expect(b.arithmetic.some((a) => a.total.value === 182 && a.sum === 182 && a.holds === 'equal')).toBe(true);
  });

  it('civilians killed 19, one report adding a 20th', () => {
    const c = q('civilians')!;
    expect(c.best).toBe(19);
    expect(c.history.some((h) => h.value === 20)).toBe(true);
  });

  it('14,000 people and 7,000 families displaced are different units, not a conflict', () => {
    expect(q('all', 'people', 'displaced')?.best).toBe(14000);
    expect(q('all', 'families', 'displaced')?.best).toBe(7000);
    const d = b.differences.filter((x) => x.about.includes('displaced'));
    expect(d.map((x) => x.kind)).toEqual(['unit']);
  });

  it('start day: Wednesday in four reports, Thursday in one; Wednesday favoured', () => {
    const d = b.differences.find((x) => x.about === 'day the event began')!;
    expect(d.favoured).toBe('Wednesday');
    expect(d.figures.filter((f) => String(f.value).startsWith('Wednesday'))).toHaveLength(4);
    expect(d.figures.filter((f) => String(f.value).startsWith('Thursday')).map((f) => f.doc)).toEqual(['001']);
  });

  it('the rebels’ ">200" is a party claim against the monitor’s 61', () => {
    const d = b.differences.find((x) => x.kind === 'party-claim')!;
    expect(d.figures.map((f) => [f.value, f.qualifier])).toContainEqual([200, 'more-than']);
    expect(d.favoured).toBe(61);
  });

  it('every gold check holds, and the Markdown brief cites', () => {
    expect(checkBrief(b, gold).filter((c) => !c.ok)).toEqual([]);
    const md = renderMarkdown(b);
    expect(md).toMatch(/132 \(2024-11-27, Syrian Observatory for Human Rights\) \[\d\](\[\d\])* → 182 \(2024-11-28/);
    expect(md).toMatch(/claim by a party: more than 200 \(rebels\)/);
    expect(b.summary.every((s) => s.citations.length > 0)).toBe(true);
  });
});
