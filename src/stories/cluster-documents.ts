/**
 * Stateless clustering of one batch (`sitrep cluster`, evaluation). Two passes make the result independent of the
 * input order: document frequencies are counted over the whole batch first, then documents are placed in a canonical
 * order — by day, originals before their reprints, then id. Story ids are `s1`, `s2`, … in order of each story's
 * first document in the input.
 */
import type { SitrepDocument } from '../model/document.js';
import { MemoryStoryIndex, representationKeys } from './cluster-stories.js';
import { representDocument } from './represent-document.js';
import type { DocRepresentation } from './story-model.js';
import type { ClusterParams } from './story-similarity.js';
import { DEFAULT_PARAMS } from './story-similarity.js';

export interface StoryAssignment {
  id: string;
  story: string;
}

/** Placement order that makes a batch's result independent of input order: by day, originals first, then id. */
export function canonicalOrder(reprs: readonly DocRepresentation[]): number[] {
  const order = reprs.map((_, i) => i);
  const day = (r: DocRepresentation) => (r.day === null ? Number.MAX_SAFE_INTEGER : r.day);
  order.sort((a, b) => {
    const ra = reprs[a];
    const rb = reprs[b];
    return (
      day(ra) - day(rb) ||
      Number(ra.duplicateOf !== null) - Number(rb.duplicateOf !== null) ||
      (ra.id < rb.id ? -1 : ra.id > rb.id ? 1 : a - b)
    );
  });
  return order;
}

/** Clusters representations in one batch; see the module comment for why the result does not depend on order. */
export function clusterRepresentations(
  reprs: readonly DocRepresentation[],
  params: ClusterParams = DEFAULT_PARAMS,
): StoryAssignment[] {
  const index = new MemoryStoryIndex({ params });
  for (const r of reprs) index.countSync(representationKeys(r));
  const raw: string[] = new Array(reprs.length);
  for (const i of canonicalOrder(reprs)) raw[i] = index.placeSync(reprs[i], true).story;
  const rename = new Map<string, string>();
  return reprs.map((r, i) => {
    let story = rename.get(raw[i]);
    if (!story) {
      story = `s${rename.size + 1}`;
      rename.set(raw[i], story);
    }
    return { id: r.id, story };
  });
}

/** Clusters analysed documents in memory and returns `{id, story}` in input order. */
export function clusterDocuments(docs: readonly SitrepDocument[]): StoryAssignment[] {
  return clusterRepresentations(docs.map(representDocument));
}
