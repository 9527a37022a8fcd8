/**
 * JSON dump of stories with their documents (figures, actors, places, events included) and each story's reconciled
 * quantities and differences. `parseDump` reads it back to the same stories, so a dump round-trips.
 */
import type { Reconciled, StoryInput } from '../reconcile/types.js';
import type { SitrepDocument } from '../model/document.js';
import { briefFrom } from '../brief/build-brief.js';

export const DUMP_FORMAT = 'sitrep-dump';
export const DUMP_VERSION = 1;

export interface Dump {
  format: typeof DUMP_FORMAT;
  version: number;
  stories: Array<StoryInput & { reconciled?: { quantities: unknown; differences: unknown; eventStart: unknown } }>;
}

export function exportJson(stories: readonly Reconciled[]): string {
  const dump: Dump = {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    stories: stories.map((r) => {
      const b = briefFrom(r);
      return {
        id: r.story.id,
        label: r.story.label,
        documents: r.story.documents,
        reconciled: { quantities: b.quantities, differences: b.differences, eventStart: b.eventStart },
      };
    }),
  };
  return JSON.stringify(dump) + '\n';
}

/** Reads a dump back into stories. Throws with a message naming what is wrong when the text is not a sitrep dump. */
export function parseDump(text: string): StoryInput[] {
  const data = JSON.parse(text) as Partial<Dump>;
  if (data.format !== DUMP_FORMAT || !Array.isArray(data.stories)) {
    throw new Error(`sitrep: not a sitrep dump (expected {"format": "${DUMP_FORMAT}", "stories": [...]})`);
  }
  return data.stories.map((s) => ({ id: s.id, label: s.label, documents: s.documents as SitrepDocument[] }));
}
