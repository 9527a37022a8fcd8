/**
 * Arithmetic across reports. Victim groups nest (actor ⊂ side ⊂ combatants ⊂ all), so a total can be checked
 * against its parts, in one report or across reports of the same day: 102 + 19 + 61 = 182; 121 rebels (one report)
 * = 102 HTS + 19 allies (another); "about 200 people" ≈ 182 combatants + 19 civilians.
 */
import type { Reading, ArithmeticCheck } from './types.js';
import { overlaps } from './qualifiers.js';
import { dayValue, originatorWeight } from './estimate.js';
import { isWithin, nodeLabel, parentNode } from './victims.js';

/** A total needs at least this many parts before the sum says anything. */
export const MIN_PARTS = 2;

/** Nodes whose totals may really be a narrower group's: "182 lives" equal to the combatant parts are combatants. */
export const NARROWABLE_NODES: ReadonlySet<string> = new Set(['all', 'unknown']);

interface NodeValue {
  value: number;
  lowBound: number;
  highBound: number;
  qualifier: Reading['qualifier'];
  readings: Reading[];
}

/** Place-by-place readings are parts of their victims node: `civilians@Atareb` sits under `civilians`. */
function treeNode(r: Reading): string {
  return r.place ? `${r.node}@${r.place}` : r.node;
}

function treeParent(node: string): string | null {
  const at = node.indexOf('@');
  return at >= 0 ? node.slice(0, at) : parentNode(node);
}

function childrenOf(nodes: Iterable<string>): Map<string, string[]> {
  const kids = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const n of nodes) {
    for (let c: string | null = n, p = treeParent(n); c && p; c = p, p = treeParent(p)) {
      if (seen.has(c)) break;
      seen.add(c);
      if (!kids.has(p)) kids.set(p, []);
      kids.get(p)!.push(c);
    }
  }
  return kids;
}

/** Total of a node: its own value, else the sum of its children's totals (null when nothing is known). */
function total(node: string, values: Map<string, NodeValue>, kids: Map<string, string[]>): number | null {
  const own = values.get(node);
  if (own) return own.value;
  const cs = kids.get(node) ?? [];
  let sum = 0;
  let any = false;
  for (const c of cs) {
    const t = total(c, values, kids);
    if (t !== null) {
      sum += t;
      any = true;
    }
  }
  return any ? sum : null;
}

/**
 * In each report, an `all`/`unknown` total that equals the sum of the report's combatant parts counts combatants
 * ("the fighting claimed 182 lives: 102 HTS fighters, 19 allied, 61 regime forces"). Mutates the readings' node.
 */
export function narrowTotals(readings: Reading[]): void {
  const byDoc = new Map<string, Reading[]>();
  for (const r of readings) {
    const k = `${r.docId}|${r.kind}|${r.unit}|${r.party}`;
    if (!byDoc.has(k)) byDoc.set(k, []);
    byDoc.get(k)!.push(r);
  }
  for (const rs of byDoc.values()) {
    const broad = rs.filter((r) => NARROWABLE_NODES.has(r.node) && !r.place);
    if (!broad.length) continue;
    for (const r of broad) narrowByParts(r, rs);
    const values = nodeValues(rs.filter((r) => !NARROWABLE_NODES.has(r.node)));
    const kids = childrenOf(values.keys());
    const parts = (kids.get('combatants') ?? []).map((c) => total(c, values, kids)).filter((v): v is number => v !== null);
    const combatants = total('combatants', values, kids);
    if (combatants === null || values.has('combatants') || parts.length < MIN_PARTS) continue;
    for (const r of broad) {
      if (r.node === 'all' && !r.narrowed && r.value === combatants) {
        r.narrowed = `${r.value} equals the report's combatant parts (${parts.join(' + ')}), so it counts combatants`;
        r.node = 'combatants';
      }
    }
  }
}

/** A total whose own breakdown (the figures' partOf) is all fighters, and sums to it, counts fighters. */
function narrowByParts(total: Reading, rs: readonly Reading[]): void {
  const parts = rs.filter((r) => r.figure.partOf === total.figureIndex && r.figureIndex !== total.figureIndex);
  if (parts.length < MIN_PARTS || !parts.every((p) => isWithin(p.node, 'combatants'))) return;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (sum !== total.value) return;
  total.narrowed = `${total.value} is the sum of its own breakdown (${parts.map((p) => p.value).join(' + ')}), all fighters, so it counts combatants`;
  total.node = 'combatants';
}

