/** Moving a point by a distance and compass bearing ("5km west of Aleppo"), on a sphere. */
const EARTH_KM = 6371;
const RAD = Math.PI / 180;

export function offsetPoint(lat: number, lon: number, distanceKm: number, bearingDeg: number): { lat: number; lon: number } {
  const d = distanceKm / EARTH_KM;
  const b = bearingDeg * RAD;
  const p1 = lat * RAD;
  const l1 = lon * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: round5(p2 / RAD), lon: round5(l2 / RAD) };
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dp = (lat2 - lat1) * RAD;
  const dl = (lon2 - lon1) * RAD;
  const a = Math.sin(dp / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dl / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
