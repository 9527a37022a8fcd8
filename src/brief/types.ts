/** The JSON brief: the data behind the Markdown and HTML briefs (documented in docs/brief.md). */
import type { ArithmeticCheck, DateClaim, Difference, HistoryEntry, Quantity, Reconciled, TimelinePoint } from '../reconcile/types.js';
import type { SummarySentence } from './summarize.js';

export interface BriefSource {
  n: number;
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  /** Originators whose figures the report cites. */
  originators: string[];
  /** Citation number of the report this one reprints, or null. */
  reprintOf: number | null;
}

export interface BriefQuantity {
  kind: Quantity['kind'];
  victims: Quantity['victims'] & { label: string };
  unit: Quantity['unit'];
  place: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  latest: Quantity['latest'];
  history: HistoryEntry[];
  timeline: TimelinePoint[];
  originators: string[];
  independentOriginators: number;
  claims: HistoryEntry[];
  breakdown: Quantity['breakdown'];
  citations: number[];
  rules: Quantity['rules'];
}

export interface BriefPlace {
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  kind: string | null;
  precision: string | null;
  mentions: number;
  citations: number[];
}

export interface Brief {
  story: {
    id: string;
    label: string;
    documents: Array<{ n: number; id: string; outlet: string | null; title: string | null; published: string | null }>;
  };
  headline: string;
  eventStart: { date: string | null; words: string | null; claims: DateClaim[] };
  /** Where the event happened: the favoured place and each report's claim. */
  eventPlace: Reconciled['eventPlace'];
  /** Who is responsible: the favoured actor (null: none named, or unresolved), the rule, each report's claim. */
  responsibility: Reconciled['responsibility'];
  quantities: BriefQuantity[];
  arithmetic: ArithmeticCheck[];
  differences: Difference[];
  summary: Array<Pick<SummarySentence, 'text' | 'citations' | 'doc'>>;
  sources: BriefSource[];
  places: BriefPlace[];
}
