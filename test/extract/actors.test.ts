import { describe, expect, it } from 'vitest';
import { actorKeyTrie, lookupActor, lookupActorInContext, normaliseActorPhrase, registerActors, type KeyNode } from '../../src/extract/tables/actors.js';
import { documentNameWords, scanWords } from '../../src/extract/geo-words.js';
import { analyseText } from './figures-helpers.js';
import { analyzeEntities, fixture } from '../fixtures/entities/helpers.js';

describe('lookupActor', () => {
  it.each([
    ['SOHR', 'Syrian Observatory for Human Rights'],
    ['HTS', 'Hayat Tahrir al-Sham'],
    ['Hay’at Tahrir al-Sham', 'Hayat Tahrir al-Sham'],
    ['the UN refugee agency', 'UNHCR'],
    ['Medecins Sans Frontieres', 'Médecins Sans Frontières'],
    ['Doctors Without Borders', 'Médecins Sans Frontières'],
    ['WHO', 'World Health Organization'],
    ['the so-called Islamic State', 'Islamic State'],
    ['the self-styled Islamic State group', 'Islamic State'],
    ['government forces', 'army'],
    ['Agence France-Presse', 'AFP'],
  ])('%s → %s', (phrase, name) => {
    expect(lookupActor(phrase)?.name).toBe(name);
  });

  it.each([
    ['the Observatory', 'Syrian Observatory for Human Rights'],
    ["the Observatory's", 'Syrian Observatory for Human Rights'],
    ['the Britain-based war monitor', 'Syrian Observatory for Human Rights'],
    ['the regime', 'Syrian army'],
  ])('contextual %s → %s only in a report about Syria', (phrase, name) => {
    expect(lookupActor(phrase)).toBeNull();
    expect(lookupActorInContext(phrase, new Set(['SY']))?.name).toBe(name);
    expect(lookupActorInContext(phrase, new Set(['NE', 'NG']))).toBeNull();
  });

  it.each([
    ['Russian warplanes', 'Russia'],
    ['Ukrainian soldiers', 'Ukraine'],
    ['an Iranian general', 'Iran'],
    ['Israeli strikes', 'Israel'],
    ['Sudanese army', 'Sudanese Armed Forces'],
    ['Nigerien troops', 'Nigerien army'],
    ["Niger's army", 'Nigerien army'],
    ['Somali government', 'Somali government'],
    ['Kenyan police', 'Kenyan police'],
  ])('nationality %s → %s', (phrase, name) => {
    expect(lookupActor(phrase)?.name).toBe(name);
    expect(lookupActor(phrase)?.side).toBe('state');
  });

  it('does not read lower-case words as acronyms', () => {
    expect(lookupActor('who')).toBeNull();
    expect(lookupActor('us')).toBeNull();
  });

  it('types entries and sides', () => {
    expect(lookupActor('HTS')).toMatchObject({ type: 'nonstate-armed-group', side: 'nonstate', country: 'SY' });
    expect(lookupActor('OCHA')).toMatchObject({ type: 'un-agency', side: null });
    expect(lookupActor('police')).toMatchObject({ type: 'state-force', side: 'state', generic: true });
  });

  it('lets users extend the table', () => {
    registerActors([{ name: 'Kivu Valley Volunteers', type: 'militia', side: 'state', aliases: ['KVV'] }]);
    expect(lookupActor('the KVV')?.name).toBe('Kivu Valley Volunteers');
  });

  it('normalises articles, possessives and dashes', () => {
    expect(normaliseActorPhrase('The  Syrian army’s')).toBe('syrian army');
  });
});

describe('find-actors', () => {
  it('defines an actor from "Full Name (ACR)" and resolves later acronyms and "the monitor"', () => {
    const doc = analyzeEntities(fixture('sahel-attack.txt'));
    const srm = doc.actors!.find((a) => a.name === 'Sahel Rights Monitor');
    expect(srm).toBeDefined();
    expect(srm!.type).toBe('monitor');
    const surfaces = srm!.mentions.map((m) => doc.text.slice(m[0], m[1]));
    expect(surfaces[0]).toBe('Sahel Rights Monitor');
    expect(surfaces).toContain('monitor');
    const army = doc.actors!.find((a) => a.name === 'army' || a.name === 'Malian army');
    expect(army?.type).toBe('state-force');
  });

  it('finds table actors, short mentions and head-word names in a Syrian report', () => {
    const doc = analyzeEntities(fixture('idlib-strikes.txt'));
    const sohr = doc.actors!.find((a) => a.name === 'Syrian Observatory for Human Rights')!;
    expect(sohr.type).toBe('monitor');
    expect(sohr.mentions.length).toBe(3);
    const brigade = doc.actors!.find((a) => a.name === 'Hamdan Martyrs Brigade')!;
    expect(brigade).toMatchObject({ type: 'nonstate-armed-group', side: 'nonstate' });
    for (const a of doc.actors!) for (const m of a.mentions) expect(m[1]).toBeGreaterThan(m[0]);
  });

  it('lets a description refer to the report\'s own monitor and army, never another country\'s', () => {
    const doc = analyseText(
      'Gunmen attacked an army post in the Nigerien town of Diffa, the Sahel Conflict Observatory said. ' +
        'The Observatory said 14 soldiers were killed. The war monitor added that the army had sent reinforcements.',
      '2025-03-11',
    );
    const names = doc.actors!.map((a) => a.name);
    expect(names).toContain('Sahel Conflict Observatory');
    expect(names).toContain('Nigerien army');
    expect(names.some((n) => /Syria/.test(n))).toBe(false);
    const obs = doc.actors!.find((a) => a.name === 'Sahel Conflict Observatory')!;
    expect(obs.mentions.length).toBe(3);
    expect(doc.figures!.map((f) => f.source)).toEqual(['Sahel Conflict Observatory']);
  });

  it('finds people after titles and in appositions', () => {
    const doc = analyzeEntities('President Amara Koné said the talks failed. Jonas Weld, an analyst at a think tank, disagreed.');
    const people = doc.actors!.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toEqual(['Amara Koné', 'Jonas Weld']);
  });
});

