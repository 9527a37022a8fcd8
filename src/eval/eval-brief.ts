/**
 * Reconciliation evaluation against a corpus folder's gold.json `reconciled` and `conflicts`: the combatant toll's
 * timeline and breakdown by side, civilians killed, displaced counts in their units (and not called a conflict), the
 * start-day disagreement and which day is favoured, the party's claim against the monitor, and the number of
 * independent originators of the combatant toll. Any corpus of that shape works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../ingest/clean-article.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { SitrepDocument } from '../model/document.js';
import { analyze } from '../pipeline/analyze.js';
import { buildBrief } from '../brief/build-brief.js';
import type { Brief, BriefQuantity } from '../brief/types.js';
import type { StoryInput } from '../reconcile/types.js';

interface GoldTimelinePoint {
  asOf: string;
  value: number;
  breakdown?: Record<string, number>;
}
interface GoldConflict {
  about: string;
  claims: Array<{ docs: string[]; value: number | string; source?: string }>;
  favoured: number | string;
  why?: string;
}
export interface BriefGold {
  documents: Array<{ file: string; published?: string | null }>;
  reconciled: {
    event_start?: string;
    killed_combatants_timeline?: GoldTimelinePoint[];
    killed_civilians?: { value: number };
    displaced?: Array<{ value: number; unit: string; source?: string }>;
    independent_sources_for_combatant_toll?: number;
  };
  conflicts?: GoldConflict[];
}

/** Gold's side words to victim nodes. */
const GOLD_NODES: Readonly<Record<string, string>> = { rebels: 'nonstate', government: 'state', civilians: 'civilians', combatants: 'combatants', all: 'all' };

/** Reads, cleans and analyses a gold corpus as one story; document ids are the files' gold keys ("000"). */
export async function loadGoldStory(dir: string): Promise<{ gold: BriefGold; story: StoryInput }> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as BriefGold;
  const documents: SitrepDocument[] = [];
  for (const entry of gold.documents) {
    for await (const r of readInputs([join(dir, entry.file)], { published: entry.published ?? undefined })) {
      if (!r.ok) continue;
      const doc = analyze(cleanArticle(r.article));
      if (entry.published) doc.meta.published = entry.published;
      doc.id = entry.file.split('_')[0].replace(/\.\w+$/, '');
      documents.push(doc);
    }
  }
  return { gold, story: { id: 'gold', label: 'gold corpus', documents } };
}

const main = (b: Brief, node: string, unit = 'people', kind = 'killed'): BriefQuantity | undefined =>
  b.quantities.find((q) => q.kind === kind && q.victims.node === node && q.unit === unit && !q.place);

const numberIn = (v: number | string): number | null => (typeof v === 'number' ? v : Number(/\d[\d,]*/.exec(v)?.[0].replace(/,/g, '') ?? NaN) || null);

export interface BriefCheck {
  name: string;
  ok: boolean;
  got: string;
}

