import { isApproximate } from './match_place_filter.ts';
import type { NearestPlace } from './types.ts';

/** Beyond this straight-line distance, km, the nearest known place may not be the nearest care. */
export const FAR_KM = 5;

/**
 * Whether the inventory may be missing closer care for a kind: no place at all, the nearest one farther than
 * FAR_KM, or known only to its commune or quartier (so the real distance is unknown).
 *
 * @example
 * mayMissCloserCare(undefined); // true
 */
export function mayMissCloserCare(nearest: NearestPlace | undefined, farKm: number = FAR_KM): boolean {
  return nearest === undefined || nearest.distanceKm > farKm || isApproximate(nearest.lieu.precision);
}

/** Links to the official directories, for a commune. */
export interface DirectoryLinks {
  /** santé.fr's search of general practitioners around the commune (the public health service's directory) */
  santeFr: string;
  /** the Assurance Maladie's annuaire santé (its search is a form: the person types `query` there) */
  ameli: string;
  /** what to type in the annuaire's search box, e.g. "Lens (62300)" */
  query: string;
}

/** What santé.fr is searched for: the doctors people look for first. */
export const SANTE_FR_WHAT = 'Médecin généraliste';

/**
 * Links to the official directories for a commune, built from its name and postcode (santé.fr reads
 * `/recherche/trouver/<what>/<postcode> <commune>`; the annuaire santé of ameli.fr has no search URL, so the
 * link opens it and `query` says what to type). Accents and apostrophes are percent-encoded. No request is made.
 *
 * @example
 * buildDirectoryLinks({ nom: "Condé-sur-l'Escaut", postcode: '59163' }).santeFr;
 * // 'https://www.sante.fr/recherche/trouver/M%C3%A9decin%20g%C3%A9n%C3%A9raliste/59163%20Cond%C3%A9-sur-l\'Escaut'
 */
export function buildDirectoryLinks(commune: { nom: string; postcode: string | null }): DirectoryLinks {
  const where = commune.postcode ? `${commune.postcode} ${commune.nom}` : commune.nom;
  return {
    santeFr: `https://www.sante.fr/recherche/trouver/${encodeURIComponent(SANTE_FR_WHAT)}/${encodeURIComponent(where)}`,
    ameli: 'https://annuairesante.ameli.fr/',
    query: commune.postcode ? `${commune.nom} (${commune.postcode})` : commune.nom,
  };
}
