/**
 * The brief's reading parts: summary sentences with links to the reports they cite, the reconciled quantities, and
 * the disagreements panel. The brief's JSON is read defensively: a field it lacks is left out, never guessed.
 */
import { day, formatFigure, h } from '../dom.js';

type Json = Record<string, unknown>;
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const txt = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** A citation: a source number of the brief ([n] → that report), a document id, or {doc, fig}. */
function docLink(ref: unknown, sources: Map<number, string>): HTMLElement | null {
  const o = (typeof ref === 'number' ? { doc: sources.get(ref), n: ref } : typeof ref === 'string' ? { doc: ref } : ref) as Json | null;
  const doc = txt(o?.doc ?? o?.id);
  if (!doc) return null;
  const fig = num(o?.figure ?? o?.fig);
  const n = num(o?.n ?? o?.cite);
  return h('a', { class: 'cite', href: `#/doc/${encodeURIComponent(doc)}${fig !== null ? `/fig/${fig}` : ''}` }, n !== null ? `[${n}]` : '[source]');
}

function sourceMap(brief: Json): Map<number, string> {
  return new Map(arr(brief.sources).map((s) => [Number(s.n), txt(s.id)] as [number, string]));
}

/** WHY: in a 1,000-report story one sentence is backed by hundreds of reports; a wall of [n] links hides the text. */
export const CITATIONS_SHOWN = 6;

function citations(list: unknown[], sources: Map<number, string>): (HTMLElement | string | null)[] {
  const shown = list.slice(0, CITATIONS_SHOWN).map((c) => docLink(c, sources));
  if (list.length <= CITATIONS_SHOWN) return shown;
  return [...shown, h('span', { class: 'muted more-cites' }, ` and ${(list.length - CITATIONS_SHOWN).toLocaleString('en-US')} more reports`)];
}

export function renderSummary(brief: Json): HTMLElement {
  const items = arr(brief.summary);
  const sources = sourceMap(brief);
  const head = txt(brief.headline);
  if (!items.length) return h('p', { class: 'muted' }, head || 'The brief has no summary.');
  return h('div', {}, head ? h('p', { class: 'headline' }, head) : null,
    h('ol', { class: 'summary' }, ...items.map((s) =>
      h('li', {}, txt(s.text), ' ', ...citations(arr(s.citations).length ? arr(s.citations) : [s.doc], sources)))));
}

export function renderQuantities(brief: Json): HTMLElement {
  const qs = arr(brief.quantities);
  if (!qs.length) return h('p', { class: 'muted' }, 'No figures reconciled.');
  const rows = qs.map((q) => {
    const victims = (q.victims ?? {}) as Json;
    const latest = (q.latest ?? {}) as Json;
    const range = num(q.low) !== null && num(q.high) !== null && q.low !== q.high ? `${formatFigure({ value: num(q.low) })}–${formatFigure({ value: num(q.high) })}` : '';
    return h('tr', {},
      h('td', {}, txt(q.kind)), h('td', {}, txt(victims.label) || txt(victims.text) || txt(victims.side)), h('td', {}, txt(q.unit)),
      h('td', { class: 'num' }, formatFigure({ value: num(q.best) })), h('td', { class: 'num' }, range),
      h('td', {}, latest.asOf ? day(txt(latest.asOf)) : ''),
      h('td', { class: 'num' }, num(q.reports) ?? ''),
      h('td', {}, arr(q.originators).map((o) => txt(typeof o === 'object' && o ? (o as Json).name ?? '' : o)).join(', ')));
  });
  return h('table', { class: 'quantities' },
    h('thead', {}, h('tr', {}, ...['what', 'who', 'unit', 'best', 'range', 'as of', 'figures', 'originators'].map((c) => h('th', {}, c)))),
    h('tbody', {}, ...rows));
}

function figureLine(f: Json, sources: Map<number, string>): HTMLElement {
  const value = typeof f.value === 'string' ? f.value : formatFigure({ value: num(f.value), low: num(f.low), high: num(f.high), qualifier: txt(f.qualifier) || 'exact' });
  const who = txt(f.source ?? f.originator) || 'uncredited';
  return h('li', { title: txt(f.quote) }, h('b', {}, value), ` — ${who}`, f.asOf ? ` (${day(txt(f.asOf))})` : '', ' ', docLink(f, sources));
}

export function renderDifferences(brief: Json): HTMLElement {
  const diffs = arr(brief.differences);
  if (!diffs.length) return h('p', { class: 'muted' }, 'The reports do not disagree on any figure.');
  const sources = sourceMap(brief);
  return h('ul', { class: 'differences' }, ...diffs.map((d) => {
    const favoured = d.favoured && typeof d.favoured === 'object' ? formatFigure({ value: num((d.favoured as Json).value) }) : txt(d.favoured);
    return h('li', { class: `difference ${txt(d.kind)}` },
      h('div', { class: 'about' }, h('span', { class: 'tag' }, txt(d.kind)), ' ', typeof d.about === 'object' ? JSON.stringify(d.about) : txt(d.about)),
      h('ul', { class: 'figs' }, ...arr(d.figures).map((f) => figureLine(f, sources)),
        num(d.moreFigures) ? h('li', { class: 'muted' }, `and ${num(d.moreFigures)} more`) : null),
      favoured ? h('div', { class: 'favoured' }, 'Favoured: ', h('b', {}, favoured)) : null,
      d.why ? h('div', { class: 'why' }, txt(d.why)) : null);
  }));
}