export function checkBrief(b: Brief, gold: BriefGold): BriefCheck[] {
  const out: BriefCheck[] = [];
  const rec = gold.reconciled;
  const comb = main(b, 'combatants');
  for (const p of rec.killed_combatants_timeline ?? []) {
    const t = comb?.timeline.find((x) => x.asOf === p.asOf);
    out.push({ name: `combatants killed ${p.asOf} = ${p.value}`, ok: t?.value === p.value, got: String(t?.value ?? 'none') });
  }
  const last = rec.killed_combatants_timeline?.at(-1);
  for (const [side, value] of Object.entries(last?.breakdown ?? {})) {
    const q = main(b, GOLD_NODES[side] ?? side);
    const sum = q?.best ?? b.quantities.filter((x) => x.kind === 'killed' && x.victims.node.startsWith(`${GOLD_NODES[side]}/`)).reduce((s, x) => s + (x.best ?? 0), 0);
    out.push({ name: `breakdown ${side} = ${value}`, ok: sum === value, got: String(sum) });
  }
  if (rec.killed_civilians) {
    const q = main(b, 'civilians');
    out.push({ name: `civilians killed = ${rec.killed_civilians.value}`, ok: q?.best === rec.killed_civilians.value, got: String(q?.best ?? 'none') });
  }
  for (const d of rec.displaced ?? []) {
    const q = b.quantities.find((x) => x.kind === 'displaced' && x.unit === d.unit && !x.place && x.best === d.value);
    out.push({ name: `displaced ${d.value} ${d.unit}`, ok: !!q, got: b.quantities.filter((x) => x.kind === 'displaced').map((x) => `${x.best} ${x.unit}`).join(', ') || 'none' });
  }
  if ((rec.displaced?.length ?? 0) > 1) {
    const units = b.differences.filter((d) => d.about.includes('displaced'));
    const ok = units.some((d) => d.kind === 'unit') && !units.some((d) => d.kind === 'conflict');
    out.push({ name: 'displaced units differ, not a conflict', ok, got: units.map((d) => d.kind).join(', ') || 'none' });
  }
  if (rec.event_start) out.push({ name: `event start ${rec.event_start}`, ok: b.eventStart.date === rec.event_start, got: String(b.eventStart.date) });
  for (const c of gold.conflicts ?? []) out.push(conflictCheck(b, c));
  if (rec.independent_sources_for_combatant_toll !== undefined) {
    const n = comb?.independentOriginators;
    out.push({ name: `combatant toll independent originators = ${rec.independent_sources_for_combatant_toll}`, ok: n === rec.independent_sources_for_combatant_toll, got: String(n ?? 'none') });
  }
  return out;
}

function conflictCheck(b: Brief, c: GoldConflict): BriefCheck {
  if (/\bday\b|\bbegan\b|\bstart/.test(c.about)) {
    const d = b.differences.find((x) => x.about === 'day the event began');
    return { name: `start-day conflict, ${c.favoured} favoured`, ok: d?.favoured === c.favoured, got: String(d?.favoured ?? 'none') };
  }
  if (/part(y|ies)/.test(c.why ?? '')) {
    const claim = c.claims.map((x) => numberIn(x.value)).filter((v): v is number => v !== null && v !== c.favoured);
    const d = b.differences.find((x) => x.kind === 'party-claim' && x.favoured === c.favoured && x.figures.some((f) => claim.includes(Number(f.value))));
    const got = b.differences.filter((x) => x.kind === 'party-claim').map((x) => `${x.figures[0].value} vs ${x.favoured}`).join('; ');
    return { name: `party claim vs ${c.favoured}`, ok: !!d, got: got || 'none' };
  }
  const values = c.claims.map((x) => numberIn(x.value)).filter((v): v is number => v !== null);
  const explained = values.every((v) => b.differences.some((d) => d.figures.some((f) => f.value === v)) || b.quantities.some((q) => q.best === v));
  return { name: `explained: ${c.about}`, ok: explained, got: b.differences.filter((d) => d.figures.some((f) => values.includes(Number(f.value)))).map((d) => d.kind).join(', ') || 'none' };
}

export async function evaluate(dir: string): Promise<{ name: string; rows: Array<[string, number | string]>; notes: string[] }> {
  const { gold, story } = await loadGoldStory(dir);
  const t0 = performance.now();
  const brief = buildBrief(story);
  const ms = performance.now() - t0;
  const checks = checkBrief(brief, gold);
  const passed = checks.filter((c) => c.ok).length;
  return {
    name: 'brief (reconciliation)',
    rows: [
      ['checks passed', `${passed}/${checks.length}`],
      ['score', checks.length ? passed / checks.length : 0],
      ['brief ms', ms],
    ],
    notes: checks.map((c) => `${c.ok ? 'ok  ' : 'MISS'} ${c.name} (got ${c.got})`),
  };
}
