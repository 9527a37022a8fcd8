/**
 * The story page's data in one payload, computed on the server so the browser only draws: the report columns, the
 * figures matrix (rows: quantities; sparse cells), the timeline series per originator, and the mapped places.
 * Agreement colouring compares each cell with the brief's best figure for its quantity (or, without a brief, the
 * value most reports give).
 */
import type { SitrepDocument } from '../model/document.js';
import type { Figure } from '../model/figure.js';
import { VAGUE_AMOUNTS } from '../nlp/read-numbers.js';
import type { BriefJson, BriefQuantity, StorySummary } from './types.js';

/**
 * How a cell relates to the brief's best figure. `update`, `claim` and `scope` come from the brief's own
 * classification of the difference (an earlier figure its originator since updated, a party's claim, another unit
 * or scope); `conflict` is left for figures the brief does not explain away.
 */
export type Agreement = 'agree' | 'near' | 'update' | 'claim' | 'scope' | 'conflict' | 'unknown';

export interface ReportColumn {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  duplicateOf: string | null;
}

export interface MatrixCell {
  col: number;
  doc: string;
  fig: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  source: string | null;
  quote: string;
  date: string | null;
  agreement: Agreement;
  /** The words of a vague amount ("hundreds", "dozens"), shown instead of a number. */
  words: string | null;
  /** The brief's explanation of how this figure differs from the best one, when it gives one. */
  why: string | null;
}

export interface MatrixRow {
  key: string;
  kind: string;
  side: string;
  unit: string;
  label: string;
  best: number | null;
  low: number | null;
  high: number | null;
  cells: MatrixCell[];
}

export interface TimelineSeries {
  originator: string;
  /** One point per day and value: `reports` counts the reports that gave it (the first one is linked). */
  points: { date: string; value: number; doc: string; fig: number; reports: number }[];
}

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  precision: string;
  documents: number;
  mentions: number;
}

/** A figure with no count (a vague amount, a range): listed under its chart, never drawn as a point. */
export interface TimelineUnplotted {
  originator: string;
  date: string;
  text: string;
  doc: string;
  fig: number;
}

export interface StoryView {
  story: StorySummary;
  reports: ReportColumn[];
  rows: MatrixRow[];
  timeline: { key: string; label: string; series: TimelineSeries[]; unplotted: TimelineUnplotted[] }[];
  places: MapPlace[];
  brief: BriefJson | null;
  briefError: string | null;
}

/** Order of quantities on the page. WHY: the toll comes first, then harm to the living, then movement and control. */
export const KIND_ORDER: readonly string[] = [
  'killed', 'injured', 'casualties', 'missing', 'displaced', 'affected', 'detained', 'abducted', 'control',
];

/** Side order within a kind. WHY: the all-sides total reads first, then who bore it. */
export const SIDE_ORDER: readonly string[] = ['all', 'civilians', 'state', 'nonstate', 'combatants', 'unknown'];

export function quantityKey(kind: string, side: string, unit: string): string {
  return `${kind}|${side}|${unit}`;
}

function rank(list: readonly string[], v: string): number {
  const i = list.indexOf(v);
  return i < 0 ? list.length : i;
}

export function dayOf(iso: string | null | undefined): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

function byPublished(a: SitrepDocument, b: SitrepDocument): number {
  return (a.meta.published ?? '').localeCompare(b.meta.published ?? '') || a.id.localeCompare(b.id);
}

/** Figures that count something in this story (background figures like "since 2011" stay out of the matrix). */
function storyFigures(doc: SitrepDocument): [Figure, number][] {
  return (doc.figures ?? []).map((f, i) => [f, i] as [Figure, number]).filter(([f]) => f.scope !== 'background');
}

export function agreementOf(cell: { value: number | null; low: number | null; high: number | null }, ref: { best: number | null; low: number | null; high: number | null }): Agreement {
  const v = cell.value ?? cell.high ?? cell.low;
  if (v === null || ref.best === null) return 'unknown';
  if (v === ref.best || (cell.low !== null && cell.high !== null && cell.low <= ref.best && ref.best <= cell.high)) return 'agree';
  // WHY: "hundreds" is not 999; a vague amount whose bounds miss the best figure has nothing exact to compare.
  if (cell.value === null) return 'unknown';
  const lo = ref.low ?? ref.best;
  const hi = ref.high ?? ref.best;
  return v >= lo && v <= hi ? 'near' : 'conflict';
}

