/**
 * Heuristics of the place finder, as data. Each table says why it exists; tune here, not in control flow.
 */
import { wordTable } from '../../nlp/word-table.js';

/**
 * Capitalised words that are also town names somewhere but, in news text, almost never mean the town. A gazetteer
 * hit on one of these alone is dropped (they can still be part of a longer name).
 */
export const PLACE_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her',
  'our', 'their', 'its', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'from', 'to', 'as', 'and', 'or', 'but', 'if',
  'after', 'before', 'since', 'while', 'when', 'where', 'about', 'over', 'under', 'more', 'most', 'some', 'many',
  'other', 'another', 'all', 'both', 'each', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'president', 'minister', 'general', 'army', 'police', 'state', 'government', 'news', 'reuters',
  'says', 'said', 'reports', 'report', 'key', 'back', 'push', 'war', 'end', 'without', 'against', 'also', 'however',
  'meanwhile', 'another', 'last', 'next', 'first', 'second', 'third', 'new', 'old', 'north', 'south', 'east',
  'west', 'northern', 'southern', 'eastern', 'western', 'central', 'city', 'town', 'village', 'province', 'region',
  'district', 'camp', 'border', 'highway', 'road', 'airport', 'base', 'crossing', 'bridge', 'river', 'valley',
  'mount', 'lake', 'sea', 'island', 'gulf', 'hospital', 'school', 'market', 'mosque', 'church', 'un', 'us', 'eu',
  'islamic', 'jihadist', 'rebel', 'rebels', 'regime', 'forces', 'military', 'commander', 'colonel', 'victoria',
  'independence', 'liberty', 'union', 'unity', 'hope', 'paradise', 'friendship', 'progress', 'justice', 'mercy',
  'trump', 'biden', 'assad', 'putin', 'human', 'rights', 'media', 'telegram', 'twitter', 'facebook', 'ali',
  'mohamed', 'mohammed', 'muhammad', 'ahmed', 'ahmad', 'hassan', 'hussein', 'omar', 'abdullah', 'khalid',
  'date', 'deal', 'gen', 'brig', 'shia', 'sunni', 'christian', 'muslim', 'jewish', 'kurdish', 'arab', 'arabs',
  'al', 'el', 'sham', 'levant', 'deputy', 'regional',
  'humanitarian', 'coordinator', 'institute', 'strategy', 'policy', 'international', 'national',
  'observatory', 'committee', 'council', 'front', 'movement', 'party', 'group', 'brigade', 'division',
  'regiment', 'battalion', 'revolutionary', 'guards', 'guard', 'white', 'helmets', 'red', 'crescent', 'cross',
  'ministry', 'office', 'agency', 'affairs', 'coordination', 'rescue', 'health', 'organization', 'organisation',
  'world', 'food', 'programme', 'children', 'fund', 'amnesty', 'watch', 'doctors', 'borders', 'press', 'times',
  'post', 'leader', 'leaders', 'officials', 'european', 'secretary', 'special', 'envoy',
]);

/** A gazetteer hit outside the report's countries needs at least this population to be believed (big cities). */
export const FOREIGN_MIN_POPULATION = 150_000;
/** A hit on a single word that is sentence-initial needs this population (title-case noise is common there). */
export const SENTENCE_START_MIN_POPULATION = 20_000;

/** Nouns that, before "of X" or after "X", say X is a populated place ("the town of Khan al-Assal"). */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'town', 'towns', 'village', 'villages', 'city', 'cities', 'hamlet', 'settlement', 'neighbourhood',
  'neighborhood', 'district', 'suburb', 'locality', 'localities', 'locations', 'areas', 'area', 'positions',
  'municipality', 'county', 'camp', 'communities', 'community', 'region', 'enclave', 'outskirts', 'such',
]);

/** Nouns after a name that make it a facility, located at or near its town ("al-Nayrab airport"). */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'airport', 'airbase', 'air base', 'base', 'military base', 'crossing', 'border crossing', 'camp', 'refugee camp',
  'hospital', 'port', 'dam', 'bridge', 'prison', 'barracks', 'academy', 'checkpoint', 'power plant',
  'plant', 'refinery', 'mine', 'market', 'stadium', 'university', 'school', 'mosque', 'church', 'square',
]);

/** Nouns after a name that make it a road ("M5 highway", "Damascus-Aleppo highway"). */
export const ROAD_NOUNS: ReadonlySet<string> = new Set(['highway', 'motorway', 'road', 'expressway', 'freeway', 'route']);

/** Road numbers stand as names on their own ("the M5"). */
export const ROAD_CODE = /^(?:[MNAEHR]\d{1,3}|[A-Z]{1,2}-\d{1,3})$/;

/** Words after a name that make it a first-level division ("Idlib province", "Aleppo governorate"). */
export const ADMIN1_NOUNS: ReadonlySet<string> = new Set([
  'province', 'provinces', 'governorate', 'governorates', 'state', 'states', 'region', 'oblast', 'prefecture',
  'countryside', 'department', 'division',
]);

/** Compass words and their bearings in degrees, for "5km west of Aleppo". */
export const BEARINGS: Readonly<Record<string, number>> = wordTable({
  north: 0, 'north-east': 45, northeast: 45, east: 90, 'south-east': 135, southeast: 135, south: 180,
  'south-west': 225, southwest: 225, west: 270, 'north-west': 315, northwest: 315,
  'north-northeast': 22.5, 'east-northeast': 67.5, 'east-southeast': 112.5, 'south-southeast': 157.5,
  'south-southwest': 202.5, 'west-southwest': 247.5, 'west-northwest': 292.5, 'north-northwest': 337.5,
});

/** Distance units to kilometres. */
export const DISTANCE_UNITS: Readonly<Record<string, number>> = wordTable({
  km: 1, kms: 1, kilometre: 1, kilometres: 1, kilometer: 1, kilometers: 1, mile: 1.609, miles: 1.609, mi: 1.609,
  m: 0.001, metres: 0.001, meters: 0.001,
});

/**
 * "east of Aleppo" with no distance: how far to move the anchor, in km. ACLED codes such places approximate; a
 * short hop keeps the point in the right direction without pretending to know the distance.
 */
export const DEFAULT_RELATIVE_KM = 5;
