/** Shapes the story clustering works on: a document's compact representation and a story's running summary. */

/** A place a document names, with coordinates when the gazetteer knew it. */
export interface PlacePoint {
  /** Lower-cased name, the key for exact matches. */
  readonly key: string;
  /** Name as written, for labels. */
  readonly name: string;
  readonly lat: number | null;
  readonly lon: number | null;
  /** Province-level places match more loosely than towns; countries are not kept (see placesOf). */
  readonly level: 'local' | 'admin1';
  /** Mentions in the document: a place named once in passing weighs less than the scene of the event. */
  readonly weight: number;
}

/**
 * What clustering needs from one document; a few hundred bytes, independent of the document's length.
 * Term counts are raw: weighting by inverse document frequency happens when the document is placed, with the
 * index's counts at that moment.
 */
export interface DocRepresentation {
  readonly id: string;
  /** Day number (days since 1970-01-01, UTC) of the event it reports, else of publication; null when unknown. */
  readonly day: number | null;
  /** Content-word stems with their counts (title words count double), most frequent first, capped. */
  readonly terms: ReadonlyArray<readonly [term: string, count: number]>;
  /** Entity keys: `a:` canonical actor names, `n:` proper-noun words of the text. */
  readonly entities: readonly string[];
  readonly places: readonly PlacePoint[];
  /** Event types from the extract stage (ACLED classes), for labels and entity overlap. */
  readonly eventTypes: readonly string[];
  /** Named actors (most mentioned first) with their weight for the label (ACTOR_LABEL_WEIGHTS). */
  readonly actors: ReadonlyArray<readonly [name: string, weight: number]>;
  /** Id of the document this one reprints, when ingest found it. */
  readonly duplicateOf: string | null;
}

/** A place a story has seen, with how many of its documents named it. */
export interface StoryPlace {
  key: string;
  name: string;
  lat: number | null;
  lon: number | null;
  level: 'local' | 'admin1';
  /** Mentions summed over member documents. */
  weight: number;
  count: number;
}

/** The running summary of a story: enough to score a new document against it and to label it. */
export interface StoryState {
  id: string;
  firstDay: number | null;
  lastDay: number | null;
  count: number;
  /** Sum of member documents' unit TF-IDF vectors, trimmed to the strongest terms. */
  centroid: Map<string, number>;
  /** Cached norm of the centroid (set when the centroid changes; absent on a story just loaded). */
  centroidNorm?: number;
  /** Entity key -> number of member documents naming it. */
  entities: Map<string, number>;
  places: StoryPlace[];
  /** Canonical actor name -> summed label weight over member documents. */
  actors: Map<string, number>;
  /** Event type -> member documents reporting it. */
  eventTypes: Map<string, number>;
}

/** Document-frequency statistics for inverse document frequency. */
export interface TermStats {
  /** Documents counted so far. */
  total: number;
  /** Documents containing each key; keys not in the map have df 0. */
  df(key: string): number;
}

export function emptyStory(id: string): StoryState {
  return {
    id,
    firstDay: null,
    lastDay: null,
    count: 0,
    centroid: new Map(),
    entities: new Map(),
    places: [],
    actors: new Map(),
    eventTypes: new Map(),
  };
}

/** The JSON form stories take in the store. */
export interface StoryJson {
  id: string;
  firstDay: number | null;
  lastDay: number | null;
  count: number;
  centroid: Array<[string, number]>;
  entities: Array<[string, number]>;
  places: StoryPlace[];
  actors: Array<[string, number]>;
  eventTypes: Array<[string, number]>;
}

export function storyToJson(s: StoryState): StoryJson {
  return {
    id: s.id,
    firstDay: s.firstDay,
    lastDay: s.lastDay,
    count: s.count,
    centroid: [...s.centroid].map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]),
    entities: [...s.entities],
    places: s.places,
    actors: [...s.actors],
    eventTypes: [...s.eventTypes],
  };
}

export function storyFromJson(j: StoryJson): StoryState {
  return {
    id: j.id,
    firstDay: j.firstDay,
    lastDay: j.lastDay,
    count: j.count,
    centroid: new Map(j.centroid),
    entities: new Map(j.entities),
    places: j.places,
    actors: new Map(j.actors),
    eventTypes: new Map(j.eventTypes),
  };
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date or date-time, or null when it does not parse. */
export function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
