/** Shared wording for the Markdown and HTML briefs: figures, quantities and citations in words. */
import type { Qualifier } from '../model/document.js';
import type { Difference } from '../reconcile/types.js';
import { QUALIFIER_WORDS } from '../reconcile/explain-differences.js';
import type { Brief, BriefQuantity } from './types.js';

export const KIND_WORDS: Readonly<Record<string, string>> = {
  killed: 'killed',
  casualties: 'killed or injured',
  injured: 'injured',
  missing: 'missing',
  displaced: 'displaced',
  detained: 'detained',
  abducted: 'abducted',
  affected: 'affected',
  control: 'places taken',
};

export const DIFFERENCE_WORDS: Readonly<Record<Difference['kind'], string>> = {
  update: 'update over time',
  scope: 'different scope',
  unit: 'different unit',
  originator: 'different originator',
  'party-claim': 'claim by a party',
  qualifier: 'qualifiers reconcile',
  conflict: 'conflict',
};

export const num = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : n.toLocaleString('en-US'));

export function figure(value: number | string, qualifier?: Qualifier): string {
  return typeof value === 'number' ? `${QUALIFIER_WORDS[qualifier ?? 'exact']}${num(value)}` : value;
}

export function what(q: BriefQuantity): string {
  const unit = q.unit === 'people' ? '' : ` (${q.unit})`;
  const where = q.place ? ` in ${q.place}` : '';
  if (q.kind === 'control') return `places taken${where}`;
  return `${q.victims.label} ${KIND_WORDS[q.kind] ?? q.kind}${unit}${where}`;
}

export function cites(ns: readonly number[]): string {
  return ns.map((n) => `[${n}]`).join('');
}

/** The favoured side of a difference in words; a conflict nobody wins is unresolved, other differences both stand. */
export function favouredWords(d: Pick<Difference, 'favoured' | 'kind'>): string {
  if (d.favoured === null) return d.kind === 'conflict' ? 'none: unresolved' : 'none: both stand';
  return typeof d.favoured === 'number' ? num(d.favoured) : d.favoured;
}

/** "Where" and "Who" lines under the headline: the favoured place and perpetrator with the reports that give them. */
export function whereWho(b: Pick<Brief, 'eventPlace' | 'responsibility'>): Array<{ label: string; text: string; cites: number[] }> {
  const out: Array<{ label: string; text: string; cites: number[] }> = [];
  const place = b.eventPlace.name;
  if (place) {
    const n = b.eventPlace.claims.filter((c) => c.place === place).map((c) => c.cite);
    out.push({ label: 'Where', text: place, cites: n });
  }
  const r = b.responsibility;
  if (r.claims.length) {
    const actor = r.actor;
    const text = actor ? `${actor}${r.claims.some((c) => c.actor === actor && c.stance === 'claim') ? ' (claimed responsibility)' : ''}` : 'unresolved (see where reports disagree)';
    out.push({ label: 'Responsible', text, cites: [...new Set(r.claims.filter((c) => !actor || c.actor === actor).map((c) => c.cite))] });
  }
  return out;
}

/** One party's claim as the key-figures table shows it: the same claim repeated across reports is one row. */
export interface ClaimRow {
  source: string;
  value: number;
  qualifier: Qualifier;
  /** Earliest date the claim was reported for. */
  asOf: string | null;
  cites: number[];
}

export function claimRows(claims: BriefQuantity['claims']): ClaimRow[] {
  const rows = new Map<string, ClaimRow>();
  for (const c of claims) {
    const key = `${c.source}\u0000${c.value}\u0000${c.qualifier}`;
    const row = rows.get(key);
    if (!row) rows.set(key, { source: c.source, value: c.value, qualifier: c.qualifier, asOf: c.asOf, cites: [c.cite] });
    else {
      if (!row.cites.includes(c.cite)) row.cites.push(c.cite);
      if (c.asOf && (!row.asOf || c.asOf < row.asOf)) row.asOf = c.asOf;
    }
  }
  for (const row of rows.values()) row.cites.sort((a, b) => a - b);
  return [...rows.values()];
}
