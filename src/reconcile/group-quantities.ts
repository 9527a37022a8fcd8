/**
 * Readings and quantities. Every event-scope figure of every report becomes a reading (value, bounds, day,
 * originator, victim node); readings with the same kind, unit, victim node and place form a quantity. Figures about
 * other events (background scope, periods of years, days long before the story) never become quantities.
 */
import type { SitrepDocument } from '../model/document.js';
import type { Figure } from '../model/figure.js';
import { lookupActor } from '../extract/tables/actors.js';
import { isParty } from './parties.js';
import { bounds, QUALIFIER_RANK } from './qualifiers.js';
import type { Reading } from './types.js';
import { victimNode } from './victims.js';

/**
 * Why a figure is background and not this story's: the extractor marked it so, it covers a long period ("since
 * 2011"), or it holds for a day well before the story's first report (an earlier attack).
 */
export const BACKGROUND_RULES = {
  /** A period longer than this is the war's or the year's total, not the event's. */
  maxPeriodDays: 60,
  /** A figure dated more than this many days before the first report is about an earlier event. */
  maxDaysBeforeStory: 14,
} as const;

const DAY_MS = 86_400_000;

/** Reports in citation order: by publication, then originals before reprints, then id. Citation n is the 1-based position. */
export function orderDocuments(docs: readonly SitrepDocument[]): { ordered: SitrepDocument[]; cites: Map<string, number> } {
  const ordered = [...docs].sort(
    (a, b) =>
      (a.meta.published ?? '9999').localeCompare(b.meta.published ?? '9999') ||
      Number(!!a.duplicateOf) - Number(!!b.duplicateOf) ||
      a.id.localeCompare(b.id),
  );
  return { ordered, cites: new Map(ordered.map((d, i) => [d.id, i + 1])) };
}

export function dayOf(iso: string | null | undefined): string | null {
  return iso ? iso.slice(0, 10) : null;
}

function days(iso: string): number {
  return Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY_MS;
}

export function isBackground(fig: Figure, storyStart: string | null): boolean {
  if (fig.scope === 'background') return true;
  if (fig.period && days(fig.period.end) - days(fig.period.start) > BACKGROUND_RULES.maxPeriodDays) return true;
  if (storyStart && fig.asOf && days(storyStart) - days(fig.asOf) > BACKGROUND_RULES.maxDaysBeforeStory) return true;
  return false;
}

/** A figure cannot hold for a day after its report was published: such an asOf is a misread date. */
export function figureDay(asOf: string | null, published: string | null): string | null {
  if (!asOf) return published;
  return published && asOf > published ? published : asOf;
}

/** The originator's canonical name: the actor table's name when it knows the source. */
export function canonicalSource(source: string): string {
  return lookupActor(source)?.name ?? source.trim();
}

/** Originator of uncredited figures from a report whose outlet is unknown: a label, never a document id or title. */
export const UNNAMED_OUTLET = 'unnamed outlet';

/**
 * Originator of an uncredited figure: the report's outlet (a reprint's is its original's), else the host of its
 * address, else `UNNAMED_OUTLET`. Document ids and titles are not names of anyone who counted.
 */
function outletOf(doc: SitrepDocument, byId: Map<string, SitrepDocument>, cites: Map<string, number>): string {
  const d = (doc.duplicateOf ? byId.get(doc.duplicateOf.id) : undefined) ?? doc;
  // two reports whose outlets are both unknown are not one originator: each is its own (a reprint its original's)
  return d.meta.outlet?.trim() || hostOf(d.meta.url) || `${UNNAMED_OUTLET} [${cites.get(d.id) ?? '?'}]`;
}

/**
 * The figure's place when the figure's own sentence names it. The extractor falls back to the report's
 * most-mentioned place for a sentence that names none; such a place is the report's, not a place-by-place count.
 * Null: the sentence names no place; undefined: cannot tell.
 */
export function statedPlace(doc: SitrepDocument, fig: Figure): string | null | undefined {
  const p = fig.place;
  if (!p) return null;
  const entry = (doc.places ?? []).find((x) => x.name === p.name);
  // without the sentence or the place's mentions (hand-built figures) the place cannot be checked: taken as stated
  if (!fig.sentence || !entry?.mentions?.length) return undefined;
  const [a, b] = fig.sentence;
  return entry.mentions.some((m) => m[0] >= a && m[0] < b) ? p.name : null;
}

