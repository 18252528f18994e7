// Generated URLs for the URL fuzz test (url_fuzz.e2e.ts): every parameter the app parses (src/state/url.ts)
// and every embed option (src/embed/config.ts), each given a valid value (taken from the data files), a
// malformed one, or a well-formed one absent from the data. Each case knows, by construction, which of its
// values are invalid — the expected notices — without asking the app's parsers. Seeded: same seed, same URLs.
import { KIND_GROUP_IDS } from '../../src/schema.ts';

/** What the generator needs from the data files. */
export interface FuzzData {
  lieux: string[];
  communes: string[];
  cites: string[];
  epci: string[];
  toggles: readonly string[];
}

export interface FuzzCase {
  /** the query string, without `?` */
  query: string;
  embed: boolean;
  /** parameters whose value must give a visible notice naming them */
  notices: string[];
  /** embed options whose value must give a console warning `option « name » ignorée` */
  warnings: string[];
}

/** mulberry32: a small seeded PRNG, enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const real = (r: Rand, lo: number, hi: number, digits: number) => (lo + r() * (hi - lo)).toFixed(digits);
function subset<T>(r: Rand, list: readonly T[], min: number): T[] {
  const out = list.filter(() => r() < 0.5);
  while (out.length < min) out.push(pick(r, list));
  return [...new Set(out)];
}

/** Text no parameter accepts: starts with `~` (no id, number, list item or keyword does), may hold anything. */
function junk(r: Rand): string {
  const alphabet = [
    'a',
    'Z',
    '9',
    ' ',
    ',',
    ';',
    ':',
    '/',
    '%',
    '&',
    '=',
    '#',
    '"',
    "'",
    '<',
    '>',
    'é',
    '€',
    '😀',
    '\t',
  ];
  const length = r() < 0.05 ? 2000 : int(r, 1, 24);
  let s = '~';
  for (let i = 0; i < length; i++) s += pick(r, alphabet);
  return s;
}

/** A point inside the app's area of Nord + Pas-de-Calais (url.ts accepts 0.5–5.0 E, 49.5–51.5 N). */
const lat = (r: Rand) => real(r, 49.6, 51.4, 5);
const lon = (r: Rand) => real(r, 0.6, 4.9, 5);

type Gen = (r: Rand, d: FuzzData) => string;
interface Spec {
  valid: Gen[];
  /** malformed values, and well-formed values absent from the data */
  invalid: Gen[];
}
const flag: Spec = { valid: [() => '0', () => '1'], invalid: [() => 'oui', () => '2', () => '', junk] };

/** The full app's parameters (src/state/url.ts). */
export const APP_PARAMS: Record<string, Spec> = {
  carte: {
    valid: [(r) => `${real(r, 0, 22, 2)}/${lat(r)}/${lon(r)}`],
    invalid: [
      (r) => `${int(r, 23, 40)}/${lat(r)}/${lon(r)}`,
      (r) => `10/${real(r, 30, 49, 3)}/${lon(r)}`,
      (r) => `10/${lat(r)}`,
      () => '',
      junk,
    ],
  },
  couches: {
    valid: [(r, d) => subset(r, d.toggles, 0).join(',')],
    invalid: [(r, d) => [...subset(r, d.toggles, 0), 'licornes'].join(','), junk],
  },
  fermes: flag,
  sel: {
    valid: [
      (r, d) => `lieu:${pick(r, d.lieux)}`,
      (r, d) => `commune:${pick(r, d.communes)}`,
      (r, d) => `cite:${pick(r, d.cites)}`,
      (r, d) => `epci:${pick(r, d.epci)}`,
    ],
    invalid: [
      () => 'bidule:1',
      () => 'lieu:',
      () => 'lieu:a b',
      () => 'lieu:lieu-qui-n-existe-pas',
      () => 'lieu:scenario-99',
      () => 'commune:59999',
      () => 'cite:cite-inconnue',
      () => 'epci:123456789',
      junk,
    ],
  },
  mode: {
    valid: [() => 'trouver', () => 'couverture', () => 'finder', () => 'coverage'],
    invalid: [() => 'Couverture', () => '', junk],
  },
  depuis: {
    valid: [
      (r) => `${lat(r)},${lon(r)}`,
      (r) => `${lat(r)},${lon(r)},Chez moi, rue de la Fosse 9`,
      (r, d) => `commune:${pick(r, d.communes)}`,
      (r, d) => `cite:${pick(r, d.cites)}`,
    ],
    invalid: [
      (r) => `${real(r, 40, 45, 3)},${lon(r)}`,
      () => 'commune:75056',
      () => 'commune:59999',
      () => 'cite:cite-inconnue',
      () => '',
      junk,
    ],
  },
  types: {
    valid: [(r) => subset(r, KIND_GROUP_IDS, 1).join(',')],
    invalid: [() => '', () => 'licornes', junk],
  },
  prevus: flag,
  couverture_prevus: flag,
  seuil: {
    valid: [(r) => String(int(r, 0, 100)), (r) => real(r, 0, 99, 1)],
    invalid: [() => '-1', (r) => String(int(r, 101, 500)), () => '', junk],
  },
  couverture: {
    valid: [(r) => subset(r, KIND_GROUP_IDS, 0).join(',')],
    invalid: [() => 'licornes', junk],
  },
  territoire: {
    valid: [
      () => 'bassin',
      () => 'perimetre',
      () => 'intercommunalites',
      () => 'tout',
      (r, d) => `epci:${pick(r, d.epci)}`,
      (r, d) => `commune:${pick(r, d.communes)}`,
    ],
    invalid: [() => 'epci:12', () => 'nulle-part', () => 'epci:123456789', () => 'commune:59999', junk],
  },
  etendue: { valid: [() => 'tout', () => 'bassin'], invalid: [() => 'partout', junk] },
  carreaux: { valid: [() => 'revenus', () => 'distance'], invalid: [() => 'couleurs', junk] },
  ajouts: {
    valid: [
      (r) =>
        Array.from({ length: int(r, 1, 3) }, () => `${lat(r)},${lon(r)},${pick(r, KIND_GROUP_IDS)}`).join(
          ';',
        ),
      // with each centre's number, as the app writes them (numbers need not follow each other)
      (r) => `${lat(r)},${lon(r)},msp,${int(r, 1, 4)};${lat(r)},${lon(r)},cs,${int(r, 5, 9)}`,
    ],
    invalid: [
      (r) => `${real(r, 55, 60, 3)},${lon(r)},msp`,
      (r) => `${lat(r)},${lon(r)},msp,2;${lat(r)},${lon(r)},cs,2`, // the same number twice
      (r) => `${lat(r)},${lon(r)},msp,0`,
      (r) => `${lat(r)},${lon(r)},licorne`,
      (r) => Array.from({ length: 51 }, () => `${lat(r)},${lon(r)},msp`).join(';'),
      junk,
    ],
  },
  retraits: {
    valid: [(r, d) => subset(r, d.lieux, 1).slice(0, 3).join(',')],
    invalid: [() => 'lieu-qui-n-existe-pas', () => 'a b', junk],
  },
  lang: { valid: [() => 'fr', () => 'en'], invalid: [() => 'de', () => '', junk] },
};

