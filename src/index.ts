/** Library entry: `import { ... } from 'sitrep'`. */
export * from './model/document.js';
export * from './model/figure.js';
export * from './model/entities.js';
export * from './pipeline/stage.js';
export * from './pipeline/pipeline.js';
export { tokenize, tokenizeText } from './nlp/tokenize.js';
export { analyze, createDefaultPipeline, DEFAULT_STAGES } from "./pipeline/analyze.js";
export * from './store/index.js';
export { ingestInputs, AFTER_STORE_HOOKS, type AfterStoreHook, type IngestOptions, type IngestSummary, type IngestProgress } from './ingest/ingest-batch.js';
export { minhashSignature, signatureSimilarity, DUPLICATE_SETTINGS } from './ingest/detect-duplicates.js';
export { readInputs, READ_DEFAULTS, type ReadOptions, type InputResult } from './ingest/read-inputs.js';
export { cleanArticle, documentId } from './ingest/clean-article.js';
export { lookupActor, registerActors, loadActorFile, type ActorEntry } from './extract/tables/actors.js';
export { findActors } from './extract/find-actors.js';
export { findPlaces } from './extract/find-places.js';
export { buildEvents } from './extract/build-events.js';
export { getGazetteer, addToGazetteer } from './extract/gazetteer.js';
export { loadStoredGazetteer } from './extract/gazetteer-store.js';
