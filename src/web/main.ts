/**
 * The sitrep web app: a hash router over three pages. `#/` stories, `#/story/<id>` one story, `#/doc/<id>` one
 * report (`#/doc/<id>/fig/<n>` lands on the sentence of figure n).
 */
import './style.css';
import { ApiFailure, setToken } from './api.js';
import { clear, h, hideTooltip } from './dom.js';
import { renderDocumentPage } from './pages/document.js';
import { renderStoriesPage } from './pages/stories.js';
import { renderStoryPage } from './pages/story.js';

type Page = (root: HTMLElement, params: string[]) => Promise<(() => void) | void>;

/** Routes, tried in order. */
const ROUTES: [RegExp, Page][] = [
  [/^#\/story\/([^/]+)$/, (root, [id]) => renderStoryPage(root, decodeURIComponent(id))],
  [/^#\/doc\/([^/]+)(?:\/fig\/(\d+))?$/, (root, [id, fig]) => renderDocumentPage(root, decodeURIComponent(id), fig === undefined ? null : Number(fig))],
  [/^(#\/?)?$/, (root) => renderStoriesPage(root)],
];

let cleanup: (() => void) | void;
let generation = 0;

function tokenForm(root: HTMLElement): HTMLElement {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': 'token' });
  const form = h('form', { class: 'token-form' }, h('p', {}, 'This server needs its access token.'), input, h('button', { type: 'submit' }, 'Open'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setToken(input.value.trim());
    void route();
  });
  root.replaceChildren(form);
  return form;
}

async function route(): Promise<void> {
  const root = document.getElementById('app')!;
  const mine = ++generation;
  if (cleanup) cleanup();
  cleanup = undefined;
  document.body.dataset.page = 'loading';
  performance.clearMarks();
  performance.mark('sitrep:route');
  hideTooltip();
  const hash = location.hash;
  const match = ROUTES.map(([re, page]) => [re.exec(hash), page] as const).find(([m]) => m);
  clear(root);
  root.append(h('p', { class: 'loading' }, 'Loading…'));
  try {
    if (!match) throw new ApiFailure(404, 'not_found', `no page at ${hash}`);
    const [m, page] = match;
    const done = await page(root, m!.slice(1));
    if (mine === generation) cleanup = done;
    else if (done) done();
  } catch (err) {
    if (mine !== generation) return;
    if (err instanceof ApiFailure && err.status === 401) return void tokenForm(root);
    if (!(err instanceof ApiFailure)) console.error(err);
    root.replaceChildren(h('div', { class: 'error' }, h('h2', {}, 'Could not show this page'), h('p', {}, (err as Error).message)));
  }
  if (mine === generation) document.body.dataset.page = 'ready';
}

window.addEventListener('hashchange', () => void route());
void route();
