/**
 * The document page: the cleaned text with figures, actors and places highlighted from their spans. Text is only
 * ever inserted as text nodes. Hovering a highlight shows the parsed record; `#/doc/<id>/fig/<n>` scrolls to figure
 * n and marks its sentence. Removed page junk is listed, collapsed, below the text.
 */
import { api } from '../api.js';
import { day, h, hideTooltip, showTooltip } from '../dom.js';
import type { Figure, SitrepDocument } from '../types.js';

type Kind = 'figure' | 'actor' | 'place' | 'target';
interface Mark { kind: Kind; start: number; end: number; record: unknown; fig?: number }

function collectMarks(doc: SitrepDocument, target: number | null): Mark[] {
  const marks: Mark[] = [];
  (doc.figures ?? []).forEach((f, i) => marks.push({ kind: 'figure', start: f.span[0], end: f.span[1], record: f, fig: i }));
  for (const a of doc.actors ?? []) {
    const { mentions: _m, ...record } = a;
    for (const [start, end] of a.mentions) marks.push({ kind: 'actor', start, end, record });
  }
  for (const p of doc.places ?? []) {
    const { mentions: _m, ...record } = p;
    for (const [start, end] of p.mentions) marks.push({ kind: 'place', start, end, record });
  }
  const f = target !== null ? doc.figures?.[target] : undefined;
  if (f) {
    const sentence = f.sentence ?? doc.sentences?.find((s) => s.span[0] <= f.span[0] && f.span[1] <= s.span[1])?.span ?? f.span;
    marks.push({ kind: 'target', start: sentence[0], end: sentence[1], record: null });
  }
  const n = doc.text.length;
  return marks.filter((m) => m.start >= 0 && m.end <= n && m.start < m.end);
}

/** Cuts the text at every mark boundary and wraps each piece in the marks covering it (one sweep, no nesting). */
export function highlightText(doc: SitrepDocument, target: number | null): HTMLElement {
  const marks = collectMarks(doc, target);
  const starts = new Map<number, Mark[]>();
  const cuts = new Set<number>([0, doc.text.length]);
  for (const m of marks) {
    starts.set(m.start, [...(starts.get(m.start) ?? []), m]);
    cuts.add(m.start).add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h('div', { class: 'doc-text' });
  let active: Mark[] = [];
  const anchored = new Set<number>();
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > a).concat(starts.get(a) ?? []);
    const piece = doc.text.slice(a, b);
    if (!active.length) {
      out.append(piece);
      continue;
    }
    const kinds = new Set(active.map((m) => m.kind));
    const fig = active.find((m) => m.kind === 'figure')?.fig;
    const el = h('span', { class: [...kinds].map((k) => `hl-${k}`).join(' '), 'data-fig': fig ?? null }, piece);
    if (fig !== undefined && !anchored.has(fig)) {
      anchored.add(fig);
      el.id = `fig-${fig}`;
    }
    const records = active.filter((m) => m.record !== null).map((m) => ({ [m.kind]: m.record }));
    if (records.length) {
      el.addEventListener('mouseenter', () => showTooltip(el, records.length === 1 ? records[0] : records));
      el.addEventListener('mouseleave', hideTooltip);
    }
    out.append(el);
  }
  return out;
}

function figureList(doc: SitrepDocument): HTMLElement {
  const figs = doc.figures ?? [];
  if (!figs.length) return h('p', { class: 'muted' }, 'No figures found in this report.');
  return h('ol', { class: 'figure-list', start: 0 }, ...figs.map((f: Figure, i) =>
    h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(doc.id)}/fig/${i}` }, f.quote),
      h('span', { class: 'muted' }, ` ${f.kind} · ${f.victims.side} · ${f.qualifier} · ${f.source ?? 'uncredited'}${f.asOf ? ` · ${f.asOf}` : ''}`))));
}

function removedPanel(doc: SitrepDocument): HTMLElement {
  return h('details', { class: 'removed' }, h('summary', {}, `Removed page junk (${doc.removed.length} line${doc.removed.length === 1 ? '' : 's'})`),
    h('ul', {}, ...doc.removed.map((r) => h('li', {}, h('span', { class: 'tag' }, r.reason), ' ', r.text))));
}

export async function renderDocumentPage(root: HTMLElement, id: string, fig: number | null): Promise<void> {
  const doc = await api<SitrepDocument>(`/api/documents/${encodeURIComponent(id)}`);
  const m = doc.meta;
  root.replaceChildren(h('article', { class: 'doc-page', 'data-doc': doc.id },
    h('a', { href: '#/', class: 'back' }, '← all stories'),
    h('h1', {}, m.title ?? '(untitled report)'),
    h('p', { class: 'muted' }, [m.outlet, day(m.published), m.byline, m.dateline].filter(Boolean).join(' · '), ' ',
      m.url ? h('a', { href: /^https?:\/\//i.test(m.url) ? m.url : '#', rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
    doc.duplicateOf ? h('p', { class: 'tag reprint' }, 'Reprint of ', h('a', { href: `#/doc/${encodeURIComponent(doc.duplicateOf.id)}` }, doc.duplicateOf.id)) : null,
    h('p', { class: 'key' }, h('span', { class: 'hl-figure' }, 'figure'), ' ', h('span', { class: 'hl-actor' }, 'actor'), ' ', h('span', { class: 'hl-place' }, 'place')),
    highlightText(doc, fig),
    removedPanel(doc),
    h('section', { class: 'panel' }, h('h2', {}, 'Figures'), figureList(doc)),
    doc.messages.length ? h('details', { class: 'messages' }, h('summary', {}, `Diagnostics (${doc.messages.length})`),
      h('ul', {}, ...doc.messages.map((d) => h('li', {}, `${d.severity} ${d.rule}: ${d.reason}`)))) : null));
  if (fig !== null) {
    const el = document.getElementById(`fig-${fig}`);
    el?.classList.add('focus');
    el?.scrollIntoView({ block: 'center' });
  }
}
