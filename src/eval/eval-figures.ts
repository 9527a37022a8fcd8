/**
 * Figure evaluation against a corpus folder's gold.json (`documents[]` with file and published, `figures[]` with
 * doc, kind, value, victims, qualifier, source, scope, quote, optional, accept_kinds; `boilerplate` lines).
 *
 * Matching is by value + kind within a document (gold `accept_kinds` widen the kind; a vague gold figure matches a
 * vague prediction of the same kind near its quote). Recall counts non-optional gold figures; optional gold figures
 * are neither required nor false positives. A predicted breakdown (partOf) of a matched total that gold does not
 * list is not counted either way. Side, source, scope and qualifier are scored over matched pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../ingest/clean-article.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { SitrepDocument } from '../model/document.js';
import type { Figure, Side } from '../model/figure.js';
import { analyze } from '../pipeline/analyze.js';
import { lookupActor } from '../extract/tables/actors.js';

interface GoldFigure {
  doc: string;
  kind: string;
  victims: string | null;
  value: number | null;
  qualifier: string;
  unit?: string;
  source: string | null;
  scope: string;
  quote: string;
  optional?: boolean;
  accept_kinds?: string[];
}
interface Gold {
  documents: Array<{ file: string; published?: string | null }>;
  figures: GoldFigure[];
  boilerplate?: Record<string, string[]>;
}

/** Gold's side words to sitrep's sides. */
const GOLD_SIDES: Readonly<Record<string, Side>> = {
  rebels: 'nonstate', government: 'state', civilians: 'civilians', combatants: 'combatants', all: 'all',
  state: 'state', nonstate: 'nonstate', unknown: 'unknown',
};

export interface FigureScore {
  matched: Array<{ gold: GoldFigure; pred: Figure; file: string }>;
  missed: GoldFigure[];
  falsePositives: Array<{ pred: Figure; file: string }>;
  fromBoilerplate: Array<{ pred: Figure; file: string }>;
  requiredTotal: number;
  predictedCounted: number;
}

export async function scoreFigures(dir: string): Promise<FigureScore> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const score: FigureScore = { matched: [], missed: [], falsePositives: [], fromBoilerplate: [], requiredTotal: 0, predictedCounted: 0 };
  for (const entry of gold.documents) {
    const doc = await loadDocument(join(dir, entry.file), entry.published ?? undefined);
    analyze(doc);
    const key = docKey(entry.file, gold);
    const golds = gold.figures.filter((g) => g.doc === key || g.doc === entry.file);
    scoreDocument(doc, entry.file, golds, gold.boilerplate?.[entry.file] ?? [], score);
  }
  return score;
}

/** Gold names documents by the file's leading number ("000") or by file name. */
function docKey(file: string, gold: Gold): string {
  const prefix = file.split('_')[0];
  return gold.figures.some((g) => g.doc === prefix) ? prefix : file;
}

async function loadDocument(path: string, published?: string): Promise<SitrepDocument> {
  for await (const r of readInputs([path], { published })) {
    if (r.ok) return cleanArticle(r.article);
    throw new Error(`sitrep eval: cannot read ${r.location}: ${r.diagnostic.reason}`);
  }
  throw new Error(`sitrep eval: ${path} holds no article`);
}

const kindOk = (g: GoldFigure, f: Figure): boolean => f.kind === g.kind || (g.accept_kinds ?? []).includes(f.kind);

function scoreDocument(doc: SitrepDocument, file: string, golds: GoldFigure[], junk: string[], score: FigureScore): void {
  const preds = doc.figures ?? [];
  const used = new Set<number>();
  const goldUsed = new Set<GoldFigure>();
  // exact value matches first, then vague ones by quote proximity
  for (const g of [...golds].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false))) {
    const i = preds.findIndex((f, k) => !used.has(k) && kindOk(g, f) && matchesValue(doc, g, f));
    if (i >= 0) {
      used.add(i);
      goldUsed.add(g);
      score.matched.push({ gold: g, pred: preds[i], file });
    } else if (!g.optional) score.missed.push(g);
  }
  score.requiredTotal += golds.filter((g) => !g.optional).length;
  const matchedIdx = new Set(score.matched.filter((m) => m.file === file).map((m) => preds.indexOf(m.pred)));
  preds.forEach((f, k) => {
    if (used.has(k)) return;
    if (f.partOf !== null && matchedIdx.has(f.partOf)) return; // a breakdown gold does not list
    score.falsePositives.push({ pred: f, file });
  });
  score.predictedCounted += preds.filter((f, k) => used.has(k) ? !isOptionalMatch(score, f) : !(f.partOf !== null && matchedIdx.has(f.partOf))).length;
  for (const line of junk) {
    const probe = line.replace(/…$/, '').trim();
    for (const f of preds) if (probe.includes(f.quote)) score.fromBoilerplate.push({ pred: f, file });
  }
}

