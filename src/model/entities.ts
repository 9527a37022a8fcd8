/** Actors, places and events: who, where, what. */
import type { Span } from './document.js';

export type ActorType =
  | 'state-force'
  | 'nonstate-armed-group'
  | 'militia'
  | 'international-force'
  | 'government'
  | 'monitor'
  | 'ngo'
  | 'un-agency'
  | 'media'
  | 'civilians'
  | 'person'
  | 'organisation';

export interface Actor {
  /** Canonical name ("Hayat Tahrir al-Sham"). */
  name: string;
  type: ActorType;
  /** Side in a conflict, where the actor table knows it: state / nonstate / null. */
  side: 'state' | 'nonstate' | null;
  /** Short forms seen or known ("HTS"). */
  aliases: string[];
  mentions: Span[];
  /** ISO 3166-1 alpha-2 country the actor belongs to, when known (optional). */
  country?: string | null;
}

/** ACLED-like geo precision: 1 exact town, 2 approximate/relative, 3 admin1 (province), 4 country. */
export type GeoPrecision = 'exact' | 'approximate' | 'admin1' | 'country';

export type PlaceKind = 'populated' | 'admin1' | 'country' | 'road' | 'facility' | 'area';

export interface PlaceRef {
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  precision: GeoPrecision | null;
}

export interface Place extends PlaceRef {
  kind: PlaceKind;
  /** GeoNames id when geocoded from the gazetteer. */
  geonameId: number | null;
  population: number | null;
  /** "5km west of Aleppo": the anchor place and offset. */
  relative?: { anchor: string; distanceKm: number | null; bearing: string | null } | null;
  mentions: Span[];
  /** The gazetteer's own spelling when it differs from the text's ("Al Atārib" for "Atareb") (optional). */
  gazetteerName?: string | null;
  /** Where the point came from: the town gazetteer, an imported GeoNames row, a relative offset, a nearby place,
   * the province seat or the country centre (optional). */
  locatedBy?: 'gazetteer' | 'import' | 'relative' | 'nearby' | 'admin1' | 'country' | null;
}

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

export interface Fatalities {
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface SitrepEvent {
  type: EventType;
  subType: string;
  actor1: string | null;
  actor2: string | null;
  date: string | null;
  datePrecision: 'day' | 'week' | 'month' | 'year' | null;
  /** Index into the document's places. */
  place: number | null;
  /** Indexes into the document's figures. */
  figures: number[];
  fatalities: Fatalities;
  span: Span;
  /** Who the report says carried the event out: claims, blame, denials (optional; stage find-responsibility). */
  responsibility?: ResponsibilityStatement[];
}

/**
 * A statement about who is responsible. `claim`: the actor itself claimed it; `denial`: the actor denied it;
 * `blame`: someone (`by`) blamed or accused the actor; `attribution`: the report, or someone, says the actor carried
 * it out ("was carried out by X", "attributed the attack to X").
 */
export interface ResponsibilityStatement {
  /** The actor said to be responsible (canonical name when the actor finder knows it). */
  actor: string;
  stance: 'claim' | 'denial' | 'blame' | 'attribution';
  /** Who said so, when named: the actor itself for claims and denials, else the accuser. */
  by: string | null;
  /** The sentence the statement is in. */
  span: Span;
}
