/** Shapes of the API answers the pages read (the server's own types, imported for checking only). */
export type { StoryView, MatrixRow, MatrixCell, MapPlace, ReportColumn, TimelineSeries } from '../server/story-view.js';
export type { SitrepDocument } from '../model/document.js';
export type { Figure } from '../model/figure.js';

export interface StoryListItem {
  id: string;
  label: string;
  firstReport: string | null;
  lastReport: string | null;
  documentCount: number;
  keyFigures: { label: string; value: number; qualifier: string; date: string | null }[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string | null;
}
