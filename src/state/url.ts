/**
 * The URL is the state of everything shareable. Pure `parseUrlState` / `serializeUrlState`:
 * no DOM, no store. Unknown or invalid parameters are dropped and reported as notices.
 *
 * Parameters (all optional; defaults are omitted when serializing):
 *  carte=<zoom>/<lat>/<lon>       view
 *  couches=<toggle,…>             visible layers (TOGGLES)
 *  fermes=1                       show closed places
 *  sel=<lieu|commune|cite|epci>:<id>
 *  mode=trouver|couverture       (`finder`/`coverage` accepted too, as in the embed options)
 *  depuis=<lat>,<lon>[,<label>] | commune:<insee> | cite:<id>   origin of the finder
 *  types=<group,…>                kinds of places in the finder (KIND_GROUPS)
 *  prevus=1                       include planned places
 *  seuil=<km>                     coverage threshold
 *  couverture=<group,…>           kinds of places counted in coverage
 *  couverture_prevus=1            coverage counts planned places too
 *  territoire=bassin|intercommunalites|tout|epci:<siren>|commune:<insee>   (`bassin`: the drawn perimeter, the
 *                                 default; `intercommunalites`: the 330 communes of its EPCI — see vocabulary.ts)
 *  etendue=tout                   colour all communes of 59/62, not only the basin's
 *  carreaux=revenus               colour the 200 m cells by low income (default: by distance)
 *  ajouts=<lat>,<lon>,<group>,<n>[;…] hypothetical centres (scenario), n = the centre's number (older links
 *                                 without it number the centres in order)
 *  retraits=<lieu id>,…           existing places marked closed (scenario)
 *  lang=fr|en                     interface language
 */
import { SCENARIO_ID_PREFIX, type Scenario, scenarioPlaceName } from '../domain/apply_scenario.ts';
import { isLang } from '../i18n/langs.ts';
import { isOneOf, KIND_GROUP_IDS, KIND_GROUPS, type KindGroup, kindGroupOf } from '../schema.ts';
import type { Origin, Selection, ShareableState } from './types.ts';
import {
  DEFAULT_TOGGLES,
  parseList,
  parseMode,
  parseTerritory,
  parseThreshold,
  serializeTerritory,
  TOGGLES,
  type ToggleId,
} from './vocabulary.ts';

export interface UrlNotice {
  param: string;
  value: string;
}

export interface ParsedUrlState {
  state: Partial<ShareableState>;
  notices: UrlNotice[];
}

/** Bounding box (generous) of Nord + Pas-de-Calais and surroundings, for coordinates in the URL. */
const AREA = { west: 0.5, south: 49.5, east: 5.0, north: 51.5 };
const MAX_SCENARIO_ADDS = 50;

export const DEFAULT_STATE: ShareableState = {
  view: null,
  toggles: DEFAULT_TOGGLES,
  showClosed: false,
  selection: null,
  mode: 'trouver',
  origin: null,
  finderGroups: ['filieris', 'msp', 'cs', 'hopital'],
  includePlanned: true,
  coveragePlanned: false,
  thresholdKm: 5,
  coverageGroups: ['filieris', 'msp', 'cs'],
  territory: { type: 'perimetre' },
  coverageScope: 'bassin',
  cellColouring: 'distance',
  scenario: { added: [], closed: [] },
  lang: 'fr',
};

const ID_RE = /^[A-Za-z0-9_.-]{1,120}$/;
const INSEE_RE = /^(59|62)\d{3}$/;

function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function inArea(lon: number, lat: number): boolean {
  return lon >= AREA.west && lon <= AREA.east && lat >= AREA.south && lat <= AREA.north;
}

function parseOrigin(raw: string): Origin | null {
  const ref = /^(commune|cite):(.+)$/.exec(raw);
  if (ref) {
    const type = ref[1] as 'commune' | 'cite';
    const id = ref[2] ?? '';
    if (type === 'commune' ? !INSEE_RE.test(id) : !ID_RE.test(id)) return null;
    // coordinates and label are resolved from the data by the store
    return {
      lon: Number.NaN,
      lat: Number.NaN,
      label: '',
      ref: { type, id },
      approximate: type === 'commune',
    };
  }
  const [latS, lonS, ...labelParts] = raw.split(',');
  const lat = num(latS);
  const lon = num(lonS);
  if (lat === null || lon === null || !inArea(lon, lat)) return null;
  const label = labelParts.join(',').trim().slice(0, 120);
  return { lon, lat, label, ref: null, approximate: false };
}

