/**
 * The figures matrix: rows are quantities, columns are reports (oldest first), each cell the figure the report
 * gives with its qualifier, coloured by agreement with the brief's best figure. A cell links to its sentence.
 * Cells are sparse in the data; a row is filled in one pass, so a 1,000-report story draws quickly.
 */
import { day, formatFigure, h, hideTooltip, showTooltip } from '../dom.js';
import type { MatrixCell, StoryView } from '../types.js';

export const AGREEMENT_TITLES: Readonly<Record<string, string>> = {
  agree: 'agrees with the best figure',
  near: 'within the range the reports give',
  conflict: 'differs from the best figure',
  unknown: 'no best figure to compare with',
};

function cellLink(c: MatrixCell, row: number, i: number): HTMLElement {
  return h('a', { class: `cell ${c.agreement}`, href: `#/doc/${encodeURIComponent(c.doc)}/fig/${c.fig}`,
    'data-doc': c.doc, 'data-fig': c.fig, 'data-cell': `${row}:${i}`, 'aria-label': `${formatFigure(c)} ${c.qualifier}, ${AGREEMENT_TITLES[c.agreement]}` },
  formatFigure(c));
}

/** One pair of listeners for the whole table (not two per cell): hovering a cell shows its record. */
function delegateTooltips(table: HTMLElement, view: StoryView): void {
  table.addEventListener('mouseover', (e) => {
    const a = (e.target as Element).closest('a.cell');
    const at = a?.getAttribute('data-cell');
    if (!a || !at) return;
    const [r, i] = at.split(':').map(Number);
    const c = view.rows[r]?.cells[i];
    if (c) showTooltip(a, { quote: c.quote, qualifier: c.qualifier, source: c.source, date: c.date, agreement: c.agreement });
  });
  table.addEventListener('mouseout', (e) => {
    if ((e.target as Element).closest('a.cell')) hideTooltip();
  });
}

export function renderMatrix(view: StoryView): HTMLElement {
  if (!view.rows.length) return h('p', { class: 'muted' }, 'No figures in these reports.');
  const head = h('tr', {}, h('th', { class: 'corner' }, 'quantity \\ report'), h('th', { class: 'best' }, 'best'),
    ...view.reports.map((r, i) => h('th', { class: 'report', title: `${r.title ?? r.id} — ${day(r.published)}${r.duplicateOf ? ' (reprint)' : ''}` },
      h('a', { href: `#/doc/${encodeURIComponent(r.id)}` }, `${i + 1}. ${r.outlet ?? 'unknown outlet'}`), ` ${day(r.published).slice(5)}`)));
  const body = view.rows.map((row, r) => {
    const byCol = new Map<number, HTMLElement[]>();
    row.cells.forEach((c, i) => byCol.set(c.col, [...(byCol.get(c.col) ?? []), cellLink(c, r, i)]));
    const tds: HTMLElement[] = [];
    for (let col = 0; col < view.reports.length; col++) {
      const links = byCol.get(col);
      tds.push(links ? h('td', {}, ...links) : h('td', { class: 'empty' }));
    }
    return h('tr', { 'data-quantity': row.key }, h('th', { class: 'quantity' }, row.label),
      h('td', { class: 'best' }, row.best !== null ? formatFigure({ value: row.best }) : '—'), ...tds);
  });
  const legend = h('p', { class: 'matrix-legend' }, ...Object.entries(AGREEMENT_TITLES).map(([k, v]) => h('span', { class: `cell ${k}` }, v)));
  const table = h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...body));
  delegateTooltips(table, view);
  return h('div', { class: 'matrix-wrap' }, legend, h('div', { class: 'scroll' }, table));
}
