/**
 * Victim groups as a hierarchy, so figures for nested groups compare: an actor within its side, a side within the
 * combatants, combatants and civilians within everyone. A node key is `all`, `combatants`, `civilians`, `unknown`,
 * `state`, `nonstate`, `state/<actor>`, `nonstate/<actor>` or `<side>/~others` (the side's allied groups other than
 * the named ones, e.g. "18 from allied groups" next to "65 HTS fighters").
 */
import type { Figure, Side } from '../model/figure.js';
import { lookupActor } from '../extract/tables/actors.js';

/** Parent of each side-level node. `all` is the root. */
export const SIDE_PARENT: Readonly<Record<string, string | null>> = {
  all: null,
  combatants: 'all',
  civilians: 'all',
  unknown: 'all',
  state: 'combatants',
  nonstate: 'combatants',
};

/**
 * Generic actor names that mean a whole side rather than a group within it: "121 rebels" counts the whole
 * non-state side, so it must not sit under `nonstate` as a part.
 */
export const WHOLE_SIDE_ACTORS: ReadonlySet<string> = new Set([
  'rebels',
  'militants',
  'government',
  'pro-government forces',
  'combatants',
  'fighters',
]);

/**
 * Victim words that mean "the side's other, allied groups" (counted apart from the named leading group):
 * "18 from allied groups", "19 allied faction members". "regime forces and allies" is the whole side and does not match.
 */
export const OTHERS_PATTERNS: readonly RegExp[] = [
  /\ballied\s+(?:groups?|factions?|fighters|militias?|forces)\b/i,
  /\bother\s+(?:rebel\s+)?(?:groups?|factions?)\b/i,
  /\bfrom\s+allied\b/i,
];

/** Victim words that mean a whole side with its allies ("61 regime forces and allies"), whatever actor is named. */
export const WHOLE_SIDE_PATTERNS: readonly RegExp[] = [/\band (?:its |their )?(?:allies|allied (?:forces|militias|fighters))\b/i];

const LABELS: Readonly<Record<string, string>> = {
  all: 'all people',
  combatants: 'combatants (all sides)',
  civilians: 'civilians',
  unknown: 'unstated victims',
  state: 'government side',
  nonstate: 'non-state side',
};

export function parentNode(node: string): string | null {
  const slash = node.indexOf('/');
  if (slash >= 0) return node.slice(0, slash);
  return node in SIDE_PARENT ? SIDE_PARENT[node] : 'all';
}

/** True when `inner` is `outer` or nested in it. */
export function isWithin(inner: string, outer: string): boolean {
  for (let n: string | null = inner; n; n = parentNode(n)) if (n === outer) return true;
  return false;
}

export function nodeSide(node: string): Side {
  const side = node.split('/')[0];
  return (side in SIDE_PARENT ? side : 'unknown') as Side;
}

export function nodeLabel(node: string): string {
  const slash = node.indexOf('/');
  if (slash < 0) return LABELS[node] ?? node;
  const rest = node.slice(slash + 1);
  const side = LABELS[node.slice(0, slash)] ?? node.slice(0, slash);
  return rest === '~others' ? `allied groups (${side})` : rest;
}

/**
 * The node a figure counts. `sameSentenceNamed` tells whether another figure in the same sentence names an actor
 * on the same side: then an unnamed figure there is the side's other groups ("65 HTS fighters and 18 from
 * allied groups").
 */
export function victimNode(fig: Figure, sameSentenceNamed: boolean): string {
  const side = fig.victims.side ?? 'unknown';
  if (side !== 'state' && side !== 'nonstate') return side in SIDE_PARENT ? side : 'unknown';
  const text = fig.victims.text ?? '';
  if (WHOLE_SIDE_PATTERNS.some((re) => re.test(text))) return side;
  if (OTHERS_PATTERNS.some((re) => re.test(text))) return `${side}/~others`;
  const actor = fig.victims.actor;
  if (actor && !isWholeSide(actor)) return `${side}/${actor}`;
  if (!actor && sameSentenceNamed) return `${side}/~others`;
  return side;
}

function isWholeSide(actor: string): boolean {
  if (WHOLE_SIDE_ACTORS.has(actor.toLowerCase())) return true;
  const entry = lookupActor(actor);
  return !!entry && entry.generic === true && WHOLE_SIDE_ACTORS.has(entry.name);
}
