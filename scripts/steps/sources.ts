/**
 * Who the outputs credit, beside the sources they come from: the tile archives' attribution, the meta
 * file's description of the inputs and its list of attributions (shown by the app's "Sources" panel).
 */
import type { DataMeta } from '../../src/schema.ts';
import { HOSPITALS_SOURCE } from '../read_hospitals.ts';

/** The attribution written into both tile archives. */
export const TILE_ATTRIBUTION =
  'Mission Bassin Minier / Bassin Minier Patrimoine Mondial (LO 2.0); IGN Admin Express 2018 via france-geojson (LO); INSEE COG via decoupage-administratif (LO); Insee, Filosofi 2021, données carroyées à 200 m (LO); Natural Earth';

/** `meta.built_from`: the inputs in one line. */
export const BUILT_FROM =
  'Mission Bassin Minier / UNESCO layers (rlespinasse/bassin-minier-unesco, 2026-04), IGN Admin Express 2018 communes (france-geojson), COG 2026 (@etalab/decoupage-administratif), INSEE Filosofi 2021 200 m grid, curated facilities and CLS facts, hospitals from FINESS via Eurostat GISCO (extraction 03/2020), Natural Earth';

/** `meta.attributions`: one entry per source; the hospital layer and the register only when used. */
export function attributions(
  decoupageVersion: string,
  withHospitals: boolean,
  register: { name: string; url: string | null } | null,
  grid: DataMeta['attributions'][number],
): DataMeta['attributions'] {
  return [
    {
      name: 'Mission Bassin Minier / Bassin Minier Patrimoine Mondial (via rlespinasse/bassin-minier-unesco; geo.api.gouv.fr)',
      licence: 'Licence Ouverte 2.0',
      url: 'https://github.com/rlespinasse/bassin-minier-unesco',
    },
    {
      name: 'IGN Admin Express COG 2018, via gregoiredavid/france-geojson',
      licence: 'Licence Ouverte',
      url: 'https://github.com/gregoiredavid/france-geojson',
    },
    {
      name: `INSEE COG 2026 et populations légales, DGCL EPCI 2026, La Poste codes postaux, via @etalab/decoupage-administratif ${decoupageVersion}`,
      licence: 'Licence Ouverte',
      url: 'https://github.com/datagouv/decoupage-administratif',
    },
    {
      name: 'Natural Earth 1:10m (via world-atlas)',
      licence: 'Domaine public',
      url: 'https://www.naturalearthdata.com/',
    },
    {
      name: 'Lieux de soin : relevé manuel, une page source par lieu (champ source_url)',
      licence: 'Faits relevés ; sources citées par ligne',
      url: null,
    },
    {
      name: 'Contrats locaux de santé : relevé manuel, une page source par EPCI (champ cls_source)',
      licence: 'Faits relevés ; sources citées par ligne',
      url: null,
    },
    ...(withHospitals
      ? [
          {
            name: HOSPITALS_SOURCE.attribution,
            licence: 'Licence Ouverte (FINESS, data.gouv.fr) ; dépôt Eurostat sous EUPL-1.2',
            url: HOSPITALS_SOURCE.url,
          },
        ]
      : []),
    ...(register ? [{ name: register.name, licence: 'Licence Ouverte', url: register.url }] : []),
    grid,
    {
      name: 'Noto Sans (glyphes SDF via protomaps/basemaps-assets)',
      licence: 'SIL Open Font License 1.1',
      url: 'https://github.com/protomaps/basemaps-assets',
    },
  ];
}