function mostCommon(values: (number | null)[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let top = 0;
  for (const v of values) {
    if (v === null) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > top || (c === top && best !== null && v > best)) [best, top] = [v, c];
  }
  return best;
}

function briefRef(brief: BriefJson | null): Map<string, BriefQuantity> {
  const out = new Map<string, BriefQuantity>();
  for (const q of brief?.quantities ?? []) {
    out.set(quantityKey(q.kind, q.victims?.side ?? 'unknown', q.unit ?? 'people'), q);
  }
  return out;
}

/** The words of a vague amount, found in the figure's quote ("hundreds of families" → "hundreds"). */
const VAGUE_WORDS = Object.keys(VAGUE_AMOUNTS).sort((a, b) => b.length - a.length);
export function vagueWords(f: { value: number | null; qualifier: string; quote: string }): string | null {
  if (f.value !== null || f.qualifier !== 'vague') return null;
  const q = f.quote.toLowerCase();
  return VAGUE_WORDS.find((w) => new RegExp(`\\b${w}\\b`).test(q)) ?? null;
}

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** The brief's label for a quantity, as its differences name it ("government side killed", "all people displaced (households)"). */
function briefAbout(q: BriefQuantity): string {
  const unit = q.unit && q.unit !== 'people' ? ` (${q.unit})` : '';
  const place = typeof q.place === 'string' && q.place ? ` in ${q.place}` : '';
  return `${q.victims && typeof (q.victims as Json).label === 'string' ? (q.victims as Json).label : q.victims?.side ?? ''} ${q.kind}${unit}${place}`;
}

/** Difference kinds of the brief → cell colours. Qualifier, originator and conflict differences keep the numeric grade. */
const DIFFERENCE_AGREEMENT: Readonly<Record<string, Agreement>> = { update: 'update', 'party-claim': 'claim', unit: 'scope', scope: 'scope' };

/** A row's brief figures, indexed once so grading each cell is a lookup (a 1,000-report story has 1,000s of each). */
interface RowExplainer {
  /** Per difference with a colour: its kind, why, favoured value, and its figures as `exact` and `repeat` keys. */
  diffs: { agreement: Agreement; why: string | null; favoured: number; exact: Set<string>; repeat: Set<string> }[];
  claims: { exact: Set<string>; repeat: Set<string> };
  /** Figures the brief counts in this quantity (doc + quote); null when the brief lists no history. */
  history: Set<string> | null;
}

const exactKey = (value: number, doc: unknown, quote: unknown): string => `${value}\u0000${String(doc)}\u0000${String(quote)}`;
const repeatKey = (value: number, source: string): string => `${value}\u0000${source}`;

function figureKeys(figures: Json[]): { exact: Set<string>; repeat: Set<string> } {
  const exact = new Set<string>();
  const repeat = new Set<string>();
  for (const f of figures) {
    const value = Number(f.value);
    if (typeof f.doc === 'string' && typeof f.quote === 'string') exact.add(exactKey(value, f.doc, f.quote));
    if (typeof f.source === 'string' && f.source) repeat.add(repeatKey(value, f.source));
  }
  return { exact, repeat };
}

function rowExplainer(quantities: BriefQuantity[], diffs: Json[]): RowExplainer {
  const explained = [];
  for (const d of diffs) {
    const agreement = DIFFERENCE_AGREEMENT[String(d.kind)];
    if (!agreement) continue;
    const fav = typeof d.favoured === 'object' && d.favoured ? (d.favoured as Json).value : d.favoured;
    explained.push({ agreement, why: typeof d.why === 'string' ? d.why : null, favoured: Number(fav), ...figureKeys(list(d.figures)) });
  }
  const history = quantities.some((q) => Array.isArray(q.history))
    ? new Set(quantities.flatMap((q) => list(q.history)).filter((f) => typeof f.doc === 'string' && typeof f.quote === 'string')
      .map((f) => `${f.doc as string}\u0000${f.quote as string}`))
    : null;
  return { diffs: explained, claims: figureKeys(quantities.flatMap((q) => list(q.claims))), history };
}

/**
 * A cell that does not agree, graded with the brief's own reading: the difference that names this figure (same
 * report and words, or the same originator and value, for repeats and reprints), else a party's claim the brief set
 * aside, else a figure the brief left out of this quantity (another scope). Otherwise the numeric grade stands.
 */
