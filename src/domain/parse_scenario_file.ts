import type { Lang } from '../i18n/langs.ts';
import { isOneOf, KIND_GROUP_IDS, KINDS, type KindGroup } from '../schema.ts';
import { SCENARIO_ID_PREFIX, scenarioPlaceName } from './apply_scenario.ts';

export { scenarioPlaceName };

import type { Scenario, Territory } from './types.ts';

/** The `format` field of a scenario file. */
export const SCENARIO_FILE_FORMAT = 'carte-sante-scenario';
/** The `version` of the scenario files written and read by this code. */
export const SCENARIO_FILE_VERSION = 1;
/** At most this many hypothetical centres in a scenario (same limit as the URL). */
export const MAX_SCENARIO_PLACES = 50;

/** What a scenario file holds, once validated. */
export interface ScenarioFileContent {
  scenario: Scenario;
  thresholdKm: number;
  coverageGroups: KindGroup[];
  territory: Territory;
}

/** Result of `parseScenarioFile`: the content, or a message in French saying what is wrong. */
export type ParsedScenarioFile =
  | { ok: true; content: ScenarioFileContent; warnings: string[] }
  | { ok: false; message: string };

/** Generous box around Nord and Pas-de-Calais (same as the URL's). */
const AREA = { west: 0.5, south: 49.5, east: 5.0, north: 51.5 };
const ID_RE = /^[A-Za-z0-9_.-]{1,120}$/;
const INSEE_RE = /^(59|62)\d{3}$/;
const SIREN_RE = /^\d{9}$/;
const MAX_FILE_CHARS = 1_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function territoryOf(v: unknown): Territory | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'bassin':
      return { type: 'bassin' };
    case 'all':
      return { type: 'all' };
    case 'epci':
      return typeof v.siren === 'string' && SIREN_RE.test(v.siren) ? { type: 'epci', siren: v.siren } : null;
    case 'commune':
      return typeof v.insee === 'string' && INSEE_RE.test(v.insee)
        ? { type: 'commune', insee: v.insee }
        : null;
    default:
      return null;
  }
}

/** What is wrong with a scenario file, in each interface language. */
const MESSAGES = {
  fr: {
    tooLarge: 'Fichier trop volumineux pour être un scénario.',
    notJson: 'Ce fichier n’est pas un fichier JSON valide.',
    notScenario: (format: string) =>
      `Ce fichier n’est pas un scénario de la carte santé (« format » doit valoir « ${format} »).`,
    version: (got: string, expected: number) =>
      `Version de scénario non prise en charge : ${got} (attendue : ${expected}).`,
    addedList: 'Le champ « added » doit être une liste de centres.',
    tooMany: (n: number, max: number) => `Trop de centres hypothétiques : ${n} (au plus ${max}).`,
    notObject: (n: number) => `Centre n° ${n} : ce n’est pas un objet.`,
    lonLat: (n: number) => `Centre n° ${n} : « lon » et « lat » doivent être des nombres.`,
    outside: (n: number, lat: number, lon: number) =>
      `Centre n° ${n} : position hors du Nord et du Pas-de-Calais (${lat}, ${lon}).`,
    kind: (n: number, kind: string) => `Centre n° ${n} : type « ${kind} » inconnu.`,
    closedList: 'Le champ « closed » doit être une liste d’identifiants de lieux.',
    threshold: 'Le champ « thresholdKm » doit être un nombre de kilomètres entre 0 et 100.',
    groups: (list: string) => `Le champ « coverageGroups » doit être une liste parmi : ${list}.`,
    territory: 'Le champ « territory » ne désigne pas un territoire reconnu.',
    unknownHypothetical: (id: string) => `Centre hypothétique « ${id} » introuvable : retrait ignoré.`,
    unknownPlace: (id: string) => `Lieu « ${id} » absent de l’inventaire : retrait ignoré.`,
  },
  en: {
    tooLarge: 'This file is too large to be a scenario.',
    notJson: 'This file is not a valid JSON file.',
    notScenario: (format: string) =>
      `This file is not a scenario of the health map (“format” must be “${format}”).`,
    version: (got: string, expected: number) =>
      `Scenario version not supported: ${got} (expected: ${expected}).`,
    addedList: 'The “added” field must be a list of centres.',
    tooMany: (n: number, max: number) => `Too many hypothetical centres: ${n} (at most ${max}).`,
    notObject: (n: number) => `Centre no. ${n}: not an object.`,
    lonLat: (n: number) => `Centre no. ${n}: “lon” and “lat” must be numbers.`,
    outside: (n: number, lat: number, lon: number) =>
      `Centre no. ${n}: position outside the Nord and Pas-de-Calais (${lat}, ${lon}).`,
    kind: (n: number, kind: string) => `Centre no. ${n}: unknown type “${kind}”.`,
    closedList: 'The “closed” field must be a list of place identifiers.',
    threshold: 'The “thresholdKm” field must be a number of kilometres between 0 and 100.',
    groups: (list: string) => `The “coverageGroups” field must be a list taken from: ${list}.`,
    territory: 'The “territory” field does not name a known area.',
    unknownHypothetical: (id: string) => `Hypothetical centre “${id}” not found: closure ignored.`,
    unknownPlace: (id: string) => `Place “${id}” is not in the inventory: closure ignored.`,
  },
} satisfies Record<Lang, unknown>;

