/**
 * The story page: the brief (summary, reconciled figures), the map, the timeline, the figures matrix, the
 * disagreements panel and the list of reports. Refreshes itself when new reports of this story arrive.
 */
import { api } from '../api.js';
import { renderDifferences, renderQuantities, renderSummary } from '../components/brief.js';
import type { MapConfig } from '../components/map.js';
import { renderMatrix } from '../components/matrix.js';
import { renderTimeline } from '../components/timeline.js';
import { day, h } from '../dom.js';
import { onLive } from '../live.js';
import type { StoryView } from '../types.js';

/** WHY: a batch ingest announces many documents at once; wait for it to settle before redrawing. */
const REFRESH_DEBOUNCE_MS = 800;

let config: Promise<MapConfig> | null = null;
let mapModule: Promise<typeof import('../components/map.js')> | null = null;

/** Leaflet and the country outlines (one chunk) load while the story's data is fetched. */
function loadMap(): Promise<typeof import('../components/map.js')> {
  mapModule ??= import('../components/map.js');
  return mapModule;
}

function loadConfig(): Promise<MapConfig> {
  return api<MapConfig>('/api/config').catch((err: unknown) => {
    config = null; // ask again next time (e.g. after the token was typed)
    throw err;
  });
}

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { id, class: `panel ${id}` }, h('h2', {}, title), ...content);
}

/**
 * WHY only for large stories: `content-visibility: auto` skips laying out a panel until it nears the viewport, which
 * a 1,000-report matrix needs, but a skipped panel paints as an empty box (in full-page captures, printing, or
 * before a scroll settles). A story of ordinary size draws everything at once.
 */
export const LAZY_PANELS_FROM = 200;

function lazy(el: HTMLElement, view: StoryView): HTMLElement {
  if (view.reports.length >= LAZY_PANELS_FROM) el.classList.add('lazy');
  return el;
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

/** WHY: a story of 1,000 reports would draw 1,000 list items nobody reads at once; the rest come on request. */
export const REPORTS_SHOWN = 100;

function reportItem(r: StoryView['reports'][number]): HTMLElement {
  return h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(r.id)}` }, r.title ?? r.id),
    h('span', { class: 'muted' }, ` ${r.outlet ?? ''} · ${day(r.published)}`), r.duplicateOf ? h('span', { class: 'tag' }, 'reprint') : null);
}

function reportsList(view: StoryView): HTMLElement {
  const list = h('ol', { class: 'reports' }, ...view.reports.slice(0, REPORTS_SHOWN).map(reportItem));
  if (view.reports.length <= REPORTS_SHOWN) return list;
  const more = h('button', { type: 'button', class: 'more' }, `Show all ${view.reports.length} reports`);
  more.addEventListener('click', () => {
    list.append(...view.reports.slice(REPORTS_SHOWN).map(reportItem));
    more.remove();
  });
  return h('div', {}, list, more);
}

async function draw(root: HTMLElement, view: StoryView): Promise<() => void> {
  performance.mark('sitrep:draw');
  const brief = (view.brief ?? {}) as Record<string, unknown>;
  const mapEl = h('div', { class: 'map', id: 'map' });
  root.replaceChildren(h('article', { class: 'story-page', 'data-story': view.story.id },
    header(view),
    section('brief', 'Situation', view.brief ? renderSummary(brief) : h('p', { class: 'muted' }, `No brief: ${view.briefError ?? 'unavailable'}`),
      view.brief ? renderQuantities(brief) : null),
    h('div', { class: 'two-col' },
      section('where', 'Where', mapEl, h('p', { class: 'map-key muted' }, 'pin: exact place · small circle: approximate · large circle: province · shaded outline: country')),
      section('disagreements', 'Where sources disagree', view.brief ? renderDifferences(brief) : null)),
    lazy(section('timeline', 'Figures over time, by originator', renderTimeline(view.timeline)), view),
    lazy(section('matrix', 'Figures by report', renderMatrix(view)), view),
    lazy(section('reports', 'Reports', reportsList(view)), view)));
  performance.mark('sitrep:dom');
  config ??= loadConfig();
  const { renderMap } = await loadMap();
  const done = await renderMap(mapEl, view.places, await config);
  performance.mark('sitrep:map');
  return done;
}

export async function renderStoryPage(root: HTMLElement, id: string): Promise<() => void> {
  void loadMap();
  config ??= loadConfig();
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