/** The embed options (src/embed/config.ts), with `embed=1`. An unset or blank option is not invalid. */
export const EMBED_PARAMS: Record<string, Spec> = {
  territory: {
    valid: [
      () => 'bassin',
      () => 'intercommunalites',
      (r, d) => pick(r, d.epci),
      (r, d) => pick(r, d.communes),
    ],
    invalid: [() => '12', () => 'nulle-part', junk],
  },
  layers: {
    valid: [(r, d) => subset(r, d.toggles, 1).join(',')],
    invalid: [(r, d) => `${pick(r, d.toggles)},licornes`, junk],
  },
  kinds: { valid: [(r) => subset(r, KIND_GROUP_IDS, 1).join(',')], invalid: [() => 'licornes', junk] },
  mode: {
    valid: [() => 'finder', () => 'coverage', () => 'trouver', () => 'couverture'],
    invalid: [() => 'jeu', junk],
  },
  lang: { valid: [() => 'fr', () => 'en'], invalid: [() => 'de', junk] },
  accent: { valid: [() => '#005a32', () => '#1D4E89'], invalid: [() => '#ffff00', () => 'rouge', junk] },
  title: { valid: [() => 'Santé à Lens & alentours'], invalid: [() => 'T'.repeat(81)] },
  'allowed-origin': {
    valid: [() => 'https://www.partenaire.example'],
    invalid: [() => 'https://www.partenaire.example/page', () => '*', junk],
  },
  geocoder: {
    valid: [() => '0', () => '1', () => 'true', () => 'false'],
    invalid: [() => 'peut-être', junk],
  },
};
/** A well-formed embed territory absent from the data: a warning and a visible notice. */
const UNKNOWN_EMBED_TERRITORY = '123456789';

/** One generated URL: about a third of the parameters, each invalid with probability 1/4. */
export function generateCase(r: Rand, d: FuzzData): FuzzCase {
  const embed = r() < 0.3;
  const params: [string, string][] = [];
  const notices: string[] = [];
  const warnings: string[] = [];
  if (embed) params.push(['embed', '1']);
  for (const [name, spec] of Object.entries(APP_PARAMS)) {
    // in an embed, `mode` belongs to the embed's options (finder|coverage), and `lang` is drawn below
    if (embed && (name === 'mode' || name === 'lang')) continue;
    if (r() > 0.35) continue;
    const invalid = r() < 0.25;
    params.push([name, pick(r, invalid ? spec.invalid : spec.valid)(r, d)]);
    if (invalid) notices.push(name);
  }
  if (embed) {
    for (const [name, spec] of Object.entries(EMBED_PARAMS)) {
      if (r() > 0.35) continue;
      const invalid = r() < 0.25;
      if (name === 'territory' && invalid && r() < 0.4) {
        params.push([name, UNKNOWN_EMBED_TERRITORY]);
        notices.push(name);
        continue;
      }
      params.push([name, pick(r, invalid ? spec.invalid : spec.valid)(r, d)]);
      if (invalid) {
        warnings.push(name);
        // `lang` is parsed by both: the embed option (warning) and the app's parameter (notice)
        if (name === 'lang') notices.push('lang');
      }
    }
  }
  if (r() < 0.1) params.push(['utm_source', junk(r)]); // a host's own parameter: ignored silently
  // shuffle: the order of parameters must not matter
  for (let i = params.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [params[i], params[j]] = [params[j] as [string, string], params[i] as [string, string]];
  }
  return {
    query: new URLSearchParams(params).toString(),
    embed,
    notices: notices.sort(),
    warnings: warnings.sort(),
  };
}

export function generateCases(seed: number, count: number, d: FuzzData): FuzzCase[] {
  const r = prng(seed);
  return Array.from({ length: count }, () => generateCase(r, d));
}