/**
 * Reads and validates the text of a scenario file (JSON written by `scenarioToFile`).
 * Never throws: a malformed file gives `{ ok: false, message }` with a message (French, or English with
 * `lang = 'en'`) saying what is wrong, and the caller changes nothing. Hypothetical centres get the ids `scenario-1…n` and
 * the names `Centre hypothétique n° 1…n` (as when read from the URL). When `knownIds` is given,
 * closed places that are not in it are dropped with a warning.
 *
 * @example
 * const r = parseScenarioFile(await file.text(), new Set(lieux.map((l) => l.id)));
 * if (!r.ok) showError(r.message);
 */
export function parseScenarioFile(
  text: string,
  knownIds?: ReadonlySet<string>,
  lang: Lang = 'fr',
): ParsedScenarioFile {
  const m = MESSAGES[lang];
  const fail = (message: string): ParsedScenarioFile => ({ ok: false, message });
  if (text.length > MAX_FILE_CHARS) return fail(m.tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(m.notJson);
  }
  if (!isRecord(json) || json.format !== SCENARIO_FILE_FORMAT) {
    return fail(m.notScenario(SCENARIO_FILE_FORMAT));
  }
  if (json.version !== SCENARIO_FILE_VERSION) {
    return fail(m.version(String(json.version), SCENARIO_FILE_VERSION));
  }
  const { added, closed, thresholdKm, coverageGroups, territory } = json;
  if (!Array.isArray(added)) return fail(m.addedList);
  if (added.length > MAX_SCENARIO_PLACES) {
    return fail(m.tooMany(added.length, MAX_SCENARIO_PLACES));
  }
  const places: Scenario['added'] = [];
  for (const [i, item] of added.entries()) {
    const n = i + 1;
    if (!isRecord(item)) return fail(m.notObject(n));
    const { lon, lat, kind } = item;
    if (!isFiniteNumber(lon) || !isFiniteNumber(lat)) {
      return fail(m.lonLat(n));
    }
    if (lon < AREA.west || lon > AREA.east || lat < AREA.south || lat > AREA.north) {
      return fail(m.outside(n, lat, lon));
    }
    if (!isOneOf(KINDS, kind)) return fail(m.kind(n, String(kind)));
    places.push({ id: `${SCENARIO_ID_PREFIX}${n}`, lon, lat, kind, nom: scenarioPlaceName(n, lang) });
  }
  if (!Array.isArray(closed) || !closed.every((id) => typeof id === 'string' && ID_RE.test(id))) {
    return fail(m.closedList);
  }
  if (!isFiniteNumber(thresholdKm) || thresholdKm < 0 || thresholdKm > 100) {
    return fail(m.threshold);
  }
  if (!Array.isArray(coverageGroups) || !coverageGroups.every((g) => isOneOf(KIND_GROUP_IDS, g))) {
    return fail(m.groups(KIND_GROUP_IDS.join(', ')));
  }
  const t = territoryOf(territory);
  if (!t) return fail(m.territory);

  const warnings: string[] = [];
  const closedIds = [...new Set(closed as string[])].filter((id) => {
    if (id.startsWith(SCENARIO_ID_PREFIX)) {
      const ok = places.some((p) => p.id === id);
      if (!ok) warnings.push(m.unknownHypothetical(id));
      return ok;
    }
    if (knownIds && !knownIds.has(id)) {
      warnings.push(m.unknownPlace(id));
      return false;
    }
    return true;
  });
  return {
    ok: true,
    content: {
      scenario: { added: places, closed: closedIds },
      thresholdKm,
      coverageGroups: KIND_GROUP_IDS.filter((g) => (coverageGroups as string[]).includes(g)),
      territory: t,
    },
    warnings,
  };
}

/**
 * The JSON text of a scenario file (pretty-printed, ends with a newline), readable back by
 * `parseScenarioFile`.
 *
 * @example
 * scenarioToFile({ scenario, thresholdKm: 5, coverageGroups: ['msp'], territory: { type: 'bassin' } });
 */
export function scenarioToFile(content: ScenarioFileContent, savedAt?: Date): string {
  const file = {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    ...(savedAt ? { savedAt: savedAt.toISOString() } : {}),
    added: content.scenario.added.map((a) => ({ nom: a.nom, lon: a.lon, lat: a.lat, kind: a.kind })),
    // hypothetical centres are numbered 1…n in the file, as they are read back
    closed: content.scenario.closed.map((id) => {
      const i = content.scenario.added.findIndex((a) => a.id === id);
      return i < 0 ? id : `${SCENARIO_ID_PREFIX}${i + 1}`;
    }),
    thresholdKm: content.thresholdKm,
    coverageGroups: content.coverageGroups,
    territory: content.territory,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
