/** I/O: read the vendored GeoJSON and CSV inputs and the @etalab/decoupage-administratif package. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parseCsv } from './lib/text.ts';

export type AnyProps = Record<string, unknown>;
export type InFeature = Feature<Geometry | null, AnyProps> & { line: number };

/** Features of a GeoJSON file, each tagged with its 1-based index (the "source line" used in the report). */
export function readGeoJson(file: string): InFeature[] {
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<Geometry | null, AnyProps>;
  return fc.features.map((f, i) => ({ ...f, properties: f.properties ?? {}, line: i + 1 }));
}

export function readCsv(file: string): ReturnType<typeof parseCsv> {
  return parseCsv(fs.readFileSync(file, 'utf8'));
}

/** Records of @etalab/decoupage-administratif (millésime 2026, v6.0.0). */
export interface PkgCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string;
}
export interface PkgEpci {
  code: string;
  nom: string;
  type: string;
  populationTotale: number;
  populationMunicipale: number;
  membres: {
    code: string;
    siren: string;
    nom: string;
    populationTotale: number;
    populationMunicipale: number;
  }[];
}

const require = createRequire(import.meta.url);

export function readDecoupage(): { communes: PkgCommune[]; epci: PkgEpci[]; version: string } {
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as PkgCommune[];
  const epci = require('@etalab/decoupage-administratif/data/epci.json') as PkgEpci[];
  const version = (require('@etalab/decoupage-administratif/package.json') as { version: string }).version;
  return { communes, epci, version };
}