function nodeValues(rs: readonly Reading[], weight?: ReadonlyMap<string, number>): Map<string, NodeValue> {
  const groups = new Map<string, Reading[]>();
  for (const r of rs) {
    const n = treeNode(r);
    if (!groups.has(n)) groups.set(n, []);
    groups.get(n)!.push(r);
  }
  const out = new Map<string, NodeValue>();
  for (const [n, g] of groups) out.set(n, consensus(g, weight));
  return out;
}

/** A node's value among pooled readings: the same rule as a quantity's day value (see estimate.ts). */
function consensus(g: Reading[], weight?: ReadonlyMap<string, number>): NodeValue {
  const r = dayValue(g, weight);
  return { value: r.value, lowBound: r.lowBound, highBound: r.highBound, qualifier: r.qualifier, readings: g };
}

/**
 * Checks every total against its direct parts, per kind, unit and day, pooling non-party readings of all reports of
 * that day. Linear in readings (the victim tree has a handful of nodes).
 */
export function checkArithmetic(readings: readonly Reading[]): ArithmeticCheck[] {
  const buckets = new Map<string, Reading[]>();
  for (const r of readings) {
    if (r.party) continue;
    const k = `${r.kind}|${r.unit}|${r.date ?? ''}`;
    if (!buckets.has(k)) buckets.set(k, []);
    buckets.get(k)!.push(r);
  }
  const out: ArithmeticCheck[] = [];
  const seen = new Set<string>();
  const weight = originatorWeight(readings);
  for (const rs of buckets.values()) {
    const values = nodeValues(rs, weight);
    const kids = childrenOf(values.keys());
    for (const [node, nv] of values) {
      const check = checkNode(node, nv, values, kids, rs[0]);
      if (check && !seen.has(check.text)) {
        seen.add(check.text);
        out.push(check);
      }
    }
  }
  return out;
}

function checkNode(
  node: string,
  nv: NodeValue,
  values: Map<string, NodeValue>,
  kids: Map<string, string[]>,
  sample: Reading,
): ArithmeticCheck | null {
  const parts: ArithmeticCheck['parts'] = [];
  for (const c of kids.get(node) ?? []) {
    const t = total(c, values, kids);
    if (t === null) continue;
    const rs = collect(c, values, kids);
    parts.push({ node: c, value: t, docs: uniq(rs.map((r) => r.docId)), cites: uniqNum(rs.map((r) => r.cite)) });
  }
  if (parts.length < MIN_PARTS) return null;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const holds = sum === nv.value ? 'equal' : overlaps([sum, sum], [nv.lowBound, nv.highBound]) ? 'within-qualifier' : 'no';
  const totalDocs = uniq(nv.readings.filter((r) => r.value === nv.value).map((r) => r.docId));
  const partDocs = new Set(parts.flatMap((p) => p.docs));
  const words = parts.map((p) => `${p.value} ${labelOf(p.node)}`).join(' + ');
  const rel = holds === 'equal' ? '=' : holds === 'within-qualifier' ? '≈' : '≠';
  return {
    about: `${sample.kind} ${labelOf(node)}${sample.date ? ` as of ${sample.date}` : ''}`,
    total: { node, value: nv.value, qualifier: nv.qualifier, docs: totalDocs, cites: uniqNum(nv.readings.filter((r) => r.value === nv.value).map((r) => r.cite)) },
    parts,
    sum,
    holds,
    date: sample.date,
    acrossReports: totalDocs.some((d) => !partDocs.has(d)) || [...partDocs].some((d) => !totalDocs.includes(d)),
    text: `${words} = ${sum} ${rel} ${nv.qualifier === 'exact' ? '' : nv.qualifier + ' '}${nv.value} ${labelOf(node)} (${sample.kind}, ${sample.date ?? 'undated'})`,
  };
}

function collect(node: string, values: Map<string, NodeValue>, kids: Map<string, string[]>): Reading[] {
  const own = values.get(node);
  if (own) return own.readings.filter((r) => r.value === own.value);
  return (kids.get(node) ?? []).flatMap((c) => collect(c, values, kids));
}

function labelOf(node: string): string {
  const at = node.indexOf('@');
  return at >= 0 ? `${nodeLabel(node.slice(0, at))} in ${node.slice(at + 1)}` : nodeLabel(node);
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];
const uniqNum = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);
