/**
 * The shape of public/data/communes.json, shared by the pipeline (which writes it) and the app (which reads
 * it): one array per field instead of one object per commune, and the EPCI names once in a table. For the
 * 1,534 communes of Nord and Pas-de-Calais this is about a fifth smaller gzipped than a list of objects, and
 * it is the largest file the finder waits for on a slow phone connection.
 *
 *   { schema, population_vintage, epci: [{ siren, nom }], columns: { insee: [...], nom: [...], ... } }
 *
 * `postcodes` joins a commune's postcodes with spaces; `epci` is an index into the EPCI table (-1: none);
 * `bassin` (one of the 330 communes of the bassin's intercommunalities) and `perimetre` (mostly inside the drawn
 * perimeter) are 1 or 0; `lon`/`lat` are the label point (WGS84). The département is the INSEE code's first two
 * characters. Pure functions, no I/O.
 */
import type { Commune } from '../schema.ts';
import { DataFileError } from './data_file_error.ts';
import { INSEE_RE, type RejectedRow } from './validate_rows.ts';

export interface CommunesColumns {
  insee: string[];
  nom: string[];
  postcodes: string[];
  population: number[];
  epci: number[];
  bassin: number[];
  perimetre: number[];
  lon: number[];
  lat: number[];
}

export interface CommunesTable {
  epci: { siren: string; nom: string }[];
  columns: CommunesColumns;
}

const FIELDS: readonly (keyof CommunesColumns)[] = [
  'insee',
  'nom',
  'postcodes',
  'population',
  'epci',
  'bassin',
  'perimetre',
  'lon',
  'lat',
];

/** Département of a commune from its INSEE code (59, 62, 2A…). */
export const depOf = (insee: string): string => insee.slice(0, 2);

/**
 * Columns of a list of communes. Throws when a commune cannot be written without loss (a département that
 * is not its INSEE code's prefix, an EPCI SIREN with two names).
 */
export function encodeCommunes(communes: readonly Commune[]): CommunesTable {
  const epci: CommunesTable['epci'] = [];
  const epciIndex = new Map<string, number>();
  const columns: CommunesColumns = {
    insee: [],
    nom: [],
    postcodes: [],
    population: [],
    epci: [],
    bassin: [],
    perimetre: [],
    lon: [],
    lat: [],
  };
  for (const c of communes) {
    if (c.dep !== depOf(c.insee))
      throw new Error(`commune ${c.insee}: département ${c.dep} ≠ début du code INSEE`);
    let e = -1;
    if (c.epci_siren) {
      const known = epciIndex.get(c.epci_siren);
      if (known === undefined) {
        e = epci.length;
        epciIndex.set(c.epci_siren, e);
        epci.push({ siren: c.epci_siren, nom: c.epci_nom });
      } else {
        e = known;
        if (epci[e]?.nom !== c.epci_nom)
          throw new Error(`EPCI ${c.epci_siren}: deux noms (« ${epci[e]?.nom} », « ${c.epci_nom} »)`);
      }
    }
    columns.insee.push(c.insee);
    columns.nom.push(c.nom);
    columns.postcodes.push(c.postcodes.join(' '));
    columns.population.push(c.population);
    columns.epci.push(e);
    columns.bassin.push(c.bassin ? 1 : 0);
    columns.perimetre.push(c.perimetre ? 1 : 0);
    columns.lon.push(c.lon);
    columns.lat.push(c.lat);
  }
  return { epci, columns };
}

export interface DecodedCommunes {
  communes: Commune[];
  /** rows that could not be read, with their position (0-based), INSEE code and problem, in row order */
  rejected: RejectedRow[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * Communes from the columns of communes.json. Throws when the file's structure is broken (a column missing,
 * columns of different lengths); a row whose values are invalid is rejected and reported, the others are
 * kept: `communes.length + rejected.length` is the number of rows.
 */
export function decodeCommunes(table: unknown): DecodedCommunes {
  if (!isRecord(table) || !isRecord(table.columns))
    throw new DataFileError('champ « columns » absent', { type: 'field', name: 'columns' });
  const cols = table.columns;
  const epciTable = Array.isArray(table.epci) ? table.epci : null;
  if (!epciTable) throw new DataFileError('champ « epci » absent', { type: 'field', name: 'epci' });
  for (const f of FIELDS)
    if (!Array.isArray(cols[f]))
      throw new DataFileError(`colonne « ${f} » absente`, { type: 'column', name: f });
  const c = cols as unknown as CommunesColumns;
  const n = c.insee.length;
  for (const f of FIELDS)
    if (c[f].length !== n)
      throw new DataFileError(`colonne « ${f} » : ${c[f].length} valeurs pour ${n} communes`, {
        type: 'columnLength',
        name: f,
        values: c[f].length,
        rows: n,
      });

  const communes: Commune[] = [];
  const rejected: DecodedCommunes['rejected'] = [];
  for (let i = 0; i < n; i++) {
    const insee = c.insee[i];
    const nom = c.nom[i];
    const postcodes = c.postcodes[i];
    const population = c.population[i];
    const e = c.epci[i];
    const lon = c.lon[i];
    const lat = c.lat[i];
    const epci = typeof e === 'number' && e >= 0 ? (epciTable[e] as unknown) : null;
    const problem: RejectedRow['problem'] | null =
      typeof insee !== 'string' || !INSEE_RE.test(insee)
        ? 'insee'
        : typeof nom !== 'string' || nom.trim() === ''
          ? 'nom'
          : typeof postcodes !== 'string'
            ? 'postcodes'
            : typeof population !== 'number' || !Number.isFinite(population) || population < 0
              ? 'population'
              : typeof e !== 'number' ||
                  !Number.isInteger(e) ||
                  (e >= 0 &&
                    !(isRecord(epci) && typeof epci.siren === 'string' && typeof epci.nom === 'string'))
                ? 'epci'
                : typeof lon !== 'number' ||
                    typeof lat !== 'number' ||
                    !(Math.abs(lon) <= 180) ||
                    !(Math.abs(lat) <= 90)
                  ? 'coordinates'
                  : null;
    if (problem) {
      rejected.push({ row: i, id: typeof insee === 'string' ? insee : null, problem });
      continue;
    }
    const ep = isRecord(epci) ? (epci as { siren: string; nom: string }) : null;
    communes.push({
      insee: insee as string,
      nom: nom as string,
      postcodes: (postcodes as string).split(' ').filter(Boolean),
      population: population as number,
      dep: depOf(insee as string),
      epci_siren: ep?.siren ?? '',
      epci_nom: ep?.nom ?? '',
      bassin: c.bassin[i] === 1,
      perimetre: c.perimetre[i] === 1,
      lon: lon as number,
      lat: lat as number,
    });
  }
  return { communes, rejected };
}
