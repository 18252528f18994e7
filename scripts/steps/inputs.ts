/** Step 0: the administrative package (communes, EPCI, populations) and the population vintage it gives. */
import { readDecoupage } from '../read_inputs.ts';

export interface AdminInputs {
  dec: ReturnType<typeof readDecoupage>;
  /** how the population figures are described in the client files */
  populationVintage: string;
}

export function readAdminInputs(): AdminInputs {
  const dec = readDecoupage();
  const populationVintage = `populations légales INSEE (champ population des communes) de @etalab/decoupage-administratif ${dec.version}, millésime COG 2026 — source https://www.insee.fr/fr/statistiques/8680726`;
  return { dec, populationVintage };
}
