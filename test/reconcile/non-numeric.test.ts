import { describe, expect, it } from 'vitest';
import { reconcileStory } from '../../src/reconcile/index.js';
import type { Difference, Reconciled, StoryInput } from '../../src/reconcile/index.js';
import { cleanArticle } from '../../src/ingest/clean-article.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { loadStory } from './fixtures.js';

const find = (r: Reconciled, about: string, kind: Difference['kind']): Difference[] => r.differences.filter((d) => d.about === about && d.kind === kind);
const only = (s: StoryInput, ids: string[]): StoryInput => ({ ...s, documents: s.documents.filter((d) => ids.includes(d.id)) });

describe('where the event happened (Harsk market bombing, invented)', () => {
  const story = loadStory('harsk-market-bombing.json');
  const r = reconcileStory(story);

  it('a town 80 km away that the report alone gives is a conflict; the majority of independent reports is favoured', () => {
    const [d] = find(r, 'where the event happened', 'conflict');
    expect(d.favoured).toBe('Harsk');
    expect(d.rule).toBe('majority-of-independent-reports');
    expect(d.figures.map((f) => [f.value, f.cite])).toContainEqual(['Belmora, Lower Tiva', 5]);
    expect(d.why).toContain('Harsk (3 independent reports) vs Belmora (1 independent report, 82 km from Harsk)');
    expect(r.eventPlace.name).toBe('Harsk');
  });

  it('"on the outskirts of Harsk" is Harsk at lower precision: scope, not conflict', () => {
    const [d] = find(r, 'where the event happened', 'scope');
    expect(d.favoured).toBe('Harsk');
    expect(d.figures.map((f) => f.value)).toEqual(['Harsk, Upper Tiva', 'near Harsk, Upper Tiva']);
    expect(d.why).toContain('outskirts of Harsk is given relative to Harsk');
  });

  it('one report each, both exact: none favoured (unresolved)', () => {
    const tie = reconcileStory(only(story, ['h1', 'h4']));
    const [d] = find(tie, 'where the event happened', 'conflict');
    expect(d.favoured).toBeNull();
    expect(d.rule).toBe('unresolved');
    expect(tie.eventPlace.name).toBeNull();
  });
});

describe('who is responsible (Harsk market bombing, invented)', () => {
  const story = loadStory('harsk-market-bombing.json');
  const r = reconcileStory(story);

  it('lists every claim by report, records the claim and the denial as such, favours the perpetrator’s own claim', () => {
    const [d] = find(r, 'who is responsible', 'conflict');
    expect(d.favoured).toBe('Red Ridge Brigades');
    expect(d.rule).toBe('claim-by-perpetrator');
    expect(d.figures.map((f) => [f.value, f.cite])).toEqual([
      ['Red Ridge Brigades claimed responsibility', 1],
      ['Red Ridge Brigades claimed responsibility', 2],
      ['Elin Marsh blamed Southern Vanguard', 3],
      ['Southern Vanguard denied involvement', 3],
      ['Police attributed it to Southern Vanguard', 5],
    ]);
    expect(d.why).toContain('Denied by the accused: Southern Vanguard');
    expect(r.responsibility.claims.map((c) => c.stance)).toEqual(['claim', 'claim', 'blame', 'denial', 'attribution']);
  });

  it('two independent accusers against one denial: the majority is favoured', () => {
    const m = reconcileStory(only(story, ['h2', 'h4']));
    const [d] = find(m, 'who is responsible', 'conflict');
    expect(d.favoured).toBe('Southern Vanguard');
    expect(d.rule).toBe('majority-of-independent-originators');
    expect(d.why).toContain('named by 2 of 3 independent originators');
  });

  it('one accusation and the accused’s denial: unresolved', () => {
    const u = reconcileStory(only(story, ['h2']));
    const [d] = find(u, 'who is responsible', 'conflict');
    expect(d.favoured).toBeNull();
    expect(d.rule).toBe('unresolved');
    expect(d.why).toContain('Southern Vanguard is named as responsible and denies it');
  });

  it('a single uncontested claim is no difference', () => {
    const one = reconcileStory(only(story, ['h1']));
    expect(find(one, 'who is responsible', 'conflict')).toEqual([]);
    expect(one.responsibility.actor).toBe('Red Ridge Brigades');
  });
});

describe('a flood given as a district, its province and a quarter of the town (Mirel, invented)', () => {
  const r = reconcileStory(loadStory('mirel-flood.json'));

  it('is one place at different precision: a scope difference, no conflict, the most precise kept', () => {
    expect(r.differences.filter((d) => d.kind === 'conflict')).toEqual([]);
    const [d] = find(r, 'where the event happened', 'scope');
    expect(d.favoured).toBe('Mirel');
    expect(d.figures.map((f) => [f.value, f.cite])).toEqual([
      ['Mirel, Kova', 1],
      ['Tesno, Kova', 4],
      ['Kova (province)', 3],
    ]);
    expect(d.why).toContain('Mirel is in Kova province');
    expect(d.why).toContain('Mirel and Tesno are 3 km apart');
    expect(r.responsibility).toEqual({ actor: null, rule: null, claims: [] });
  });
});

describe('find-responsibility in the analysis pipeline (invented texts)', () => {
  const statements = (text: string): Array<[string, string, string | null]> => {
    const doc = analyze(cleanArticle({ origin: { location: 'x.txt', format: 'text' }, source: text, meta: { published: '2030-05-06', outlet: 'Test Wire' }, messages: [] }));
    return (doc.events ?? []).flatMap((e) => (e.responsibility ?? []).map((s): [string, string, string | null] => [s.stance, s.actor, s.by]));
  };

  it('claims and denials by the subject; a full name over the generic word inside it', () => {
    expect(statements('A car bomb exploded outside a police station in Kandor on Monday, killing 12 people. The Crimson Hand claimed responsibility for the attack in a statement. The Northern Liberation Army denied any involvement.')).toEqual([
      ['claim', 'Crimson Hand', 'Crimson Hand'],
      ['denial', 'Northern Liberation Army', 'Northern Liberation Army'],
    ]);
  });

  it('"blamed the attack on X, but the group denied": the group is X', () => {
    const got = statements('Gunmen attacked a village near Kandor on Sunday, killing nine civilians. The governor blamed the attack on the Crimson Hand, but the group denied involvement.');
    expect(got.map(([s, a]) => [s, a])).toEqual([
      ['blame', 'Crimson Hand'],
      ['denial', 'Crimson Hand'],
    ]);
  });

  it('attributions and "claimed by", with the speaker before or after', () => {
    expect(statements('A suicide bomber struck a mosque in Kandor on Friday, killing 30 worshippers. Responsibility for the attack was claimed by the Crimson Hand.')).toEqual([['claim', 'Crimson Hand', 'Crimson Hand']]);
    expect(statements('An explosion at a market in Kandor killed 14 people on Monday. The bombing was carried out by the Crimson Hand, the army said.')[0].slice(0, 2)).toEqual(['attribution', 'Crimson Hand']);
  });

  it('"responsible for leading the attack" and a bare "accused X" are not statements', () => {
    expect(statements('Fighters of the Crimson Hand, responsible for leading the attack on Kandor, killed 20 soldiers on Monday.')).toEqual([]);
    expect(statements('Clashes in Kandor killed 20 soldiers on Monday. The minister accused the United Nations of bias.')).toEqual([]);
  });
});
