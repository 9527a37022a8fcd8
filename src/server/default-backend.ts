/** The real story, brief, export and ingest functions behind the `Backend` interface. */
import { buildBrief, renderHtml, renderMarkdown, type Brief } from '../brief/index.js';
import { EXPORTERS } from '../export/index.js';
import { lookupActor } from '../extract/tables/actors.js';
import { reconcileStory } from '../reconcile/reconcile-story.js';
import { getStory, listStories, storyDocuments } from '../stories/index.js';
import { ingestHttpInputs } from './ingest-http.js';
import type { Backend, BriefJson } from './types.js';

export function defaultBackend(): Backend {
  return {
    listStories: (store) => listStories(store),
    getStory: (store, id) => getStory(store, id),
    storyDocuments: (store, id) => storyDocuments(store, id),
    async buildBrief(story) {
      return buildBrief(story) as unknown as BriefJson;
    },
    async renderBrief(brief, format) {
      const b = brief as unknown as Brief;
      return format === 'md' ? renderMarkdown(b) : renderHtml(b);
    },
    async exportStories(stories, format) {
      return EXPORTERS[format](stories.map(reconcileStory));
    },
    ingest: (store, inputs) => ingestHttpInputs(store, inputs),
    warmUp() {
      // WHY: the actor table's index (tens of ms) is built on first lookup; build it before the first story is asked
      // for. Nothing story-specific is computed or cached here.
      lookupActor('ministry of health');
    },
  };
}
