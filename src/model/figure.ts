/**
 * A figure: one number a report asserts about people harmed or moved (or places taken), as a record.
 * This is the shape `sitrep extract` prints and the store keeps.
 */
import type { Qualifier, Span } from './document.js';
import type { PlaceRef } from './entities.js';

export type FigureKind =
  | 'killed'
  | 'injured'
  /** killed or injured: the text does not say which */
  | 'casualties'
  | 'missing'
  | 'displaced'
  | 'detained'
  | 'abducted'
  | 'affected'
  /** places captured / taken control of */
  | 'control';

export const FIGURE_KINDS: readonly FigureKind[] = [
  'killed',
  'injured',
  'casualties',
  'missing',
  'displaced',
  'detained',
  'abducted',
  'affected',
  'control',
];

/**
 * state = government forces and allied militias; nonstate = rebel, insurgent and jihadist groups and allies;
 * combatants = fighters of unstated or both sides; all = everyone.
 */
export type Side = 'civilians' | 'state' | 'nonstate' | 'combatants' | 'all' | 'unknown';

export type Unit = 'people' | 'families' | 'households' | 'places';

export interface Victims {
  side: Side;
  /** The text's own words for who was counted ("members of the Syrian army"). */
  text: string | null;
  /** Canonical actor name when one is named. */
  actor: string | null;
}

export interface Figure {
  kind: FigureKind;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: Unit;
  victims: Victims;
  /** Canonical name of the originator the text credits, null when uncredited. */
  source: string | null;
  scope: 'event' | 'background';
  /** ISO date the figure holds for (end of the period when a period is given). */
  asOf: string | null;
  /** The period the figure covers, when the text gives one ("over the past two days"). */
  period?: { start: string; end: string } | null;
  place: PlaceRef | null;
  cause: string | null;
  /** Index (in the document's figures) of the total this figure breaks down. */
  partOf: number | null;
  /** Index of the event (in the document's events) this figure belongs to. */
  event?: number | null;
  span: Span;
  /** Exactly `text.slice(span[0], span[1])`. */
  quote: string;
  /** Span of the sentence the figure was read from. */
  sentence?: Span;
}
