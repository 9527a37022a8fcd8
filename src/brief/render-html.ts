/**
 * The brief as one self-contained HTML file: inline CSS only, no scripts, no external resources, printable. Every
 * piece of text from the reports is escaped.
 */
import type { Brief, BriefQuantity } from './types.js';
import { claimRows, DIFFERENCE_WORDS, favouredWords, figure, num, what, whereWho } from './wording.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Print-friendly styles: serif body, compact tables, no colours needed to read it. */
export const BRIEF_CSS = `body{font:15px/1.45 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.1rem;border-bottom:1px solid #999;margin-top:1.6rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.25rem .4rem;vertical-align:top}
th{background:#eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#555;font-style:italic}
.claim td{color:#7a2a00}.kind{font-variant:small-caps;font-weight:bold}sup{font-size:.7rem}
@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}h2{break-after:avoid}tr{break-inside:avoid}}`;

const e = escapeHtml;
const refs = (ns: readonly number[]): string => ns.map((n) => `<sup><a href="#src-${n}">[${n}]</a></sup>`).join('');

export function renderHtml(b: Brief): string {
  const body = [
    `<h1>${e(b.headline)}</h1>`,
    `<p class="meta">${e(b.story.label)} · ${b.story.documents.length} reports</p>`,
    b.eventStart.date
      ? `<p>Began: ${e(b.eventStart.words ?? '')} (${e(b.eventStart.date)}) ${refs(b.eventStart.claims.filter((c) => c.date === b.eventStart.date).map((c) => c.cite))}</p>`
      : '',
    ...whereWho(b).map((l) => `<p>${e(l.label)}: ${e(l.text)} ${refs(l.cites)}</p>`),
    keyFigures(b.quantities),
    moved(b.quantities),
    disagreements(b),
    b.summary.length ? `<h2>What happened</h2>${b.summary.map((s) => `<p>${e(s.text)} ${refs(s.citations)}</p>`).join('')}` : '',
    sources(b),
    placesHtml(b),
  ].join('\n');
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${e(b.headline)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${BRIEF_CSS}</style></head>
<body>\n${body}\n</body></html>\n`;
}

function keyFigures(qs: BriefQuantity[]): string {
  if (!qs.length) return '<h2>Key figures</h2><p>No figures were found in these reports.</p>';
  const rows = qs.map((q) => {
    const parts = q.breakdown.length ? `<br><small>of which ${e(q.breakdown.map((p) => `${p.label} ${num(p.value)}`).join(', '))}</small>` : '';
    const latest = q.latest ? `${num(q.latest.value)} (${e(q.latest.asOf ?? 'undated')}) ${refs([q.latest.cite])}` : '–';
    const claims = claimRows(q.claims)
      .map((c) => `<tr class="claim"><td>↳ claim by ${e(c.source)}</td><td></td><td class="n">${e(figure(c.value, c.qualifier))}</td><td></td><td>${e(c.asOf ?? '')}</td><td>party to the event</td><td>${refs(c.cites)}</td></tr>`)
      .join('');
    return `<tr><td>${e(what(q))}${parts}</td><td class="n">${num(q.low)}</td><td class="n"><b>${num(q.best)}</b></td><td class="n">${num(q.high)}</td><td>${latest}</td><td>${e(q.originators.join(', '))} (${q.independentOriginators})</td><td>${refs(q.citations)}</td></tr>${claims}`;
  });
  return `<h2>Key figures</h2><table><thead><tr><th>What</th><th>Low</th><th>Best</th><th>High</th><th>Latest</th><th>Originators (independent)</th><th>Sources</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="meta">Best: the latest figure from originators not party to the event. Claims by parties are shown, not counted.</p>`;
}

function moved(qs: BriefQuantity[]): string {
  const items = qs
    .filter((q) => q.history.length > 1)
    .map((q) => `<li><b>${e(what(q))}</b>: ${q.timeline.map((t) => `${e(figure(t.value, t.qualifier))} (${e(t.asOf || 'undated')}, ${e(t.sources.join(', '))}) ${refs(t.cites)}`).join(' → ')}</li>`);
  return items.length ? `<h2>How the toll moved</h2><ul>${items.join('')}</ul>` : '';
}

function disagreements(b: Brief): string {
  if (!b.differences.length) return '<h2>Where reports disagree</h2><p>The reports agree.</p>';
  const items = b.differences.map((d) => {
    const figs = d.figures.map((f) => `${e(figure(f.value, f.qualifier))}${f.unit && f.unit !== 'people' ? ` ${e(f.unit)}` : ''}${f.source ? ` (${e(f.source)})` : ''} ${refs([f.cite])}`).join('; ');
    const fav = favouredWords(d);
    return `<li><b>${e(d.about)}</b> — <span class="kind">${e(DIFFERENCE_WORDS[d.kind])}</span>: ${figs}. Favoured: ${e(fav)}. ${e(d.why)}</li>`;
  });
  return `<h2>Where reports disagree</h2><ul>${items.join('')}</ul>`;
}

function sources(b: Brief): string {
  const items = b.sources.map((s) => {
    const title = s.url ? `<a href="${e(s.url)}">${e(s.title ?? s.url)}</a>` : e(s.title ?? '(untitled)');
    const orig = s.originators.length ? ` Cites: ${e(s.originators.join(', '))}.` : '';
    const reprint = s.reprintOf ? ` Reprint of [${s.reprintOf}].` : '';
    return `<li id="src-${s.n}" value="${s.n}">${e(s.outlet ?? 'unknown outlet')} — ${title} (${e(s.published ?? 'undated')}).${orig}${reprint}</li>`;
  });
  return `<h2>Sources</h2><ol>${items.join('')}</ol>`;
}

function placesHtml(b: Brief): string {
  if (!b.places.length) return '';
  const rows = b.places.map((p) => `<tr><td>${e(p.name)}</td><td>${e(p.admin1 ?? '')}</td><td class="n">${p.lat ?? ''}</td><td class="n">${p.lon ?? ''}</td><td class="n">${p.mentions}</td><td>${refs(p.citations)}</td></tr>`);
  return `<h2>Places</h2><table><thead><tr><th>Place</th><th>Admin1</th><th>Lat</th><th>Lon</th><th>Mentions</th><th>Sources</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
