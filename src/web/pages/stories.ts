/** The stories list: label, date range, report count, latest key figures; a filter box and full-text search. */
import { api } from '../api.js';
import { day, formatFigure, h } from '../dom.js';
import { onLive } from '../live.js';
import type { SearchHit, StoryListItem } from '../types.js';

function storyRow(s: StoryListItem): HTMLElement {
  const range = s.firstReport && s.lastReport && day(s.firstReport) !== day(s.lastReport)
    ? `${day(s.firstReport)} – ${day(s.lastReport)}` : day(s.firstReport ?? s.lastReport);
  return h('li', { class: 'story', 'data-story': s.id },
    h('a', { href: `#/story/${encodeURIComponent(s.id)}`, class: 'story-label' }, s.label),
    h('span', { class: 'dates' }, range),
    h('span', { class: 'count' }, `${s.documentCount} report${s.documentCount === 1 ? '' : 's'}`),
    h('span', { class: 'key-figures' }, ...s.keyFigures.map((k) =>
      h('span', { class: 'key-figure', title: `${k.label}${k.date ? ` as of ${k.date}` : ''}` },
        h('b', {}, formatFigure({ value: k.value, qualifier: k.qualifier === 'best' ? 'exact' : k.qualifier })), ` ${k.label}`))),
  );
}

function searchResults(hits: SearchHit[], q: string): HTMLElement {
  if (!hits.length) return h('p', { class: 'muted' }, `No report mentions “${q}”.`);
  return h('ul', { class: 'search-hits' }, ...hits.map((r) =>
    h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(r.id)}` }, r.title ?? r.id),
      h('span', { class: 'muted' }, ` ${r.outlet ?? ''} ${day(r.published)}`),
      r.snippet ? h('div', { class: 'snippet' }, r.snippet) : null)));
}

export async function renderStoriesPage(root: HTMLElement): Promise<() => void> {
  const load = () => api<{ total: number; stories: StoryListItem[] }>('/api/stories?limit=200');
  let data = await load();
  const list = h('ul', { class: 'stories' });
  const filter = h('input', { type: 'search', placeholder: 'Filter stories, or press Enter to search all reports', 'aria-label': 'search', id: 'search' });
  const results = h('div', { class: 'results' });
  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    const shown = data.stories.filter((s) => !needle || s.label.toLowerCase().includes(needle));
    list.replaceChildren(...(shown.length ? shown.map(storyRow) : [h('li', { class: 'muted' }, data.total ? 'No story matches.' : 'No stories yet: ingest some reports.')]));
  };
  filter.addEventListener('input', draw);
  filter.form?.addEventListener('submit', (e) => e.preventDefault());
  filter.addEventListener('keydown', async (e) => {
    if (e.key !== 'Enter' || !filter.value.trim()) return;
    const q = filter.value.trim();
    try {
      const r = await api<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=30`);
      results.replaceChildren(h('h3', {}, `Reports matching “${q}”`), searchResults(r.results, q));
    } catch (err) {
      results.replaceChildren(h('p', { class: 'error' }, (err as Error).message));
    }
  });
  draw();
  root.replaceChildren(h('section', { class: 'stories-page' }, h('h1', {}, 'Stories'), filter, results, list));
  return onLive(async () => {
    data = await load();
    draw();
  });
}