function isOptionalMatch(score: FigureScore, f: Figure): boolean {
  return score.matched.some((m) => m.pred === f && m.gold.optional === true);
}

function matchesValue(doc: SitrepDocument, g: GoldFigure, f: Figure): boolean {
  if (g.value !== null) return f.value === g.value;
  if (f.value !== null) return false;
  // vague gold: a vague prediction whose sentence holds the gold quote
  const at = doc.text.indexOf(g.quote);
  return at >= 0 && f.sentence !== undefined && at >= f.sentence[0] && at < f.sentence[1];
}

/** Source names compared through the actor table; "(…)" in gold names is an alias ("Syria Civil Defence (White Helmets)"). */
export function sameSource(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  const forms = (s: string): string[] => {
    const parts = [s, s.replace(/\s*\(.*\)\s*/, ''), ...(/\(([^)]+)\)/.exec(s)?.slice(1) ?? [])];
    return parts.flatMap((p) => [p.toLowerCase().trim(), lookupActor(p)?.name.toLowerCase() ?? '']).filter(Boolean);
  };
  const a = new Set(forms(gold));
  return forms(pred).some((p) => a.has(p));
}

export async function evaluate(dir: string): Promise<{ name: string; rows: Array<[string, number | string]>; notes: string[] }> {
  const s = await scoreFigures(dir);
  const n = s.matched.length || 1;
  const requiredHit = s.matched.filter((m) => !m.gold.optional).length;
  const counted = requiredHit + s.falsePositives.length;
  const rate = (ok: (m: FigureScore['matched'][number]) => boolean) => s.matched.filter(ok).length / n;
  const rows: Array<[string, number | string]> = [
    ['gold figures (required)', String(s.requiredTotal)],
    ['matched (all / required)', `${s.matched.length} / ${requiredHit}`],
    ['recall', s.requiredTotal ? requiredHit / s.requiredTotal : 1],
    ['precision', counted ? requiredHit / counted : 1],
    ['side', rate((m) => (GOLD_SIDES[m.gold.victims ?? ''] ?? 'unknown') === m.pred.victims.side || (m.gold.victims === null && m.pred.kind === 'control'))],
    ['source', rate((m) => sameSource(m.gold.source, m.pred.source))],
    ['scope', rate((m) => m.gold.scope === m.pred.scope)],
    ['qualifier', rate((m) => m.gold.qualifier === m.pred.qualifier)],
    ['from boilerplate', String(s.fromBoilerplate.length)],
  ];
  const notes: string[] = [];
  for (const g of s.missed) notes.push(`miss ${g.doc}: ${g.kind}=${g.value} "${g.quote}"`);
  for (const { pred, file } of s.falsePositives) notes.push(`false positive ${file.slice(0, 3)}: ${pred.kind}=${pred.value} "${pred.quote}"`);
  for (const m of s.matched) {
    const bad: string[] = [];
    if ((GOLD_SIDES[m.gold.victims ?? ''] ?? 'unknown') !== m.pred.victims.side && m.gold.victims !== null) bad.push(`side ${m.pred.victims.side}≠${m.gold.victims}`);
    if (!sameSource(m.gold.source, m.pred.source)) bad.push(`source ${m.pred.source}≠${m.gold.source}`);
    if (m.gold.scope !== m.pred.scope) bad.push(`scope ${m.pred.scope}≠${m.gold.scope}`);
    if (m.gold.qualifier !== m.pred.qualifier) bad.push(`qualifier ${m.pred.qualifier}≠${m.gold.qualifier}`);
    if (bad.length) notes.push(`wrong ${m.gold.doc} ${m.gold.kind}=${m.gold.value}: ${bad.join(', ')}`);
  }
  for (const { pred, file } of s.fromBoilerplate) notes.push(`from boilerplate ${file}: "${pred.quote}"`);
  return { name: 'figures', rows, notes };
}
