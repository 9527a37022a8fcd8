/**
 * The story map (Leaflet). The base map is the world-atlas country outlines, bundled, drawn as a GeoJSON layer, so
 * it works offline; a tile layer is added on top when the server is configured with a tile URL. Precision is shown
 * by shape: a pin for an exact place, a small circle for an approximate one, a large shaded circle for a province,
 * a very large faint one for a whole country. Loaded on demand (its own chunk with Leaflet), so the stories list
 * does not pay for it.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
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

let outlines: Promise<{ default: unknown }> | null = null;

/** Starts loading the country outlines (a separate chunk) so it overlaps with the API call. */
export function preloadBaseMap(): void {
  outlines ??= import('world-atlas/countries-110m.json');
}

async function baseLayer(): Promise<L.GeoJSON> {
  preloadBaseMap();
  const topo = (await outlines!).default as unknown as Parameters<typeof feature>[0];
  const countries = feature(topo, (topo as unknown as { objects: { countries: Parameters<typeof feature>[1] } }).objects.countries);
  return L.geoJSON(countries as unknown as GeoJSON.GeoJsonObject, {
    style: { color: '#8a94a6', weight: 0.7, fillColor: '#e9edf2', fillOpacity: 1 },
    interactive: false,
  });
}

function placeLayer(p: MapPlace): L.Layer {
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
  (await baseLayer()).addTo(map);
  if (config.tileUrl) L.tileLayer(config.tileUrl, { attribution: config.tileAttribution ?? '' }).addTo(map);
  for (const p of places) placeLayer(p).addTo(map);
  el.dataset.places = String(places.length);
  return () => map.remove();
}
