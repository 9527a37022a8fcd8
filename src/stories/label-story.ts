/**
 * A story's label: key actors and what they did, main places, date range — "HTS offensive — Aleppo, Idlib —
 * 27–28 Nov 2024". Built from what the extract stages found; when they found nothing, from the story's most
 * frequent proper nouns and words, so a label is never empty.
 */
import type { StoryState } from './story-model.js';
import { isoDay } from './story-model.js';

/** How an event type reads after the actor's name in a label. */
export const EVENT_NOUNS: Readonly<Record<string, string>> = {
  Battles: 'fighting',
  'Explosions/Remote violence': 'strikes',
  'Violence against civilians': 'attacks on civilians',
  Protests: 'protests',
  Riots: 'riots',
  'Strategic developments': 'developments',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Actors and places named in a label, most frequent first. */
const LABEL_ACTORS = 2;
const LABEL_PLACES = 2;

/** Most frequent keys; ties keep first-seen order (the first report's own order: most mentioned first). */
function top(map: ReadonlyMap<string, number>, n: number, filter: (k: string) => boolean = () => true): string[] {
  return [...map]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => k);
}

function titleCase(word: string): string {
  return word.replace(/(^|[\s-])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** "27 Nov 2024", "27–28 Nov 2024", "30 Nov – 2 Dec 2024", "28 Dec 2024 – 3 Jan 2025". */
export function formatDayRange(first: number | null, last: number | null): string {
  if (first === null || last === null) return 'undated';
  const [y1, m1, d1] = isoDay(first).split('-').map(Number);
  const [y2, m2, d2] = isoDay(last).split('-').map(Number);
  const a = `${d1} ${MONTHS[m1 - 1]} ${y1}`;
  if (first === last) return a;
  if (y1 !== y2) return `${a} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
}

function whatPart(story: StoryState, placeKeys: ReadonlySet<string>): string {
  const actors = top(story.actors, LABEL_ACTORS);
  const [eventType] = top(story.eventTypes, 1);
  const noun = eventType ? EVENT_NOUNS[eventType] ?? eventType.toLowerCase() : '';
  if (actors.length) return [actors.join(', '), noun].filter(Boolean).join(' ');
  const names = top(story.entities, LABEL_ACTORS, (k) => k.startsWith('n:') && !placeKeys.has(k.slice(2)));
  const words = names.length ? names.map((k) => titleCase(k.slice(2))) : top(story.centroid, 3);
  return [words.join(', '), noun].filter(Boolean).join(' ');
}

/** The label of a story from its summary. */
export function labelStory(story: StoryState): string {
  const places = story.places.slice(0, LABEL_PLACES).map((p) => p.name);
  const placeKeys = new Set(story.places.map((p) => p.key));
  const parts = [whatPart(story, placeKeys)];
  if (places.length) parts.push(places.join(', '));
  parts.push(formatDayRange(story.firstDay, story.lastDay));
  return parts.filter(Boolean).join(' — ');
}
