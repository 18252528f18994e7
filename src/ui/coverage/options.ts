/** Helpers of the coverage panel's selects: the communes near hypothetical centres, where a location value lies. */
import { findNearestCommune } from '../../domain/find_nearest_commune.ts';
import type { ScenarioPlace } from '../../domain/types.ts';
import type { Commune } from '../../schema.ts';
import { memoLast } from '../../state/derived.ts';
import type { SortedData } from '../../state/sorted_data.ts';

/** For each hypothetical centre, the name of the commune whose centre is nearest. */
export const centresNear = memoLast((added: readonly ScenarioPlace[], communes: readonly Commune[]) =>
  added.map((a) => findNearestCommune(a.lon, a.lat, communes)?.nom ?? ''),
);

/** Where a location value (`commune:<insee>` or `cite:<id>`) lies, with a label. */
export function locate(
  value: string,
  sorted: SortedData,
): { lon: number; lat: number; label: string } | null {
  const [type, id = ''] = value.split(':');
  if (type === 'commune') {
    const c = sorted.communeByInsee.get(id);
    return c ? { lon: c.lon, lat: c.lat, label: c.nom } : null;
  }
  if (type === 'cite') {
    const c = sorted.citeById.get(id);
    return c ? { lon: c.lon, lat: c.lat, label: `${c.nom} (${c.commune})` } : null;
  }
  return null;
}