function explainCell(c: MatrixCell, row: RowExplainer): { agreement: Agreement; why: string | null } | null {
  if (c.value === null) return null;
  const exact = exactKey(c.value, c.doc, c.quote);
  const repeat = c.source ? repeatKey(c.value, c.source) : null;
  const matches = [(k: { exact: Set<string> }) => k.exact.has(exact), (k: { repeat: Set<string> }) => repeat !== null && k.repeat.has(repeat)];
  for (const match of matches) {
    for (const d of row.diffs) {
      if (d.favoured !== c.value && match(d)) return { agreement: d.agreement, why: d.why };
    }
  }
  if (matches.some((match) => match(row.claims))) {
    return { agreement: 'claim', why: `${c.source ?? 'A party'} is a party to the fighting: its figure is a claim, not a count.` };
  }
  if (row.history && !row.history.has(`${c.doc}\u0000${c.quote}`)) {
    return { agreement: 'scope', why: 'The brief does not count this figure in this quantity (another scope or unit).' };
  }
  return null;
}

function rowLabel(kind: string, side: string, unit: string): string {
  const who = side === 'all' || side === 'unknown' ? '' : ` · ${side}`;
  return `${kind}${who}${unit === 'people' ? '' : ` (${unit})`}`;
}

export function buildRows(docs: SitrepDocument[], brief: BriefJson | null): MatrixRow[] {
  const refs = briefRef(brief);
  const rows = new Map<string, MatrixRow>();
  docs.forEach((doc, col) => {
    for (const [f, fig] of storyFigures(doc)) {
      const key = quantityKey(f.kind, f.victims.side, f.unit);
      let row = rows.get(key);
      if (!row) {
        const q = refs.get(key);
        row = { key, kind: f.kind, side: f.victims.side, unit: f.unit, label: rowLabel(f.kind, f.victims.side, f.unit),
          best: q?.best ?? null, low: q?.low ?? null, high: q?.high ?? null, cells: [] };
        rows.set(key, row);
      }
      row.cells.push({ col, doc: doc.id, fig, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier,
        source: f.source, quote: f.quote, date: f.asOf ?? dayOf(doc.meta.published), agreement: 'unknown',
        words: vagueWords(f), why: null });
    }
  });
  const quantities = brief?.quantities ?? [];
  const differences = list(brief?.differences);
  for (const row of rows.values()) {
    const ref = row.best !== null ? row : { best: mostCommon(row.cells.map((c) => c.value)), low: null, high: null };
    const qs = quantities.filter((q) => quantityKey(q.kind, q.victims?.side ?? 'unknown', q.unit ?? 'people') === row.key);
    const abouts = new Set(qs.map(briefAbout));
    const explainer = qs.length ? rowExplainer(qs, differences.filter((d) => abouts.has(String(d.about)))) : null;
    for (const c of row.cells) {
      c.agreement = agreementOf(c, ref);
      if (c.agreement === 'agree' || c.agreement === 'unknown' || !explainer) continue;
      const explained = explainCell(c, explainer);
      if (explained) [c.agreement, c.why] = [explained.agreement, explained.why];
    }
  }
  return [...rows.values()].sort((a, b) =>
    rank(KIND_ORDER, a.kind) - rank(KIND_ORDER, b.kind) || rank(SIDE_ORDER, a.side) - rank(SIDE_ORDER, b.side) ||
    a.unit.localeCompare(b.unit));
}

/** Repeats of the same figure by the same originator on the same day (reprints, follow-ups) are one point. */
export function buildTimeline(rows: MatrixRow[], docs: SitrepDocument[]): StoryView['timeline'] {
  return rows.map((row) => {
    const series = new Map<string, TimelineSeries & { seen: Map<string, TimelineSeries['points'][number]> }>();
    const unplotted: TimelineUnplotted[] = [];
    for (const c of row.cells) {
      // WHY: a vague amount or a bare range is no count; drawn at a bound it would read as one ("hundreds" at 999).
      const v = c.value;
      const originator = c.source ?? docs[c.col].meta.outlet ?? 'unattributed';
      if (!c.date) continue;
      if (v === null) {
        const text = c.words ?? (c.low !== null && c.high !== null ? `${c.low.toLocaleString('en-US')}–${c.high.toLocaleString('en-US')}` : null);
        if (text) unplotted.push({ originator, date: c.date, text, doc: c.doc, fig: c.fig });
        continue;
      }
      const s = series.get(originator) ?? { originator, points: [], seen: new Map<string, TimelineSeries['points'][number]>() };
      const key = `${c.date}|${v}`;
      const same = s.seen.get(key);
      if (same) same.reports++;
      else {
        const p = { date: c.date, value: v, doc: c.doc, fig: c.fig, reports: 1 };
        s.seen.set(key, p);
        s.points.push(p);
      }
      series.set(originator, s);
    }
    for (const s of series.values()) s.points.sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);
    return { key: row.key, label: row.label, series: [...series.values()].map(({ originator, points }) => ({ originator, points })), unplotted };
  }).filter((t) => t.series.length > 0 || t.unplotted.length > 0);
}