/** Highest number of a hypothetical centre in a link. */
const MAX_CENTRE_NUMBER = 999;

/** The number at the end of a hypothetical centre's id (`scenario-3` → 3), or null. */
export function centreNumber(id: string): number | null {
  if (!id.startsWith(SCENARIO_ID_PREFIX)) return null;
  const n = Number(id.slice(SCENARIO_ID_PREFIX.length));
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * Hypothetical centres: `<lat>,<lon>,<group>,<n>` separated by `;`. The number `n` keeps each centre's
 * identity (and name) across a reload; links written before it existed number the centres in order.
 */
function parseScenarioAdds(raw: string): Scenario['added'] | null {
  const items = raw.split(';').filter((s) => s !== '');
  if (items.length > MAX_SCENARIO_ADDS) return null;
  const added: Scenario['added'] = [];
  const numbers = new Set<number>();
  for (const [i, item] of items.entries()) {
    const [latS, lonS, groupS, nS, ...rest] = item.split(',');
    const lat = num(latS);
    const lon = num(lonS);
    const group = groupS ?? 'filieris';
    const n = nS === undefined ? i + 1 : /^\d{1,3}$/.test(nS) ? Number(nS) : Number.NaN;
    if (lat === null || lon === null || !inArea(lon, lat) || !isOneOf(KIND_GROUP_IDS, group)) return null;
    if (rest.length > 0 || !(n >= 1 && n <= MAX_CENTRE_NUMBER) || numbers.has(n)) return null;
    numbers.add(n);
    const kind = KIND_GROUPS[group][0];
    added.push({ id: `${SCENARIO_ID_PREFIX}${n}`, lon, lat, kind, nom: scenarioPlaceName(n) });
  }
  return added;
}

/** Parses a query string (`location.search`, with or without `?`). Never throws. */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state: Partial<ShareableState> = {};
  const notices: UrlNotice[] = [];
  const reject = (param: string, value: string) => notices.push({ param, value });

  for (const [key, value] of params) {
    switch (key) {
      case 'carte': {
        const [z, lat, lon] = value.split('/').map((p) => num(p));
        if (z != null && lat != null && lon != null && z >= 0 && z <= 22 && inArea(lon, lat)) {
          state.view = { zoom: z, lat, lon };
        } else reject(key, value);
        break;
      }
      case 'couches': {
        const list = parseList<ToggleId>(value, TOGGLES);
        if (list) state.toggles = list;
        else reject(key, value);
        break;
      }
      case 'fermes':
        if (value === '1' || value === '0') state.showClosed = value === '1';
        else reject(key, value);
        break;
      case 'sel': {
        const m = /^(lieu|commune|cite|epci):(.+)$/.exec(value);
        const id = m?.[2] ?? '';
        if (m && ID_RE.test(id)) state.selection = { type: m[1] as Selection['type'], id };
        else reject(key, value);
        break;
      }
      case 'mode': {
        const mode = parseMode(value);
        if (mode) state.mode = mode;
        else reject(key, value);
        break;
      }
      case 'depuis': {
        const origin = parseOrigin(value);
        if (origin) state.origin = origin;
        else reject(key, value);
        break;
      }
      case 'types': {
        const list = parseList<KindGroup>(value, KIND_GROUP_IDS);
        if (list && list.length > 0) state.finderGroups = list;
        else reject(key, value);
        break;
      }
      case 'lang':
        if (isLang(value)) state.lang = value;
        else reject(key, value);
        break;
      case 'prevus':
        if (value === '1' || value === '0') state.includePlanned = value === '1';
        else reject(key, value);
        break;
      case 'couverture_prevus':
        if (value === '1' || value === '0') state.coveragePlanned = value === '1';
        else reject(key, value);
        break;
      case 'seuil': {
        const km = parseThreshold(value);
        if (km !== null) state.thresholdKm = km;
        else reject(key, value);
        break;
      }
      case 'couverture': {
        const list = parseList<KindGroup>(value, KIND_GROUP_IDS);
        if (list) state.coverageGroups = list;
        else reject(key, value);
        break;
      }
      case 'territoire': {
        const t = parseTerritory(value);
        if (t) state.territory = t;
        else reject(key, value);
        break;
      }
      case 'etendue':
        if (value === 'tout' || value === 'bassin') state.coverageScope = value === 'tout' ? 'all' : 'bassin';
        else reject(key, value);
        break;
      case 'carreaux':
        if (value === 'revenus' || value === 'distance')
          state.cellColouring = value === 'revenus' ? 'low_income' : 'distance';
        else reject(key, value);
        break;
      case 'ajouts': {
        const added = parseScenarioAdds(value);
        if (added) state.scenario = { added, closed: state.scenario?.closed ?? [] };
        else reject(key, value);
        break;
      }
      case 'retraits': {
        const ids = value.split(',').filter((s) => s !== '');
        if (ids.every((id) => ID_RE.test(id)))
          state.scenario = { added: state.scenario?.added ?? [], closed: ids };
        else reject(key, value);
        break;
      }
      default:
        // parameters owned by the embed configuration, or by a host page: left to their own parser
        break;
    }
  }
  // hypothetical centres are named in the page's language (`lang` may come after `ajouts` in the query)
  const lang = state.lang;
  if (lang && state.scenario) {
    state.scenario = {
      ...state.scenario,
      added: state.scenario.added.map((a) => ({
        ...a,
        nom: scenarioPlaceName(centreNumber(a.id) ?? 0, lang),
      })),
    };
  }
  return { state, notices };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits)).toString();
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Serializes the shareable state to a query string (without `?`), omitting defaults. Deterministic. */
export function serializeUrlState(s: ShareableState): string {
  const p: [string, string][] = [];
  const d = DEFAULT_STATE;
  if (s.mode !== d.mode) p.push(['mode', s.mode]);
  if (s.view) p.push(['carte', `${round(s.view.zoom, 2)}/${round(s.view.lat, 5)}/${round(s.view.lon, 5)}`]);
  if (!sameList(s.toggles, d.toggles)) p.push(['couches', s.toggles.join(',')]);
  if (s.showClosed) p.push(['fermes', '1']);
  if (s.selection) p.push(['sel', `${s.selection.type}:${s.selection.id}`]);
  if (s.origin) {
    const o = s.origin;
    if (o.ref) p.push(['depuis', `${o.ref.type}:${o.ref.id}`]);
    else p.push(['depuis', `${round(o.lat, 5)},${round(o.lon, 5)}${o.label ? `,${o.label}` : ''}`]);
  }
  if (!sameList(s.finderGroups, d.finderGroups)) p.push(['types', s.finderGroups.join(',')]);
  if (s.includePlanned !== d.includePlanned) p.push(['prevus', s.includePlanned ? '1' : '0']);
  if (s.coveragePlanned !== d.coveragePlanned) p.push(['couverture_prevus', s.coveragePlanned ? '1' : '0']);
  if (s.thresholdKm !== d.thresholdKm) p.push(['seuil', String(s.thresholdKm)]);
  if (!sameList(s.coverageGroups, d.coverageGroups)) p.push(['couverture', s.coverageGroups.join(',')]);
  if (s.territory.type !== d.territory.type) p.push(['territoire', serializeTerritory(s.territory)]);
  if (s.coverageScope !== d.coverageScope) p.push(['etendue', 'tout']);
  if (s.cellColouring !== d.cellColouring) p.push(['carreaux', 'revenus']);
  if (s.scenario.added.length > 0) {
    p.push([
      'ajouts',
      s.scenario.added
        .map(
          (a, i) =>
            `${round(a.lat, 5)},${round(a.lon, 5)},${kindGroupOf(a.kind)},${centreNumber(a.id) ?? i + 1}`,
        )
        .join(';'),
    ]);
  }
  if (s.scenario.closed.length > 0) p.push(['retraits', s.scenario.closed.join(',')]);
  if (s.lang !== d.lang) p.push(['lang', s.lang]);
  return new URLSearchParams(p)
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':')
    .replace(/%3B/g, ';');
}
