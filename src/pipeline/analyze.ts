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

/**
 * The default stages in passes (see Pipeline.runBatch). Tokenisation has a pass of its own: wink-nlp's model is the
 * largest thing any stage reads, and it stays in the caches from one document to the next only when nothing else
 * runs in between. The other passes hold stages that read the same things of a document: numbers and dates; the actor
 * and place finders, which share one scan of the text's name words; the figure stages, which share its number words;
 * the event stages, which share one pass over its event cue words.
 */
export const DEFAULT_PASSES: readonly (readonly Stage[])[] = [
  [tokenize],
  [readNumbersStage, resolveDatesStage],
  [findActors, findPlaces],
  [extractFiguresStage, attributeSourcesStage],
  // build-events gathers figures: keep it after the figure stages.
  [buildEvents, findResponsibility],
];

export const DEFAULT_STAGES: readonly Stage[] = DEFAULT_PASSES.flat();

/**
 * How many documents `analyzeBatch` takes through a pass at a time: enough that a pass's tables and code stay in the
 * processor's caches from one document to the next, few enough that the documents' own data stays there between
 * passes (see docs/figures.md, "Batches").
 */
export const BATCH_SIZE = 8;

let shared: Pipeline | null = null;

function sharedPipeline(): Pipeline {
  return (shared ??= createPipeline(DEFAULT_PASSES));
}

/** Runs the default pipeline over a cleaned document, adding tokens, sentences, figures, actors, places, events. */
export function analyze(doc: SitrepDocument): SitrepDocument {
  return sharedPipeline().run(doc);
}

/**
 * `analyze` for several documents, with the same results, faster: BATCH_SIZE documents at a time go through each
 * pass of the pipeline before the next pass (see Pipeline.runBatch).
 */
export function analyzeBatch(docs: readonly SitrepDocument[]): readonly SitrepDocument[] {
  const p = sharedPipeline();
  for (let i = 0; i < docs.length; i += BATCH_SIZE) p.runBatch(docs.slice(i, i + BATCH_SIZE));
  return docs;
}

export function createDefaultPipeline(options?: PipelineOptions): Pipeline {
  return createPipeline(DEFAULT_PASSES, options);
}
