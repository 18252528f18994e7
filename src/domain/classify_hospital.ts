import type { Kind } from '../schema.ts';

/**
 * What kind of hospital a FINESS establishment is, in words a resident understands, from its FINESS category
 * and its name. Shared by the data pipeline (which sets the place's `kind` from it) and the app (which shows
 * the type on results and in the details panel), so the two never disagree.
 */

/** Readable hospital types (labels in the i18n catalogues, `hospitalTypes`). */
export const HOSPITAL_TYPES = [
  'chu',
  'ch',
  'hopital_local',
  'clinique',
  'clcc',
  'psychiatrie',
  'addictologie',
  'hopital_de_jour',
  'unite_rattachee',
  'ssr',
  'sld',
  'soins_palliatifs',
] as const;
export type HospitalType = (typeof HOSPITAL_TYPES)[number];

/** The care-place kind of each type: short-stay hospitals, psychiatry (and day units), follow-up and long-term care. */
export const KIND_OF_HOSPITAL_TYPE: Readonly<Record<HospitalType, Kind>> = {
  chu: 'hopital',
  ch: 'hopital',
  hopital_local: 'hopital',
  clinique: 'hopital',
  clcc: 'hopital',
  psychiatrie: 'hopital_psychiatrie',
  addictologie: 'hopital_psychiatrie',
  hopital_de_jour: 'hopital_psychiatrie',
  unite_rattachee: 'hopital_psychiatrie',
  ssr: 'hopital_ssr',
  sld: 'hopital_ssr',
  soins_palliatifs: 'hopital_ssr',
};

/**
 * FINESS hospital categories (nomenclature TRE_R66): code → label as published (the Eurostat extract writes
 * the label, the register's JSON the code) and the type a row of that category has unless its name says more.
 */
export const FINESS_HOSPITAL_CATEGORIES: Readonly<Record<string, { label: string; type: HospitalType }>> = {
  '101': { label: 'Centre Hospitalier Régional (C.H.R.)', type: 'chu' },
  '106': { label: 'Centre hospitalier, ex Hôpital local', type: 'hopital_local' },
  '109': { label: 'Etablissement de santé privé autorisé en SSR', type: 'ssr' },
  '122': { label: 'Etablissement Soins Obstétriques Chirurgico-Gynécologiques', type: 'clinique' },
  '128': { label: 'Etablissement de Soins Chirurgicaux', type: 'clinique' },
  '129': { label: 'Etablissement de Soins Médicaux', type: 'clinique' },
  '131': { label: 'Centre de Lutte Contre Cancer', type: 'clcc' },
  '292': { label: 'Centre Hospitalier Spécialisé lutte Maladies Mentales', type: 'psychiatrie' },
  '355': { label: 'Centre Hospitalier (C.H.)', type: 'ch' },
  '362': { label: 'Etablissement de Soins Longue Durée', type: 'sld' },
  '365': { label: 'Etablissement de Soins Pluridisciplinaire', type: 'clinique' },
};

/** The FINESS code of a hospital category label, or null when the label is not one of them. */
export function hospitalCategoryCode(label: string): string | null {
  const key = label.trim();
  for (const [code, c] of Object.entries(FINESS_HOSPITAL_CATEGORIES)) if (c.label === key) return code;
  return null;
}

/** Types of the short-stay categories: the ones a resident takes for "the hospital". */
const SHORT_STAY: ReadonlySet<HospitalType> = new Set(['chu', 'ch', 'hopital_local', 'clinique', 'clcc']);

type Scope = 'all' | 'short_stay_and_ssr' | 'short_stay';

/** A naming rule: the name matches `pattern` → the row is out of scope, or gets `type`. First match wins. */
export interface NamingRule {
  id: string;
  pattern: RegExp;
  /** categories the rule applies to: every one, all but psychiatric (CHS), or the short-stay ones only */
  scope: Scope;
  /** the type given, or null: not a place where people are hospitalised (left out of the layer) */
  type: HospitalType | null;
  /** why, in a few words (build report, DATA.md) */
  why: string;
}

/**
 * The naming rules, on the name in upper case without accents or punctuation (see `normalizeName`).
 * Written from the names of the 278 hospital rows of 59/62 in FINESS (March 2020): many rows of category
 * "Centre Hospitalier" are a day unit, a CMP, a long-stay unit or a family-planning centre of a hospital, not
 * the hospital itself. Psychiatric sector codes look like "59G31", "62 G10", "I 04" (G general, I child).
 */
