/** Step 7: the client data files (public/data/*.json) the app reads, with their counts and sizes. */
import { encodeCommunes } from '../../src/data/communes_columns.ts';
import { type DataMeta, KIND_GROUP_IDS, kindGroupOf, SCHEMA_VERSION } from '../../src/schema.ts';
import type { TileFeature } from '../build_basemap.ts';
import { type CiteRecord, toClientCite } from '../build_cites.ts';
import { type FileSize, kb, writeCompactJson } from '../build_client.ts';
import { type CommuneRecord, toClientCommune } from '../build_communes.ts';
import { type ClsFact, type EpciRecord, toClientEpci } from '../build_epci.ts';
import { type LieuRecord, toClientLieu } from '../build_lieux.ts';
import type { SsmRecord } from '../build_ssm.ts';
import type { CommuneIndex } from '../lib/locate.ts';
import { outputs } from '../lib/paths.ts';
import type { HospitalsResult } from '../read_hospitals.ts';
import type { Register } from '../read_register.ts';
import type { CellsStep } from './cells.ts';
import type { Log } from './log.ts';
import { attributions, BUILT_FROM } from './sources.ts';

export interface ClientInputs {
  communes: readonly CommuneRecord[];
  epci: readonly EpciRecord[];
  cls: ReadonlyMap<string, ClsFact>;
  cites: readonly CiteRecord[];
  lieux: readonly LieuRecord[];
  ssm: readonly SsmRecord[];
  basemap: {
    terrils: readonly TileFeature[];
    cavaliers: readonly TileFeature[];
    bien: readonly TileFeature[];
  };
  populationVintage: string;
  decoupageVersion: string;
  register: Register | null;
  hospitals: HospitalsResult;
  index: CommuneIndex;
  grid: CellsStep;
}

export interface ClientFiles {
  counts: Record<string, number>;
  files: FileSize[];
}

/** The counts written to meta.json and to the build report. */
function countsOf(c: ClientInputs): Record<string, number> {
  const counts: Record<string, number> = {
    communes: c.communes.length,
    communes_bassin: c.communes.filter((x) => x.bassin).length,
    epci: c.epci.length,
    epci_bassin: c.epci.filter((e) => e.bassin).length,
    epci_with_cls_row: c.cls.size,
    cites: c.cites.length,
    cites_maisons_et_cites: c.cites.filter((x) => x.maisons_et_cites).length,
    lieux: c.lieux.length,
    lieux_with_finess: c.lieux.filter((l) => l.finess).length,
    hopitaux: c.hospitals.lieux.length,
    hopitaux_bassin: c.hospitals.lieux.filter((l) => c.index.byInsee.get(l.commune_insee)?.bassin).length,
    patrimoine_ssm: c.ssm.length,
    terrils: c.basemap.terrils.length,
    cavaliers: c.basemap.cavaliers.length,
    unesco_bien: c.basemap.bien.length,
    ...c.grid.counts,
  };
  for (const p of ['address', 'building', 'quartier', 'commune'] as const)
    counts[`lieux_precision_${p}`] = c.lieux.filter((l) => l.precision === p).length;
  for (const g of KIND_GROUP_IDS)
    counts[`lieux_groupe_${g}`] = c.lieux.filter((l) => kindGroupOf(l.kind) === g).length;
  return counts;
}

export function writeClientFiles(c: ClientInputs, log: Log): ClientFiles {
  const counts = countsOf(c);
  const meta: DataMeta = {
    schema: SCHEMA_VERSION,
    built_from: BUILT_FROM,
    population_vintage: c.populationVintage,
    counts,
    attributions: attributions(
      c.decoupageVersion,
      c.hospitals.lieux.length > 0,
      c.register?.origin ?? null,
      c.grid.attribution,
    ),
  };
  const dir = outputs.clientDir;
  const files: FileSize[] = [
    writeCompactJson(dir, 'lieux.json', { schema: SCHEMA_VERSION, lieux: c.lieux.map(toClientLieu) }),
    writeCompactJson(dir, 'communes.json', {
      schema: SCHEMA_VERSION,
      population_vintage: c.populationVintage,
      ...encodeCommunes(c.communes.map(toClientCommune)),
    }),
    writeCompactJson(dir, 'cites.json', { schema: SCHEMA_VERSION, cites: c.cites.map(toClientCite) }),
    writeCompactJson(dir, 'epci.json', { schema: SCHEMA_VERSION, epci: c.epci.map(toClientEpci) }),
    writeCompactJson(dir, 'meta.json', meta),
    writeCompactJson(dir, 'cells.json', { schema: SCHEMA_VERSION, ...c.grid.table }),
  ];
  for (const s of files) log(`public/data/${s.file}: ${kb(s.bytes)} raw, ${kb(s.gzip_bytes)} gzip`);
  return { counts, files };
}
