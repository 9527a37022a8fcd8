import { describe, expect, it } from 'vitest';
import * as sitrep from '../src/index.js';

describe("library entry ('sitrep')", () => {
  it('exposes every stage of the pipeline, from reading to the brief and exports', () => {
    for (const name of ['readInputs', 'cleanArticle', 'analyze', 'analyzeBatch', 'openStore', 'ingestInputs', 'clusterDocuments', 'reconcileStory', 'buildBrief', 'renderMarkdown', 'renderHtml', 'exportAcled', 'createServer']) {
      expect(typeof (sitrep as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
