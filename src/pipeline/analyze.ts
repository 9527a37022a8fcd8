/**
 * The default analysis pipeline, in order. Each area registers its stages here; the list is validated once, when
 * first used. Order matters: numbers and dates before figures; actors and places before figures and attribution;
 * events last, since they gather figures.
 */
import type { SitrepDocument } from '../model/document.js';
import { createPipeline, type Pipeline, type PipelineOptions } from './pipeline.js';
import type { Stage } from './stage.js';
import { tokenize } from '../nlp/tokenize.js';
import { findActors } from '../extract/find-actors.js';
import { findPlaces } from '../extract/find-places.js';
import { buildEvents } from '../extract/build-events.js';
import { findResponsibility } from '../extract/find-responsibility.js';
import { readNumbersStage } from '../nlp/read-numbers.js';
import { resolveDatesStage } from '../nlp/resolve-dates.js';
import { extractFiguresStage } from '../extract/extract-figures.js';
import { attributeSourcesStage } from '../extract/attribute-sources.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  tokenize,
  readNumbersStage,
  resolveDatesStage,
  findActors,
  findPlaces,
  extractFiguresStage,
  attributeSourcesStage,
  // build-events gathers figures: keep it after the figure stages.
  buildEvents,
  findResponsibility,
];

let shared: Pipeline | null = null;

/** Runs the default pipeline over a cleaned document, adding tokens, sentences, figures, actors, places, events. */
export function analyze(doc: SitrepDocument): SitrepDocument {
  shared ??= createPipeline(DEFAULT_STAGES);
  return shared.run(doc);
}

export function createDefaultPipeline(options?: PipelineOptions): Pipeline {
  return createPipeline(DEFAULT_STAGES, options);
}