export const NAMING_RULES: readonly NamingRule[] = [
  {
    id: 'hors_champ',
    pattern:
      /PLANIFICATION|\bHAD\b|HOSPITALISATION A DOMICILE|DIALYSE|SANTELYS|\bGCS\b|BIOLOGIE|IMAGERIE|RADIOLOGI|ODONTOLOGIE|EXAMENS DE SANTE|DIABETE|PENITENTIAIRE|\bEHPAD\b/,
    scope: 'all',
    type: null,
    why: 'not a hospital site: family planning, home hospitalisation, dialysis, laboratory or imaging, dental service, health check-ups, diabetes education, prison unit, administrative grouping (GCS) or EHPAD',
  },
  {
    id: 'addictologie',
    pattern: /ALCOOL|ADDICTO|DEPENDANCE/,
    scope: 'all',
    type: 'addictologie',
    why: 'addiction care unit (alcoologie, addictologie, dépendances)',
  },
  {
    id: 'psychiatrie',
    pattern: /PSY|SANTE MENTALE|\bCMP|\bCATTP\b|\bEPSM\b|\b(?:59|62)? ?[GI] ?\d{2}\b/,
    scope: 'all',
    type: 'psychiatrie',
    why: 'psychiatric unit (PSY…, santé mentale, CMP, CATTP, EPSM, psychiatric sector code)',
  },
  {
    id: 'longue_duree',
    pattern: /\bUSLD\b|LONGUE DUREE|LONG SEJOUR|CURE MEDICALE/,
    scope: 'short_stay',
    type: 'sld',
    why: 'long-term care unit (USLD, long séjour, cure médicale)',
  },
  {
    id: 'soins_de_suite',
    pattern:
      /SOINS DE SUITE|\bSSR\b|MOYEN SEJOUR|CONVALESCENCE|READAPTATION|REEDUCATION|MAISON DE REPOS|MAISON DE CURE|PERSONNES AGEES|PERS AGEES|GERONTO|CENTRE D EVEIL/,
    scope: 'short_stay',
    type: 'ssr',
    why: 'follow-up and rehabilitation unit (soins de suite, moyen séjour, convalescence, gériatrie, post-coma centre d’éveil)',
  },
  {
    id: 'soins_palliatifs',
    pattern: /PALLIATIF/,
    scope: 'short_stay',
    type: 'soins_palliatifs',
    why: 'palliative care unit',
  },
  {
    id: 'hopital_de_jour',
    pattern: /\bHJ\b|\bHOP(?:ITAL)? (?:DE )?JOUR\b|\bDE JOUR\b/,
    scope: 'short_stay',
    type: 'hopital_de_jour',
    why: 'day unit whose specialty the name does not give (kind hopital_psychiatrie: every CH day unit of 59/62 that names its specialty is psychiatric or addiction care)',
  },
  {
    id: 'unite_sigle',
    pattern: /\bUTAFA\b/,
    scope: 'short_stay',
    type: 'unite_rattachee',
    why: 'a hospital unit named by an acronym the register does not expand (UTAFA, CH Douai: an accueil familial thérapeutique unit, a psychiatric care mode), not the hospital itself',
  },
];

/** Upper case, no accents, every run of other characters than A–Z and 0–9 → one space, padded with spaces. */
export function normalizeName(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
  return ` ${s} `;
}

export type HospitalClass =
  | { inScope: true; type: HospitalType; kind: Kind; category: string; rule: string | null }
  | { inScope: false; category: string; rule: string; why: string };

function applies(scope: Scope, categoryType: HospitalType): boolean {
  if (scope === 'all') return true;
  if (scope === 'short_stay') return SHORT_STAY.has(categoryType);
  return categoryType !== 'psychiatrie';
}

/**
 * Classifies a hospital row from its FINESS category (code or label) and its name. Returns null when the
 * category is not a hospital category. `rule` is the naming rule that changed the outcome (null: the category
 * alone decided). Pure.
 *
 * @example
 * classifyHospital('Centre Hospitalier (C.H.)', 'HOPITAL DE JOUR PSYCHIATRIE ADULTE CAMILLE CLAUDEL');
 * // { inScope: true, type: 'psychiatrie', kind: 'hopital_psychiatrie', category: 'Centre Hospitalier (C.H.)', rule: 'psychiatrie' }
 */
export function classifyHospital(categoryCodeOrLabel: string, name: string): HospitalClass | null {
  const code = FINESS_HOSPITAL_CATEGORIES[categoryCodeOrLabel.trim()]
    ? categoryCodeOrLabel.trim()
    : hospitalCategoryCode(categoryCodeOrLabel);
  const category = code ? FINESS_HOSPITAL_CATEGORIES[code] : undefined;
  if (!category) return null;
  const n = normalizeName(name);
  for (const rule of NAMING_RULES) {
    if (!applies(rule.scope, category.type) || !rule.pattern.test(n)) continue;
    if (rule.type === null) return { inScope: false, category: category.label, rule: rule.id, why: rule.why };
    if (rule.type === category.type) break;
    return {
      inScope: true,
      type: rule.type,
      kind: KIND_OF_HOSPITAL_TYPE[rule.type],
      category: category.label,
      rule: rule.id,
    };
  }
  return {
    inScope: true,
    type: category.type,
    kind: KIND_OF_HOSPITAL_TYPE[category.type],
    category: category.label,
    rule: null,
  };
}

/**
 * The readable type of a care place that is a hospital (kind hopital, hopital_psychiatrie or hopital_ssr, with
 * its FINESS category), or null for any other place (or a hypothetical one, which has no category).
 */
export function hospitalTypeOf(lieu: {
  kind: Kind;
  category: string | null;
  nom: string;
}): HospitalType | null {
  if (!lieu.category || !lieu.kind.startsWith('hopital')) return null;
  const c = classifyHospital(lieu.category, lieu.nom);
  return c?.inScope ? c.type : null;
}