/** The host of a report's address without "www.", or null when it has none or it does not parse. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export interface CollectOptions {
  /** Whether the story is about fighting (parties exist). */
  conflict: boolean;
  /** Sides that take part in the story (see `sidesInStory`); undefined: every side does. */
  sides?: ReadonlySet<'state' | 'nonstate'>;
}

/**
 * Victim groups that are one group when nobody fights: in a disaster or an accident "passengers", "residents" and
 * "people" are the same people, so a civilians count and an everyone count are one quantity.
 */
export const NO_SIDES_NODE_FOLD: Readonly<Record<string, string>> = { civilians: 'all' };

/** All event-scope, numeric figures of the story's reports as readings. Linear in the number of figures. */
export function collectReadings(
  docs: readonly SitrepDocument[],
  cites: Map<string, number>,
  options: CollectOptions,
): Reading[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const storyStart = docs.map((d) => dayOf(d.meta.published)).filter((d): d is string => !!d).sort()[0] ?? null;
  const out: Reading[] = [];
  for (const doc of docs) {
    const figs = doc.figures ?? [];
    const namedSides = sidesNamedPerSentence(figs);
    figs.forEach((fig, i) => {
      const value = fig.value ?? fig.low;
      if (value === null || fig.qualifier === 'vague' || isBackground(fig, storyStart)) return;
      const originator = fig.source ? canonicalSource(fig.source) : outletOf(doc, byId, cites);
      const sentKey = `${fig.sentence?.[0] ?? -1}:${fig.victims.side}`;
      const node = victimNode(fig, !fig.victims.actor && (namedSides.get(sentKey) ?? false));
      const [lowBound, highBound] = bounds(value, fig.qualifier, fig.low, fig.high);
      out.push({
        docId: doc.id,
        cite: cites.get(doc.id) ?? 0,
        figureIndex: i,
        figure: fig,
        kind: fig.kind,
        unit: fig.unit,
        node: options.conflict ? node : NO_SIDES_NODE_FOLD[node] ?? node,
        place: null,
        value,
        lowBound,
        highBound,
        qualifier: fig.qualifier,
        date: figureDay(fig.asOf, dayOf(doc.meta.published)),
        published: doc.meta.published,
        originator,
        reprint: !!doc.duplicateOf && byId.has(doc.duplicateOf.id),
        party: fig.source ? isParty(originator, doc, options.conflict, options.sides) : false,
        quote: fig.quote,
        statedPlace: statedPlace(doc, fig),
      });
    });
  }
  mergeGenericOriginators(out);
  assignPlaces(out);
  return out;
}

/**
 * A generic originator of the actor table ("hospital", "police") is the one named originator of the story that
 * ends in the same word ("Baidoa Regional Hospital"): "doctors at the hospital" and "Baidoa Regional Hospital" are
 * one counter, not two independent ones. With two or more such names it stays as it is.
 */
