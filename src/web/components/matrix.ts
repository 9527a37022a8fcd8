/**
 * The figures matrix: rows are quantities, columns are reports (oldest first), each cell the figure the report
 * gives with its qualifier, coloured by agreement with the brief's best figure. A cell links to its sentence.
 * Cells are sparse in the data; a row is filled in one pass, so a 1,000-report story draws quickly.
 */
import { day, formatFigure, h, showTooltip, hideTooltip } from '../dom.js';
import type { MatrixCell, StoryView } from '../types.js';

export const AGREEMENT_TITLES: Readonly<Record<string, string>> = {
  agree: 'agrees with the best figure',
  near: 'within the range the reports give',
  conflict: 'differs from the best figure',
  unknown: 'no best figure to compare with',
};

function cellLink(c: MatrixCell): HTMLElement {
  const a = h('a', { class: `cell ${c.agreement}`, href: `#/doc/${encodeURIComponent(c.doc)}/fig/${c.fig}`,
    'data-doc': c.doc, 'data-fig': c.fig, 'aria-label': `${formatFigure(c)} ${c.qualifier}, ${AGREEMENT_TITLES[c.agreement]}` },
  formatFigure(c));
  a.addEventListener('mouseenter', () => showTooltip(a, { quote: c.quote, qualifier: c.qualifier, source: c.source, date: c.date, agreement: c.agreement }));
  a.addEventListener('mouseleave', hideTooltip);
  return a;
}

export function renderMatrix(view: StoryView): HTMLElement {
  if (!view.rows.length) return h('p', { class: 'muted' }, 'No figures in these reports.');
  const head = h('tr', {}, h('th', { class: 'corner' }, 'quantity \\ report'), h('th', { class: 'best' }, 'best'),
    ...view.reports.map((r, i) => h('th', { class: 'report', title: `${r.title ?? r.id}${r.duplicateOf ? ' (reprint)' : ''}` },
      h('a', { href: `#/doc/${encodeURIComponent(r.id)}` }, `${i + 1}. ${r.outlet ?? 'unknown outlet'}`), h('br'), h('span', { class: 'muted' }, day(r.published)))));
  const body = view.rows.map((row) => {
    const byCol = new Map<number, MatrixCell[]>();
    for (const c of row.cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c]);
    const tds: HTMLElement[] = [];
    for (let col = 0; col < view.reports.length; col++) {
      const cells = byCol.get(col);
      tds.push(cells ? h('td', {}, ...cells.map(cellLink)) : h('td', { class: 'empty' }));
    }
    return h('tr', { 'data-quantity': row.key }, h('th', { class: 'quantity' }, row.label),
      h('td', { class: 'best' }, row.best !== null ? formatFigure({ value: row.best }) : '—'), ...tds);
  });
  const legend = h('p', { class: 'matrix-legend' }, ...Object.entries(AGREEMENT_TITLES).map(([k, v]) => h('span', { class: `cell ${k}` }, v)));
  return h('div', { class: 'matrix-wrap' }, legend, h('div', { class: 'scroll' }, h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...body))));
}
