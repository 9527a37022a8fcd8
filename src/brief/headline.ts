/**
 * The brief's headline, made from the reconciled picture: the story label, the best killed figures (combatants and
 * civilians when reports split them, else everyone), the displaced, and the day the figures hold for.
 */
import type { Quantity, Reconciled } from '../reconcile/types.js';
import { num } from './wording.js';

/**
 * Victim groups named in the headline, in order; the first group whose first node is a quantity stands for everyone
 * killed. The combatants/civilians split needs a combatant count: civilians alone are often a part of the everyone
 * total ("39 killed … among the dead were 11 children"), so they headline only when nobody gives that total.
 */
export const HEADLINE_KILLED: readonly (readonly string[])[] = [['combatants', 'civilians'], ['all'], ['civilians'], ['unknown']];

const NOUN: Readonly<Record<string, string>> = { combatants: 'combatants', civilians: 'civilians', all: 'people', unknown: 'people' };

export function headline(r: Reconciled): string {
  const main = (kind: string, node: string, unit = 'people'): Quantity | undefined =>
    r.quantities.find((q) => q.kind === kind && q.victims.node === node && q.unit === unit && !q.place && q.best !== null);
  const parts: string[] = [];
  for (const group of HEADLINE_KILLED) {
    const found = group.map((n) => [n, main('killed', n)] as const).filter(([, q]) => q);
    if (!found.length || found[0][0] !== group[0]) continue;
    parts.push(found.map(([n, q]) => `${num(q!.best!)} ${NOUN[n]}`).join(' and ') + ' killed');
    break;
  }
  const displaced = r.quantities.filter((q) => q.kind === 'displaced' && q.victims.node === 'all' && !q.place && q.best !== null);
  if (displaced.length) parts.push(displaced.map((q) => `${num(q.best!)} ${q.unit}`).join(' / ') + ' displaced');
  const asOf = r.quantities.map((q) => q.latest?.asOf ?? '').sort().pop();
  const tail = parts.length ? `: ${parts.join('; ')}${asOf ? ` (as of ${asOf})` : ''}` : '';
  return `${r.story.label}${tail}`;
}