export function mergeGenericOriginators(readings: Reading[]): void {
  const names = [...new Set(readings.map((r) => r.originator))];
  const to = new Map<string, string>();
  for (const g of names) {
    if (!lookupActor(g)?.generic || g.includes(' ')) continue;
    const word = new RegExp(`\\b${g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    const specific = names.filter((n) => n !== g && word.test(n));
    if (specific.length === 1) to.set(g, specific[0]);
  }
  for (const r of readings) r.originator = to.get(r.originator) ?? r.originator;
}

/** sentenceStart:side → true when a figure there names an actor on that side. */
function sidesNamedPerSentence(figs: readonly Figure[]): Map<string, boolean> {
  const m = new Map<string, boolean>();
  for (const f of figs) if (f.victims.actor) m.set(`${f.sentence?.[0] ?? -1}:${f.victims.side}`, true);
  return m;
}

/**
 * Place-by-place counts ("14 in Atareb, 4 in Darat Izza") are parts, not rival tolls: when readings of one
 * kind/unit/victims name two or more different towns, each town's readings get their own quantity. A town named by
 * every placed reading is the story's own place and does not split anything.
 */
export function assignPlaces(readings: Reading[]): void {
  const towns = new Map<string, Set<string>>();
  for (const r of readings) {
    const name = townOf(r);
    if (!name) continue;
    const k = baseKey(r);
    if (!towns.has(k)) towns.set(k, new Set());
    towns.get(k)!.add(name);
  }
  for (const r of readings) {
    const name = townOf(r);
    if (name && (towns.get(baseKey(r))?.size ?? 0) >= 2) r.place = name;
  }
}

/** A town the figure's own sentence names (not the report's fallback place). */
function townOf(r: Reading): string | null {
  const p = r.figure.place;
  if (!p || (r.statedPlace !== undefined && r.statedPlace !== p.name)) return null;
  return p.precision === 'exact' || p.precision === 'approximate' ? p.name : null;
}

function baseKey(r: Pick<Reading, 'kind' | 'unit' | 'node'>): string {
  return `${r.kind}|${r.unit}|${r.node}`;
}

export function quantityKey(r: Pick<Reading, 'kind' | 'unit' | 'node' | 'place'>): string {
  return `${baseKey(r)}|${r.place ?? ''}`;
}

/**
 * One reading per report per quantity. A report that states a quantity twice ("over 130" in the lede, "132" later)
 * gives its most precise figure; parts listed in one sentence with different victim words ("40 government troops
 * and 21 militiamen") are summed into the report's reading.
 */
export function docReadings(readings: readonly Reading[]): Reading[] {
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    const k = `${r.docId}#${r.originator}#${quantityKey(r)}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: Reading[] = [];
  for (const g of groups.values()) out.push(g.length === 1 ? g[0] : mergeSameReport(g));
  return out;
}

function mergeSameReport(all: Reading[]): Reading {
  const g = distinctClaims(all);
  if (g.length === 1) return g[0];
  const causes = new Set(g.map((r) => r.figure.cause).filter((c): c is string => !!c));
  if (causes.size >= 2) return sumByCause(g, causes);
  const bySentence = new Map<number, Reading[]>();
  for (const r of g) {
    const s = r.figure.sentence?.[0] ?? -1;
    if (!bySentence.has(s)) bySentence.set(s, []);
    bySentence.get(s)!.push(r);
  }
  const candidates: Reading[] = [];
  for (const [s, group] of bySentence) {
    // a breakdown of another reading here ("eight civilians, among them two children") is inside it already
    const indexes = new Set(group.map((r) => r.figureIndex));
    const rs = group.filter((r) => r.figure.partOf === null || !indexes.has(r.figure.partOf));
    const words = new Set(rs.map((r) => (r.figure.victims.text ?? '').toLowerCase()));
    if (s >= 0 && rs.length > 1 && words.size === rs.length && rs.every((r) => r.qualifier === 'exact')) {
      candidates.push(sumParts(rs));
    } else candidates.push(...rs);
  }
  return candidates.sort(
    (a, b) => Number(!!b.parts) - Number(!!a.parts) || QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier] || b.value - a.value,
  )[0];
}

/**
 * One report's repeated mentions of one claim ("killed 60 militants" … "neutralised 60 terrorists", same
 * originator, same value) in different sentences are one reading, not parts to add up.
 */
function distinctClaims(g: Reading[]): Reading[] {
  const seen = new Map<string, number>();
  const out: Reading[] = [];
  for (const r of g) {
    const k = `${r.value}|${r.qualifier}`;
    const s = r.figure.sentence?.[0] ?? -1;
    const first = seen.get(k);
    if (first !== undefined && first !== s) continue;
    if (first === undefined) seen.set(k, s);
    out.push(r);
  }
  return out;
}

/**
 * "19 killed in air strikes … another died in shelling": counts of different causes in one report are parts of
 * the report's toll. Each cause contributes its most precise figure; uncaused figures are left out of the sum.
 */
function sumByCause(g: Reading[], causes: Set<string>): Reading {
  const parts = [...causes].map((c) => mergeSameReport(g.filter((r) => r.figure.cause === c)));
  return sumParts(parts);
}

function sumParts(rs: Reading[]): Reading {
  const value = rs.reduce((s, r) => s + r.value, 0);
  return {
    ...rs[0],
    figureIndex: -1,
    value,
    lowBound: value,
    highBound: value,
    parts: rs.map((r) => r.value),
    quote: rs.map((r) => r.quote).join(' … '),
  };
}

/** Readings grouped by quantity key, in first-seen order. */
export function groupQuantities(readings: readonly Reading[]): Map<string, Reading[]> {
  const m = new Map<string, Reading[]>();
  for (const r of readings) {
    const k = quantityKey(r);
    const g = m.get(k);
    if (g) g.push(r);
    else m.set(k, [r]);
  }
  return m;
}
