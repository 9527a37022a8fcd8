/**
 * The story map (Leaflet). The base map is the world-atlas country outlines, bundled, drawn as a GeoJSON layer, so
 * it works offline; a tile layer is added on top when the server is configured with a tile URL. Precision is shown
 * by shape: a pin for an exact place, a small circle for an approximate one, a large shaded circle for a province,
 * the shaded outline of the country for a place known only to the country. Loaded on demand (its own chunk with Leaflet), so the stories list
 * does not pay for it.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json';
import type { MapPlace } from '../types.js';

/** Circle radius by precision, metres. WHY: roughly the uncertainty each precision level carries. */
export const PRECISION_RADIUS_M: Readonly<Record<string, number>> = {
  approximate: 15_000,
  admin1: 120_000,
  country: 400_000,
};

export interface MapConfig {
  tileUrl: string | null;
  tileAttribution: string | null;
}

type Countries = { features: { properties: { name?: string } }[] };

let shapes: Countries | null = null;

/**
 * The country outlines, decoded once. WHY bundled in this chunk (not a chunk of their own): the map chunk is fetched
 * while the story's data is computed; a second chunk, asked for only once this one runs, queued behind the server's
 * work on the story and arrived last.
 */
function countryShapes(): Countries {
  const topo = countries110m as unknown as Parameters<typeof feature>[0];
  shapes ??= feature(topo, (topo as unknown as { objects: { countries: Parameters<typeof feature>[1] } }).objects.countries) as unknown as Countries;
  return shapes;
}

function baseLayer(countries: Countries): L.GeoJSON {
  return L.geoJSON(countries as unknown as GeoJSON.GeoJsonObject, {
    style: { color: '#8a94a6', weight: 0.7, fillColor: '#e9edf2', fillOpacity: 1 },
    interactive: false,
  });
}

/** A place known only to the country is the country's own outline, shaded; a circle when the outline is not found. */
function countryLayer(p: MapPlace, countries: Countries): L.Layer | null {
  const shape = countries.features.find((f) => f.properties.name?.toLowerCase() === p.name.toLowerCase());
  if (!shape) return null;
  return L.geoJSON(shape as unknown as GeoJSON.GeoJsonObject, {
    style: { className: 'area area-country', color: '#c2410c', weight: 1, fillColor: '#f97316', fillOpacity: 0.12 },
  }).bindTooltip(`${p.name} — country, ${p.documents} report${p.documents === 1 ? '' : 's'}`);
}

function placeLayer(p: MapPlace, countries: Countries): L.Layer {
  if (p.precision === 'country') {
    const shaded = countryLayer(p, countries);
    if (shaded) return shaded;
  }
  const label = `${p.name} — ${p.precision}, ${p.documents} report${p.documents === 1 ? '' : 's'}`;
  if (p.precision === 'exact') {
    const icon = L.divIcon({ className: 'pin pin-exact', iconSize: [14, 14], iconAnchor: [7, 7] });
    return L.marker([p.lat, p.lon], { icon, title: label, alt: p.name, keyboard: true });
  }
  const radius = PRECISION_RADIUS_M[p.precision] ?? PRECISION_RADIUS_M.approximate;
  return L.circle([p.lat, p.lon], { radius, className: `area area-${p.precision}`, color: '#c2410c', weight: 1.5,
    fillOpacity: p.precision === 'approximate' ? 0.35 : 0.15 }).bindTooltip(label);
}

export async function renderMap(el: HTMLElement, places: MapPlace[], config: MapConfig): Promise<() => void> {
  const map = L.map(el, { worldCopyJump: true, attributionControl: !!config.tileUrl, zoomSnap: 0.5 });
  // The view must be set before vector layers are added: Leaflet clips paths to the current view.
  const points = places.map((p) => L.latLng(p.lat, p.lon));
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.6), { maxZoom: 8 });
  else map.setView([15, 10], 2);
  const countries = countryShapes();
  baseLayer(countries).addTo(map);
  if (config.tileUrl) L.tileLayer(config.tileUrl, { attribution: config.tileAttribution ?? '' }).addTo(map);
  for (const p of places) placeLayer(p, countries).addTo(map);
  el.dataset.places = String(places.length);
  return () => map.remove();
}