export function buildPlaces(docs: SitrepDocument[]): MapPlace[] {
  const out = new Map<string, MapPlace>();
  for (const doc of docs) {
    for (const p of doc.places ?? []) {
      if (p.lat === null || p.lon === null || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
      const key = `${p.name}|${p.lat.toFixed(3)}|${p.lon.toFixed(3)}`;
      const m = out.get(key) ?? { name: p.name, lat: p.lat, lon: p.lon, precision: p.precision ?? 'approximate', documents: 0, mentions: 0 };
      m.documents += 1;
      m.mentions += p.mentions.length;
      out.set(key, m);
    }
  }
  return [...out.values()].sort((a, b) => b.mentions - a.mentions);
}

/** The view keeps the page's cut of the brief (`pageBrief`); the full brief is served on its own. */
export function buildStoryView(story: StorySummary, docs: SitrepDocument[], brief: BriefJson | null, briefError: string | null): StoryView {
  const sorted = [...docs].sort(byPublished);
  const rows = buildRows(sorted, brief);
  return {
    story,
    reports: sorted.map((d) => ({ id: d.id, outlet: d.meta.outlet, title: d.meta.title, published: d.meta.published,
      duplicateOf: d.duplicateOf?.id ?? null })),
    rows,
    timeline: buildTimeline(rows, sorted),
    places: buildPlaces(sorted),
    brief: pageBrief(brief),
    briefError,
  };
}

/** The few figures a stories list shows: for the leading quantities, the value of the latest report that gives one. */
export function keyFigures(rows: MatrixRow[], max = 3): { label: string; value: number; qualifier: string; date: string | null }[] {
  const out: { label: string; value: number; qualifier: string; date: string | null }[] = [];
  for (const row of rows) {
    if (out.length >= max) break;
    if (out.some((o) => o.label.split(' ')[0] === row.kind)) continue;
    let latest: MatrixCell | null = null;
    for (const c of row.cells) {
      const v = c.value; // a vague amount ("hundreds") is no key figure
      if (v !== null && (!latest || (c.date ?? '') >= (latest.date ?? ''))) latest = c;
    }
    const value = row.best ?? latest?.value ?? null;
    if (value !== null) out.push({ label: row.label, value, qualifier: row.best !== null ? 'best' : latest?.qualifier ?? 'exact', date: latest?.date ?? null });
  }
  return out;
}

/** WHY: a difference over a 1,000-report story can list hundreds of figures; the page shows the first few and a count. */
export const PAGE_DIFFERENCE_FIGURES = 8;

/**
 * The brief as the story page needs it: the per-report history behind each quantity, the full source list, the
 * story's document list and the places (the view has its own) are left out, and per-report claims are counted; they
 * stay in `/api/stories/{id}/brief`. Keeps a 1,000-report page light.
 */
export function pageBrief(brief: BriefJson | null): BriefJson | null {
  if (!brief) return null;
  const { places: _p, history: _h, story: _s, sources, quantities, differences, ...rest } = brief as BriefJson & Record<string, unknown>;
  // Per-report claims (when it started, where, who is responsible) become counts: a 1,000-report story has 1,000 each.
  for (const [k, v] of Object.entries(rest)) {
    if (v && typeof v === 'object' && Array.isArray((v as { claims?: unknown }).claims)) {
      rest[k] = { ...v, claims: (v as { claims: unknown[] }).claims.length };
    }
  }
  return {
    ...rest,
    quantities: (quantities ?? []).map(({ history, timeline: _t, claims, ...q }) => ({
      ...q, reports: Array.isArray(history) ? history.length : 0, claims: Array.isArray(claims) ? claims.length : 0 })),
    differences: (differences ?? []).map((d) => {
      const o = d as Record<string, unknown>;
      const figures = Array.isArray(o.figures) ? o.figures : [];
      return { ...o, figures: figures.slice(0, PAGE_DIFFERENCE_FIGURES), moreFigures: Math.max(0, figures.length - PAGE_DIFFERENCE_FIGURES) };
    }),
    sources: Array.isArray(sources) ? sources.map((x) => ({ n: (x as { n: unknown }).n, id: (x as { id: unknown }).id })) : [],
  };
}
