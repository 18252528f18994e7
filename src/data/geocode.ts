/**
 * Address search through a geocoder answering like the Base Adresse Nationale API
 * (`GET {base}/search/?q=…&limit=…` → GeoJSON FeatureCollection, properties.label/postcode/citycode).
 * Used only when configured. Says why there is no answer (offline, service unreachable) so the page can tell
 * the person at once; the local search keeps working in every case.
 */
export interface AddressHit {
  label: string;
  detail: string;
  lon: number;
  lat: number;
}

/** Only addresses in Nord (59) and Pas-de-Calais (62) are kept. */
export function parseBanResponse(json: unknown): AddressHit[] {
  if (typeof json !== 'object' || json === null) return [];
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  const hits: AddressHit[] = [];
  for (const f of features) {
    const coords = f?.geometry?.coordinates;
    const p = f?.properties ?? {};
    if (!Array.isArray(coords) || typeof coords[0] !== 'number' || typeof coords[1] !== 'number') continue;
    if (typeof p.label !== 'string') continue;
    const citycode = typeof p.citycode === 'string' ? p.citycode : '';
    if (citycode && !/^(59|62)/.test(citycode)) continue;
    hits.push({
      label: p.label,
      detail: [p.postcode, p.city].filter((x) => typeof x === 'string').join(' '),
      lon: coords[0],
      lat: coords[1],
    });
  }
  return hits;
}

/** True when the query looks like a street address (a number or a street word), worth asking the geocoder. */
export function looksLikeAddress(query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q.length < 4) return false;
  return (
    /\d+\s*\D{3,}/.test(q) ||
    /\b(rue|avenue|av|bd|boulevard|place|chemin|route|impasse|allée|allee|cité|cite|résidence|square|quai)\b/.test(
      q,
    )
  );
}

/** The geocoder's answer: addresses, or why there are none. */
export type GeocodeResult =
  | { status: 'ok'; hits: AddressHit[] }
  /** the browser knows it has no network */
  | { status: 'offline' }
  /** the service did not answer, or answered an error (no network, blocked, down) */
  | { status: 'unreachable' };

/** Asks the geocoder; never throws (an aborted request resolves as unreachable, and callers ignore it). */
export async function geocodeAddress(
  base: string,
  query: string,
  signal: AbortSignal,
): Promise<GeocodeResult> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { status: 'offline' };
  const url = `${base}/search/?q=${encodeURIComponent(query)}&limit=5&lat=50.43&lon=2.95`;
  try {
    const res = await fetch(url, { signal });
    if (!res.ok) return { status: 'unreachable' };
    return { status: 'ok', hits: parseBanResponse(await res.json()) };
  } catch {
    return { status: 'unreachable' };
  }
}
