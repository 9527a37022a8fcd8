/**
 * Building DOM safely: every string becomes a text node (textContent), never markup. Attributes are set one by one;
 * `style` and event-handler attributes are refused, so data can never become code or inline style.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'style' || k.startsWith('on')) throw new Error(`dom: attribute ${k} is not allowed; use a class`);
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Short display of an ISO date: 2025-03-11. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** Qualifier marks shown before a number. WHY symbols: a 1,000-column matrix has no room for words. */
export const QUALIFIER_MARK: Readonly<Record<string, string>> = {
  exact: '', about: '~', 'more-than': '>', 'at-least': '≥', almost: '<', 'up-to': '≤', range: '', vague: '?',
};

export function formatFigure(f: { value: number | null; low?: number | null; high?: number | null; qualifier?: string; words?: string | null }): string {
  const n = (v: number) => v.toLocaleString('en-US');
  if (f.qualifier === 'range' && f.low != null && f.high != null) return `${n(f.low)}–${n(f.high)}`;
  // WHY: a vague amount has no value; its bounds are a reading of the word, so the word is shown, never "?999".
  if (f.value == null && f.words) return f.words;
  if (f.value == null && f.low != null && f.high != null) return `${n(f.low)}–${n(f.high)}`;
  if (f.value == null && f.low != null) return `≥${n(f.low)}`;
  const v = f.value ?? f.high ?? f.low;
  if (v == null) return '?';
  return `${QUALIFIER_MARK[f.qualifier ?? 'exact'] ?? ''}${n(v)}`;
}

/** The floating box that shows a parsed record on hover. */
export function showTooltip(target: Element, record: unknown): void {
  const tip = document.getElementById('tooltip');
  if (!tip) return;
  tip.replaceChildren(h('pre', {}, JSON.stringify(record, null, 1)));
  const r = target.getBoundingClientRect();
  tip.hidden = false;
  tip.classList.add('shown');
  const top = Math.min(window.innerHeight - tip.offsetHeight - 8, r.bottom + 6);
  const left = Math.min(window.innerWidth - tip.offsetWidth - 8, Math.max(8, r.left));
  tip.style.top = `${Math.max(8, top)}px`;
  tip.style.left = `${left}px`;
}

export function hideTooltip(): void {
  const tip = document.getElementById('tooltip');
  if (tip) tip.hidden = true;
}
