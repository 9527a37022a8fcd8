/** The brief as Markdown: headline, key figures, how the toll moved, disagreements, summary, sources, places. */
import type { Brief, BriefQuantity } from './types.js';
import { cites, claimRows, DIFFERENCE_WORDS, favouredWords, figure, num, what, whereWho } from './wording.js';

/** Markdown table cells must not break the table. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(b: Brief): string {
  const out: string[] = [`# ${b.headline}`, ''];
  const span = b.story.documents.map((d) => d.published?.slice(0, 10)).filter(Boolean).sort();
  out.push(`_${b.story.label} · ${b.story.documents.length} reports${span.length ? ` · ${span[0]} to ${span[span.length - 1]}` : ''}_`, '');
  if (b.eventStart.date) {
    const n = b.eventStart.claims.filter((c) => c.date === b.eventStart.date).map((c) => c.cite);
    out.push(`Began: ${b.eventStart.words} (${b.eventStart.date}) ${cites(n)}`, '');
  }
  for (const l of whereWho(b)) out.push(`${l.label}: ${l.text} ${cites(l.cites)}`, '');
  out.push(...keyFigures(b.quantities), ...moved(b.quantities), ...disagreements(b), ...summary(b), ...sources(b), ...placesMd(b));
  return out.join('\n') + '\n';
}

function keyFigures(qs: BriefQuantity[]): string[] {
  if (!qs.length) return ['## Key figures', '', 'No figures were found in these reports.', ''];
  const out = ['## Key figures', '', '| What | Low | Best | High | Latest | Originators (independent) | Sources |', '|---|---:|---:|---:|---|---|---|'];
  for (const q of qs) {
    const latest = q.latest ? `${num(q.latest.value)} (${q.latest.asOf ?? 'undated'}) [${q.latest.cite}]` : '–';
    const parts = q.breakdown.length ? `; of which ${q.breakdown.map((p) => `${p.label} ${num(p.value)}`).join(', ')}` : '';
    out.push(
      `| ${cell(what(q) + parts)} | ${num(q.low)} | **${num(q.best)}** | ${num(q.high)} | ${latest} | ${cell(q.originators.join(', '))} (${q.independentOriginators}) | ${cites(q.citations)} |`,
    );
    for (const c of claimRows(q.claims)) {
      out.push(`| ↳ claim by ${cell(c.source)} | | ${figure(c.value, c.qualifier)} | | ${c.asOf ?? ''} | party to the event | ${cites(c.cites)} |`);
    }
  }
  out.push('', 'Best: the latest figure from originators not party to the event. Claims by parties are shown, not counted.', '');
  return out;
}

function moved(qs: BriefQuantity[]): string[] {
  const lines = qs
    .filter((q) => q.history.length > 1)
    .map((q) => {
      const steps = q.timeline.map((t) => `${figure(t.value, t.qualifier)} (${t.asOf || 'undated'}, ${t.sources.join(', ')}) ${cites(t.cites)}`);
      return `- **${what(q)}**: ${steps.join(' → ')}`;
    });
  return lines.length ? ['## How the toll moved', '', ...lines, ''] : [];
}

function disagreements(b: Brief): string[] {
  if (!b.differences.length) return ['## Where reports disagree', '', 'The reports agree.', ''];
  const out = ['## Where reports disagree', ''];
  for (const d of b.differences) {
    const figs = d.figures.map((f) => `${figure(f.value, f.qualifier)}${f.unit && f.unit !== 'people' ? ` ${f.unit}` : ''}${f.source ? ` (${f.source})` : ''} [${f.cite}]`);
    const fav = favouredWords(d);
    out.push(`- **${d.about}** — ${DIFFERENCE_WORDS[d.kind]}: ${figs.join('; ')}. Favoured: ${fav}. ${d.why}`);
  }
  out.push('');
  return out;
}

function summary(b: Brief): string[] {
  if (!b.summary.length) return [];
  return ['## What happened', '', ...b.summary.map((s) => `${s.text} ${cites(s.citations)}`), ''];
}

function sources(b: Brief): string[] {
  const out = ['## Sources', ''];
  for (const s of b.sources) {
    const title = s.url ? `[${s.title ?? s.url}](${s.url})` : s.title ?? '(untitled)';
    const orig = s.originators.length ? ` Cites: ${s.originators.join(', ')}.` : '';
    const reprint = s.reprintOf ? ` Reprint of [${s.reprintOf}].` : '';
    out.push(`${s.n}. ${s.outlet ?? 'unknown outlet'} — ${title} (${s.published ?? 'undated'}).${orig}${reprint}`);
  }
  out.push('');
  return out;
}

function placesMd(b: Brief): string[] {
  if (!b.places.length) return [];
  const out = ['## Places', '', '| Place | Admin1 | Lat | Lon | Mentions | Sources |', '|---|---|---:|---:|---:|---|'];
  for (const p of b.places) {
    out.push(`| ${cell(p.name)} | ${cell(p.admin1 ?? '')} | ${p.lat ?? ''} | ${p.lon ?? ''} | ${p.mentions} | ${cites(p.citations)} |`);
  }
  out.push('');
  return out;
}
