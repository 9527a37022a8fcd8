/**
 * CSV with HXL hashtags for humanitarian tools: a header row, then the hashtag row, then one row per story at its
 * main place. Killed is the story's best total; displaced the best count of displaced people.
 */
import type { Reconciled } from '../reconcile/types.js';
import { toCsv } from './csv.js';
import { displacedPeople, mainPlace, outlets, storyDate, totals } from './story-facts.js';

export const HXL_COLUMNS: ReadonlyArray<readonly [header: string, tag: string]> = [
  ['Date', '#date'],
  ['Admin 1', '#adm1+name'],
  ['Location', '#loc+name'],
  ['Latitude', '#geo+lat'],
  ['Longitude', '#geo+lon'],
  ['Killed', '#affected+killed'],
  ['Displaced', '#affected+displaced'],
  ['Source', '#meta+source'],
];

export function exportHxl(stories: readonly Reconciled[]): string {
  const rows = stories.map((r) => {
    const p = mainPlace(r);
    return [storyDate(r), p?.admin1, p?.name, p?.lat, p?.lon, totals(r).total.best, displacedPeople(r), outlets(r).join('; ')];
  });
  return toCsv([HXL_COLUMNS.map((c) => c[0]), HXL_COLUMNS.map((c) => c[1]), ...rows]);
}