describe('find-actors reading the key trie', () => {
  /** Every key of the trie made of plain words, with the node it ends at. */
  function plainKeys(): Array<{ key: string; node: KeyNode }> {
    const out: Array<{ key: string; node: KeyNode }> = [];
    const walk = (node: KeyNode, path: string[]): void => {
      if (node.key) out.push({ key: path.join(' '), node });
      node.next?.forEach((child, word) => /^[a-z0-9]+$/.test(word) && walk(child, [...path, word]));
    };
    walk(actorKeyTrie(), []);
    return out;
  }

  it('gives every plain key the entry lookupActor gives its phrase, written with hyphens or after a leading word', () => {
    const keys = plainKeys();
    expect(keys.length).toBeGreaterThan(300);
    const differ = keys.flatMap(({ key, node }) => {
      const forms = [key, `the ${key}`, key.replace(/ /g, '-'), `its ${key}`];
      return forms.filter((form) => (lookupActor(form) ?? null) !== node.entry).map((form) => `${form}: ${lookupActor(form)?.name} vs ${node.entry?.name}`);
    });
    expect(differ).toEqual([]);
  });

  it('finds a key written with hyphens as the lookup does', () => {
    const doc = analyzeEntities('Fighting resumed on Monday. The pro-government forces said their positions held.');
    expect(doc.actors!.map((a) => [a.name, a.mentions.map(([s, e]) => doc.text.slice(s, e))])).toContainEqual([lookupActor('pro-government forces')!.name, ['pro-government forces']]);
  });
});

describe('scanWords', () => {
  /** The scanner's definition of a word, as a regex (see geo-words.ts). */
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’‘ʿʾ`]*/gu;
  const PIECES = ['a', 'B', 'z', '0', ' ', '\t', '\u00a0', '-', '\u2010', "'", '’', '‘', 'ʿ', 'ʾ', '`', 's', '.', '(', 'é', 'É', '\u0301', '😀', '\ud800', 'Ж', 'ǅ', '\n'];

  /** A word's key: FNV-1a of its lower case, 30 bits, when it is ASCII letters and digits only; else -1. */
  function keyOf(word: string): number {
    if (!/^[A-Za-z0-9]+$/.test(word)) return -1;
    let h = 0x811c9dc5;
    for (const c of word.toLowerCase()) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    return h & 0x3fffffff;
  }

  /** Words, spans, capitals, possessives, gaps and keys read with the regex, for comparison. */
  function reference(text: string): unknown[] {
    const out: unknown[] = [];
    let prevEnd = 0;
    for (const m of text.matchAll(WORD)) {
      const matchEnd = m.index + m[0].length;
      let start = m.index;
      while (start < matchEnd && /['’‘ʿʾ`]/.test(text[start])) start++;
      const read = text.slice(start, matchEnd);
      const possessive = matchEnd - start > 2 && /['’]s?$/.test(read);
      const end = possessive ? matchEnd - (/['’]$/.test(read) ? 1 : 2) : matchEnd;
      if (end === start) continue;
      const between = text.slice(prevEnd, m.index);
      const gap = out.length === 0 ? '' : /^[ \t\u00a0]*$/.test(between) ? ' ' : /^[-\u2010\u2011]$/.test(between) ? '-' : 'x';
      const word = text.slice(start, end);
      out.push([word, start, end, /^\p{Lu}/u.test(word), possessive, gap, keyOf(word)]);
      prevEnd = matchEnd;
    }
    return out;
  }

  it('reads the same words as its regex definition, ASCII fast path or not', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = Math.floor(random(24)); n > 0; n--) text += PIECES[Math.floor(random(PIECES.length))];
      const words = scanWords(text).map((w) => [w.text, w.start, w.end, w.cap, w.possessive, w.gap, w.key]);
      expect(words, JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('gives a document the same words from reused word objects, text after text, and leaves kept scans alone', () => {
    const fields = (ws: readonly { text: string; start: number; end: number; cap: boolean; possessive: boolean; gap: string; key: number }[]) =>
      ws.map((w) => [w.text, w.start, w.end, w.cap, w.possessive, w.gap, w.key]);
    const texts = ['Rebels entered Korvash’s old town on Monday.', 'A flood hit the Terran valley', 'Dārat ‘Izzah and al-Nayrab airport, again and again: M5.'];
    const kept = scanWords(texts[0]);
    const expected = fields(kept);
    for (let round = 0; round < 3; round++) {
      for (const text of texts) {
        const words = documentNameWords(text);
        expect(fields(words)).toEqual(reference(text));
        expect(documentNameWords(text)).toBe(words); // one scan per text, shared by the stages
      }
    }
    expect(fields(kept)).toEqual(expected);
  });
});
