/**
 * The story page: the brief (summary, reconciled figures), the map, the timeline, the figures matrix, the
 * disagreements panel and the list of reports. Refreshes itself when new reports of this story arrive.
 */
import { api } from '../api.js';
import { renderDifferences, renderQuantities, renderSummary } from '../components/brief.js';
import { renderMap, type MapConfig } from '../components/map.js';
import { renderMatrix } from '../components/matrix.js';
import { renderTimeline } from '../components/timeline.js';
import { day, h } from '../dom.js';
import { onLive } from '../live.js';
import type { StoryView } from '../types.js';

/** WHY: a batch ingest announces many documents at once; wait for it to settle before redrawing. */
const REFRESH_DEBOUNCE_MS = 800;

let config: MapConfig | null = null;

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { id, class: `panel ${id}` }, h('h2', {}, title), ...content);
}

function header(view: StoryView): HTMLElement {
  const s = view.story;
  return h('header', { class: 'story-head' },
    h('a', { href: '#/', class: 'back' }, '← all stories'),
    h('h1', {}, s.label),
    h('p', { class: 'muted' }, `${day(s.firstReport)} – ${day(s.lastReport)} · ${s.documentCount} reports · `,
      h('a', { href: `/api/stories/${encodeURIComponent(s.id)}/brief?format=md` }, 'brief (Markdown)'), ' · ',
      h('a', { href: `/api/stories/${encodeURIComponent(s.id)}/brief?format=html` }, 'brief (HTML)')));
}

function reportsList(view: StoryView): HTMLElement {
  return h('ol', { class: 'reports' }, ...view.reports.map((r) =>
    h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(r.id)}` }, r.title ?? r.id),
      h('span', { class: 'muted' }, ` ${r.outlet ?? ''} · ${day(r.published)}`), r.duplicateOf ? h('span', { class: 'tag' }, 'reprint') : null)));
}

async function draw(root: HTMLElement, view: StoryView): Promise<() => void> {
  const brief = (view.brief ?? {}) as Record<string, unknown>;
  const mapEl = h('div', { class: 'map', id: 'map' });
  root.replaceChildren(h('article', { class: 'story-page', 'data-story': view.story.id },
    header(view),
    section('brief', 'Situation', view.brief ? renderSummary(brief) : h('p', { class: 'muted' }, `No brief: ${view.briefError ?? 'unavailable'}`),
      view.brief ? renderQuantities(brief) : null),
    h('div', { class: 'two-col' },
      section('where', 'Where', mapEl, h('p', { class: 'map-key muted' }, 'pin: exact place · small circle: approximate · large circle: province · faint: country')),
      section('disagreements', 'Where sources disagree', view.brief ? renderDifferences(brief) : null)),
    section('timeline', 'Figures over time, by originator', renderTimeline(view.timeline)),
    section('matrix', 'Figures by report', renderMatrix(view)),
    section('reports', 'Reports', reportsList(view))));
  config ??= await api<MapConfig>('/api/config');
  return renderMap(mapEl, view.places, config);
}

export async function renderStoryPage(root: HTMLElement, id: string): Promise<() => void> {
  const path = `/api/stories/${encodeURIComponent(id)}/view`;
  let removeMap = await draw(root, await api<StoryView>(path));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onLive((m) => {
    if (m.data.stories?.length && !m.data.stories.includes(id)) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const view = await api<StoryView>(path);
      const y = window.scrollY;
      removeMap();
      removeMap = await draw(root, view);
      window.scrollTo(0, y);
      document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed ?? 0) + 1);
    }, REFRESH_DEBOUNCE_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
    removeMap();
  };
}
