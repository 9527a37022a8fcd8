/**
 * A stage does one thing to a document and says what it needs and what it adds, so the pipeline can be
 * validated before the first document runs.
 */
import type { SitrepDocument } from '../model/document.js';

/** Names of the document fields stages read and add. */
export type Field =
  | 'text'
  | 'meta'
  | 'headings'
  | 'removed'
  | 'tokens'
  | 'sentences'
  | 'numbers'
  | 'dates'
  | 'actors'
  | 'places'
  | 'figures'
  | 'events';

export interface StageContext {
  /** Configuration shared by stages (lexicon overrides, gazetteer handle, …). */
  readonly config: Readonly<Record<string, unknown>>;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly Field[];
  readonly assigns: readonly Field[];
  run(doc: SitrepDocument, ctx: StageContext): void;
}

export function defineStage(stage: Stage): Stage {
  return stage;
}
