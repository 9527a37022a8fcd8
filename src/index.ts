/** Library entry: `import { ... } from 'sitrep'`. */
export * from './model/document.js';
export * from './model/figure.js';
export * from './model/entities.js';
export * from './pipeline/stage.js';
export * from './pipeline/pipeline.js';
export { tokenize, tokenizeText } from './nlp/tokenize.js';
export { analyze, createDefaultPipeline, DEFAULT_STAGES } from "./pipeline/analyze.js";
export * from './store/index.js';
