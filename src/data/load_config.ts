/**
 * Deployment configuration, read at start-up from `config.json` beside index.html (no rebuild needed):
 * a street basemap style and the address geocoder. Missing or invalid file → defaults, with a console warning.
 */
export interface DeploymentConfig {
  /** MapLibre style URL of a street basemap drawn under the overlays; null = the offline thematic basemap */
  streetStyleUrl: string | null;
  /** base URL of a geocoder answering like the Base Adresse Nationale API (`/search/?q=`); null = no address search */
  geocoderUrl: string | null;
  /**
   * "report an error" link of every place: a `mailto:` address or an `https:` page (an issue tracker's new-issue
   * URL) where `{id}`, `{nom}` and `{source}` are replaced by the place's values; null = no such link
   */
  reportUrlTemplate: string | null;
}

export const DEFAULT_CONFIG: DeploymentConfig = {
  streetStyleUrl: null,
  geocoderUrl: 'https://api-adresse.data.gouv.fr',
  reportUrlTemplate: null,
};

/** A report template: `mailto:…` or an `http(s):` URL (placeholders are checked when the link is built). */
const templateOrNull = (v: unknown): string | null | undefined => {
  if (v === null) return null;
  if (typeof v !== 'string' || v.length > 2000) return undefined;
  return /^(mailto:[^\s]+|https?:\/\/[^\s]+)$/i.test(v) ? v : undefined;
};

const urlOrNull = (v: unknown): string | null | undefined => {
  if (v === null) return null;
  if (typeof v !== 'string') return undefined;
  try {
    const u = new URL(v, document.baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString().replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
};

export async function loadConfig(base: string = document.baseURI): Promise<DeploymentConfig> {
  try {
    const res = await fetch(new URL('config.json', base));
    if (!res.ok) return DEFAULT_CONFIG;
    const json = (await res.json()) as Record<string, unknown>;
    const street = urlOrNull(json.streetStyleUrl);
    const geocoder = urlOrNull(json.geocoderUrl);
    const report = templateOrNull(json.reportUrlTemplate);
    if (report === undefined && 'reportUrlTemplate' in json)
      console.warn('[carte] config.json: reportUrlTemplate invalide (mailto:… ou https://…)');
    if (street === undefined && 'streetStyleUrl' in json)
      console.warn('[carte] config.json: streetStyleUrl invalide');
    if (geocoder === undefined && 'geocoderUrl' in json)
      console.warn('[carte] config.json: geocoderUrl invalide');
    return {
      streetStyleUrl: street === undefined ? DEFAULT_CONFIG.streetStyleUrl : street,
      geocoderUrl: geocoder === undefined ? DEFAULT_CONFIG.geocoderUrl : geocoder,
      reportUrlTemplate: report === undefined ? DEFAULT_CONFIG.reportUrlTemplate : report,
    };
  } catch {
    return DEFAULT_CONFIG;
  }
}
