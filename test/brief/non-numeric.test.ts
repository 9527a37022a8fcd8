import { describe, expect, it } from 'vitest';
import { buildBrief, renderHtml, renderMarkdown } from '../../src/brief/index.js';
import { loadStory } from '../reconcile/fixtures.js';

describe('brief of the Harsk market bombing (invented): where and who', () => {
  const b = buildBrief(loadStory('harsk-market-bombing.json'));

  it('the JSON brief carries the place and responsibility claims and their differences', () => {
    expect(b.eventPlace.name).toBe('Harsk');
    expect(b.responsibility.actor).toBe('Red Ridge Brigades');
    expect(b.differences.slice(0, 3).map((d) => [d.about, d.kind, d.favoured])).toEqual([
      ['where the event happened', 'conflict', 'Harsk'],
      ['where the event happened', 'scope', 'Harsk'],
      ['who is responsible', 'conflict', 'Red Ridge Brigades'],
    ]);
  });

  it('Markdown: Where and Responsible lines, and the disagreements with citations', () => {
    const md = renderMarkdown(b);
    expect(md).toContain('Where: Harsk [1][2][3]');
    expect(md).toContain('Responsible: Red Ridge Brigades (claimed responsibility) [1][2]');
    expect(md).toContain('- **where the event happened** — conflict: Harsk, Upper Tiva (Varnia Daily Wire) [1];');
    expect(md).toContain('Belmora, Lower Tiva (Frontline Radio) [5]. Favoured: Harsk.');
    expect(md).toContain('Southern Vanguard denied involvement (Southern Vanguard) [3]');
  });

  it('HTML: the same, escaped', () => {
    const html = renderHtml(b);
    expect(html).toContain('<p>Responsible: Red Ridge Brigades (claimed responsibility) <sup><a href="#src-1">[1]</a></sup>');
    expect(html).toContain('<b>who is responsible</b> — <span class="kind">conflict</span>');
  });

  it('an unresolved conflict says so', () => {
    const story = loadStory('harsk-market-bombing.json');
    const md = renderMarkdown(buildBrief({ ...story, documents: story.documents.filter((d) => d.id === 'h2') }));
    expect(md).toContain('Responsible: unresolved (see where reports disagree)');
    expect(md).toContain('Favoured: none: unresolved.');
  });
});

describe('brief of the Mirel flood (invented): a district and its province are not a conflict', () => {
  const md = renderMarkdown(buildBrief(loadStory('mirel-flood.json')));
  it('shows the scope difference and the most precise place', () => {
    expect(md).toContain('Where: Mirel [1][2]');
    expect(md).toContain('- **where the event happened** — different scope: Mirel, Kova (Ostrania Today) [1]; Tesno, Kova (Riverside Bulletin) [4]; Kova (province) (National Radio of Ostrania) [3]. Favoured: Mirel.');
    expect(md).not.toContain('— conflict');
  });
});
