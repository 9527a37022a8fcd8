/**
 * Timeline: one small SVG chart per quantity, each originator's figures over time as a coloured line of points.
 * A point links to the sentence the figure came from.
 */
import { h, s } from '../dom.js';
import type { StoryView } from '../types.js';

/** Colours for originators, in order of appearance. WHY: distinct under common colour-blindness (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'];

const W = 560;
const H = 150;
const PAD = { l: 48, r: 12, t: 10, b: 22 };
const DAY_MS = 86_400_000;

/** Vague amounts and bare ranges are no counts: they are listed under the chart, linked, never drawn as points. */
function unplottedNote(t: StoryView['timeline'][number]): HTMLElement | null {
  const list = t.unplotted ?? [];
  if (!list.length) return null;
  return h('p', { class: 'unplotted muted' }, 'Not drawn (no exact count): ', ...list.flatMap((u, i) => [i ? '; ' : '',
    h('a', { href: `#/doc/${encodeURIComponent(u.doc)}/fig/${u.fig}` }, `“${u.text}”`), ` ${u.originator}, ${u.date}`]));
}

function chart(t: StoryView['timeline'][number]): HTMLElement {
  if (!t.series.length) return h('figure', { class: 'timeline', 'data-quantity': t.key }, h('figcaption', {}, t.label), unplottedNote(t));
  const points = t.series.flatMap((x) => x.points);
  const times = points.map((p) => Date.parse(p.date));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t1 - t0 < DAY_MS) [t0, t1] = [t0 - DAY_MS / 2, t1 + DAY_MS / 2];
  const vmax = Math.max(1, ...points.map((p) => p.value)) * 1.1;
  const x = (d: string) => PAD.l + ((Date.parse(d) - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - (v / vmax) * (H - PAD.t - PAD.b);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-chart', role: 'img', 'aria-label': `${t.label} over time` },
    s('line', { x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b, class: 'axis' }),
    s('line', { x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: H - PAD.b, class: 'axis' }),
    s('text', { x: PAD.l - 4, y: y(0), class: 'tick', 'text-anchor': 'end' }, '0'),
    s('text', { x: PAD.l - 4, y: PAD.t + 8, class: 'tick', 'text-anchor': 'end' }, Math.round(vmax / 1.1).toLocaleString('en-US')),
    s('text', { x: PAD.l, y: H - 6, class: 'tick' }, new Date(t0).toISOString().slice(0, 10)),
    s('text', { x: W - PAD.r, y: H - 6, class: 'tick', 'text-anchor': 'end' }, new Date(t1).toISOString().slice(0, 10)));
  t.series.forEach((series, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
    if (series.points.length > 1) {
      svg.append(s('polyline', { class: 'series-line', stroke: colour, fill: 'none',
        points: series.points.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ') }));
    }
    for (const p of series.points) {
      const a = s('a', { href: `#/doc/${encodeURIComponent(p.doc)}/fig/${p.fig}` },
        s('circle', { cx: x(p.date).toFixed(1), cy: y(p.value).toFixed(1), r: 4, fill: colour, class: 'pt', 'data-originator': series.originator },
          s('title', {}, `${series.originator}: ${p.value.toLocaleString('en-US')} (${p.date})${p.reports > 1 ? `, in ${p.reports} reports` : ''}`)));
      svg.append(a);
    }
  });
  const legend = h('ul', { class: 'legend' }, ...t.series.map((x, i) =>
    h('li', { class: `swatch c${i % SERIES_COLOURS.length}` }, x.originator)));
  return h('figure', { class: 'timeline', 'data-quantity': t.key }, h('figcaption', {}, t.label), svg, legend, unplottedNote(t));
}

export function renderTimeline(timeline: StoryView['timeline']): HTMLElement {
  if (!timeline.length) return h('p', { class: 'muted' }, 'No dated figures to draw.');
  return h('div', { class: 'timelines' }, ...timeline.map(chart));
}
