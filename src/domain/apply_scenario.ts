import type { Lang } from '../i18n/langs.ts';
import type { Lieu } from '../schema.ts';
import type { Scenario, ScenarioPlace } from './types.ts';

export type { Scenario, ScenarioPlace } from './types.ts';

/** Id prefix of places added by a scenario; the UI marks such places as hypothetical. */
export const SCENARIO_ID_PREFIX = 'scenario-';

/** Name of the n-th hypothetical centre (1-based), in the interface's language. */
export const scenarioPlaceName = (n: number, lang: Lang = 'fr'): string =>
  lang === 'en' ? `Hypothetical centre no. ${n}` : `Centre hypothétique n° ${n}`;

/**
 * Whether a place was added by a scenario (hypothetical) rather than read from the data.
 *
 * @example
 * isHypothetical({ ...lieu, id: 'scenario-1' }); // true
 */
export function isHypothetical(lieu: Pick<Lieu, 'id'>): boolean {
  return lieu.id.startsWith(SCENARIO_ID_PREFIX);
}

/** The `Lieu` standing for a place added by a scenario. */
function toLieu(place: ScenarioPlace): Lieu {
  return {
    id: place.id.startsWith(SCENARIO_ID_PREFIX) ? place.id : `${SCENARIO_ID_PREFIX}${place.id}`,
    nom: place.nom,
    kind: place.kind,
    operator: null,
    status: 'open',
    precision: 'address',
    address: null,
    commune: '',
    commune_insee: '',
    postcode: null,
    lon: place.lon,
    lat: place.lat,
    source_url: '',
    source_date: null,
    evidence: null,
    finess: null,
    aggregate_count: null,
    phone: null,
    category: null,
    siret: null,
    opened: null,
    source_name: null,
  };
}

/**
 * Applies a "what if" scenario: returns a NEW array where places whose id is in
 * `scenario.closed` are copies with `status: 'closed'`, followed by the added places as
 * open `Lieu`s with ids prefixed `scenario-` (see `isHypothetical`), `operator: null`,
 * `source_url: ''`, `precision: 'address'`, empty commune. Added places can be closed too.
 * Untouched places are the same objects; nothing is modified.
 *
 * @throws Error when an added place's id collides with an existing id
 * @example
 * applyScenario(lieux, { added: [{ id: '1', lon: 3.2, lat: 50.4, kind: 'msp', nom: 'MSP projetée' }], closed: ['filieris-12'] });
 */
export function applyScenario(lieux: readonly Lieu[], scenario: Scenario): Lieu[] {
  const closed = new Set(scenario.closed);
  const ids = new Set(lieux.map((l) => l.id));
  const added = scenario.added.map(toLieu);
  for (const a of added) {
    if (ids.has(a.id)) throw new Error(`scenario place id already used: ${a.id}`);
    ids.add(a.id);
  }
  return [...lieux, ...added].map((l) =>
    closed.has(l.id) && l.status !== 'closed' ? { ...l, status: 'closed' as const } : l,
  );
}
