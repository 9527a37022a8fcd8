/**
 * The figures matrix: rows are quantities, columns are reports (oldest first), each cell the figure the report
 * gives with its qualifier, coloured by agreement with the brief's best figure. A cell links to its sentence.
 * Cells are sparse in the data; a row is filled in one pass, so a 1,000-report story draws quickly.
 */
import { day, formatFigure, h, hideTooltip, showTooltip } from '../dom.js';
import type { MatrixCell, StoryView } from '../types.js';

/**
 * Cell colours, in legend order. The kinds follow the brief's differences: an earlier figure its originator since
 * updated, a party's claim and another unit or scope are not disagreements; red is kept for what the brief leaves
 * standing. WHY marks: the colour is never the only cue (each kind but agree/unknown also carries a mark, drawn by
 * the stylesheet, and the words are in the legend and the cell's label).
 */
export const AGREEMENT_TITLES: Readonly<Record<string, string>> = {
  agree: 'agrees with the best figure',
  near: 'within the range the reports give',
  update: 'earlier figure, since updated',
  claim: 'claim by a party to the fighting',
  scope: 'other unit or scope',
  conflict: 'conflicts with the best figure',
  unknown: 'nothing exact to compare with',
};

function cellLink(c: MatrixCell, row: number, i: number): HTMLElement {
  return h('a', { class: `cell ${c.agreement}`, href: `#/doc/${encodeURIComponent(c.doc)}/fig/${c.fig}`,
    'data-doc': c.doc, 'data-fig': c.fig, 'data-cell': `${row}:${i}`, 'data-agreement': c.agreement,
    'aria-label': `${formatFigure(c)} ${c.qualifier}, ${AGREEMENT_TITLES[c.agreement] ?? c.agreement}` },
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
    if (c) showTooltip(a, { quote: c.quote, qualifier: c.qualifier, source: c.source, date: c.date, agreement: AGREEMENT_TITLES[c.agreement] ?? c.agreement, ...(c.why ? { why: c.why } : {}) });
  });
  table.addEventListener('mouseout', (e) => {
    if ((e.target as Element).closest('a.cell')) hideTooltip();
  });
}

/**
 * WHY a cap: a 1,000-report story would draw 1,000 columns nobody reads at once (and take a tenth of a second to lay
 * out). The matrix shows the latest MATRIX_COLUMNS reports; the earlier ones are summed up in one column per row
 * (how many figures, their range, how many differ), and "Show all" draws every column on request.
 */
export const MATRIX_COLUMNS = 100;

/** The summary cell of the columns left out: "37 figures · 14–32 · 3 differ". */
function earlierSummary(cells: MatrixCell[]): HTMLElement {
  if (!cells.length) return h('td', { class: 'earlier empty' });
  let lo = Infinity;
  let hi = -Infinity;
  let differ = 0;
  for (const c of cells) {
    const v = c.value;
    if (v !== null) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    if (c.agreement === 'conflict') differ++;
  }
  const range = lo === Infinity ? '' : lo === hi ? formatFigure({ value: lo }) : `${formatFigure({ value: lo })}–${formatFigure({ value: hi })}`;
  return h('td', { class: `earlier${differ ? ' has-conflict' : ''}`, title: `${cells.length} figures in the earlier reports` },
    `${cells.length} fig. `, range ? h('b', {}, range) : null, differ ? h('span', { class: 'differ' }, ` · ${differ} differ`) : null);
}

function table(view: StoryView, from: number): HTMLElement {
  const head = h('tr', {}, h('th', { class: 'corner' }, 'quantity \\ report'), h('th', { class: 'best' }, 'best'),
    from > 0 ? h('th', { class: 'earlier' }, `${from.toLocaleString('en-US')} earlier reports`) : null,
    ...view.reports.slice(from).map((r, k) => h('th', { class: 'report', title: `${r.title ?? r.id} — ${day(r.published)}${r.duplicateOf ? ' (reprint)' : ''}` },
      h('a', { href: `#/doc/${encodeURIComponent(r.id)}` }, `${from + k + 1}. ${r.outlet ?? 'unknown outlet'}`), ` ${day(r.published).slice(5)}`)));
  const body = view.rows.map((row, r) => {
    const byCol = new Map<number, HTMLElement[]>();
    const earlier: MatrixCell[] = [];
    row.cells.forEach((c, i) => {
      if (c.col < from) earlier.push(c);
      else {
        const list = byCol.get(c.col);
        if (list) list.push(cellLink(c, r, i));
        else byCol.set(c.col, [cellLink(c, r, i)]);
      }
    });
    const tds: HTMLElement[] = [];
    for (let col = from; col < view.reports.length; col++) {
      const links = byCol.get(col);
      tds.push(links ? h('td', {}, ...links) : h('td', { class: 'empty' }));
    }
    return h('tr', { 'data-quantity': row.key }, h('th', { class: 'quantity' }, row.label),
      h('td', { class: 'best' }, row.best !== null ? formatFigure({ value: row.best }) : '—'), from > 0 ? earlierSummary(earlier) : null, ...tds);
  });
  const t = h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...body));
  delegateTooltips(t, view);
  return t;
}

export function renderMatrix(view: StoryView, columns = MATRIX_COLUMNS): HTMLElement {
  if (!view.rows.length) return h('p', { class: 'muted' }, 'No figures in these reports.');
  const legend = h('p', { class: 'matrix-legend' }, ...Object.entries(AGREEMENT_TITLES).map(([k, v]) => h('span', { class: `cell ${k}`, 'data-agreement': k }, v)));
  const from = Math.max(0, view.reports.length - columns);
  const scroll = h('div', { class: 'scroll' }, table(view, from));
  if (!from) return h('div', { class: 'matrix-wrap' }, legend, scroll);
  const note = h('p', { class: 'matrix-note muted' },
    `The latest ${columns} of ${view.reports.length.toLocaleString('en-US')} reports, one column each; the first column sums up the earlier ones. `);
  const all = h('button', { type: 'button', class: 'more' }, `Show all ${view.reports.length.toLocaleString('en-US')} reports`);
  all.addEventListener('click', () => {
    scroll.replaceChildren(table(view, 0));
    note.remove();
  });
  note.append(all);
  return h('div', { class: 'matrix-wrap' }, legend, note, scroll);
}
