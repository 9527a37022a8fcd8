/**
 * Shapes the reconciler produces: readings (one figure with where it came from), quantities (comparable readings),
 * arithmetic checks and differences. The brief and the exports read these.
 */
import type { Qualifier, SitrepDocument } from '../model/document.js';
import type { Figure, FigureKind, Side, Unit } from '../model/figure.js';

/** A story as the reconciler takes it: its id, a label and its reports. */
export interface StoryInput {
  id: string;
  label: string;
  documents: SitrepDocument[];
}

/** One figure of one report, normalised for comparison. */
export interface Reading {
  docId: string;
  /** 1-based citation number of the report in the story's source list. */
  cite: number;
  /** Index of the figure in the report's `figures`; -1 for a sum the reconciler made from co-listed parts. */
  figureIndex: number;
  figure: Figure;
  kind: FigureKind;
  unit: Unit;
  /** Victim group key: `all`, `combatants`, `civilians`, `state`, `nonstate/Hayat Tahrir al-Sham`, … */
  node: string;
  /** Town-level place when the figure is one of several place-by-place counts, else null. */
  place: string | null;
  value: number;
  /** Bounds implied by the qualifier ("more than 180" → [180, ∞)). */
  lowBound: number;
  highBound: number;
  qualifier: Qualifier;
  /** ISO day the figure holds for: the figure's asOf, else the report's publication day. */
  date: string | null;
  published: string | null;
  /** Canonical originator: the credited source, else the outlet (a reprint counts as its original's outlet). */
  originator: string;
  /** True when the report is a reprint of another report of the story (it confirms nothing). */
  reprint: boolean;
  /** True when the originator is a party to the event (a belligerent, or media aligned with one). */
  party: boolean;
  quote: string;
  /** Set when the reading replaced the victims the text gave (an "all" total equal to the combatant parts). */
  narrowed?: string;
  /** Set when the reading is the sum of parts listed together in one sentence. */
  parts?: number[];
  /** The figure's place when its own sentence names it; null when it does not; undefined when unknown. */
  statedPlace?: string | null;
}

export interface HistoryEntry {
  value: number;
  qualifier: Qualifier;
  asOf: string | null;
  published: string | null;
  doc: string;
  cite: number;
  source: string;
  party: boolean;
  quote: string;
}

export interface TimelinePoint {
  asOf: string;
  value: number;
  qualifier: Qualifier;
  docs: string[];
  cites: number[];
  sources: string[];
}

export interface Quantity {
  key: string;
  kind: FigureKind;
  victims: { side: Side; text: string | null; actor: string | null; node: string };
  unit: Unit;
  place: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  latest: { value: number; asOf: string | null; doc: string; cite: number } | null;
  history: HistoryEntry[];
  /** Best value per day from non-party originators: how the figure moved. */
  timeline: TimelinePoint[];
  originators: string[];
  independentOriginators: number;
  /** Party claims kept out of low/best/high. */
  claims: HistoryEntry[];
  /** Direct parts with their best values (rebels 121 → HTS 102 + others 19). */
  breakdown: Array<{ node: string; label: string; value: number | null }>;
  cites: number[];
  /** The rules used for the estimates, in words. */
  rules: { best: string; low: string; high: string; independence: string };
}

export type DifferenceKind = 'update' | 'scope' | 'unit' | 'originator' | 'party-claim' | 'qualifier' | 'conflict';

export interface DifferenceFigure {
  value: number | string;
  qualifier?: Qualifier;
  unit?: Unit;
  asOf?: string | null;
  doc: string;
  cite: number;
  source: string | null;
  quote: string;
}

export interface Difference {
  about: string;
  kind: DifferenceKind;
  figures: DifferenceFigure[];
  favoured: number | string | null;
  why: string;
  /** Name of the rule in the difference table that decided the kind. */
  rule: string;
}

export interface ArithmeticCheck {
  about: string;
  total: { node: string; value: number; qualifier: Qualifier; docs: string[]; cites: number[] };
  parts: Array<{ node: string; value: number; docs: string[]; cites: number[] }>;
  sum: number;
  /** equal: the parts sum to the total; within-qualifier: the total's qualifier admits the sum. */
  holds: 'equal' | 'within-qualifier' | 'no';
  date: string | null;
  /** True when total and parts come from different reports. */
  acrossReports: boolean;
  text: string;
}

export interface DateClaim {
  doc: string;
  cite: number;
  /** The words as written ("Wednesday", "27 November"). */
  words: string;
  /** Resolved ISO day. */
  date: string;
  quote: string;
}

/** One report's statement about who carried the event out. */
export interface ResponsibilityClaim {
  doc: string;
  cite: number;
  outlet: string;
  /** What counts once among independent originators of an uncredited naming: the outlet, else the report. */
  voice: string;
  reprint: boolean;
  /** The actor said to be responsible. */
  actor: string;
  /** claim (by the actor itself), denial (by the actor), blame (by `by`), attribution (by `by`, else the report). */
  stance: 'claim' | 'denial' | 'blame' | 'attribution';
  by: string | null;
  quote: string;
}

/** One report's claim about where the event happened. */
export interface EventPlaceClaim {
  doc: string;
  cite: number;
  outlet: string;
  place: string;
  admin1: string | null;
  precision: string | null;
  quote: string;
}

export interface Reconciled {
  story: StoryInput;
  readings: Reading[];
  quantities: Quantity[];
  arithmetic: ArithmeticCheck[];
  differences: Difference[];
  /** Day the event began, by majority of independent reports, with the claims. */
  eventStart: { date: string | null; words: string | null; claims: DateClaim[] };
  /** Where the event happened: the favoured place (null when no report places it, or reports tie), with the claims. */
  eventPlace: { name: string | null; claims: EventPlaceClaim[] };
  /** Who is responsible: the favoured actor (null: nobody named, or unresolved), the rule, and every report's claim. */
  responsibility: { actor: string | null; rule: string | null; claims: ResponsibilityClaim[] };
  /** document id → citation number (1-based position in `orderedDocs`). */
  cites: Map<string, number>;
  orderedDocs: SitrepDocument[];
}
