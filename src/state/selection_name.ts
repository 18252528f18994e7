import type { AppData } from '../data/load_data.ts';
import type { Lieu } from '../schema.ts';
import type { Selection } from './types.ts';

/** The name of a selected feature, or null when it does not exist. `lieux` may include scenario places. */
export function nameOfSelection(
  sel: Selection,
  data: AppData,
  lieux: readonly Lieu[] = data.lieux,
): string | null {
  switch (sel.type) {
    case 'lieu':
      return lieux.find((l) => l.id === sel.id)?.nom ?? null;
    case 'commune':
      return data.communes.find((c) => c.insee === sel.id)?.nom ?? null;
    case 'cite':
      return data.cites.find((c) => c.id === sel.id)?.nom ?? null;
    case 'epci':
      return data.epci.find((e) => e.siren === sel.id)?.nom ?? null;
  }
}
