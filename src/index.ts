/** Library entry: `import { ... } from 'sitrep'`. */
export * from './model/document.js';
export * from './model/figure.js';
export * from './model/entities.js';
export * from './pipeline/stage.js';
export * from './pipeline/pipeline.js';
export { tokenize, tokenizeText } from './nlp/tokenize.js';
export { analyze, createDefaultPipeline, DEFAULT_STAGES } from "./pipeline/analyze.js";
export * from './store/index.js';
export { readInputs, READ_DEFAULTS, type ReadOptions, type InputResult } from './ingest/read-inputs.js';
export { cleanArticle, documentId } from './ingest/clean-article.js';
