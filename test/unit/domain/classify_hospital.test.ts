import { describe, expect, it } from 'vitest';
import {
  classifyHospital,
  FINESS_HOSPITAL_CATEGORIES,
  hospitalCategoryCode,
  hospitalTypeOf,
  normalizeName,
} from '../../../src/domain/classify_hospital.ts';

/** Each category label of the Eurostat file (SOURCES.md "Counts"), the kind and type a plain name gets, by hand. */
const BY_CATEGORY: [string, string, string][] = [
  ['Centre Hospitalier (C.H.)', 'hopital', 'ch'],
  ['Centre Hospitalier Régional (C.H.R.)', 'hopital', 'chu'],
  ['Centre hospitalier, ex Hôpital local', 'hopital', 'hopital_local'],
  ['Etablissement de Soins Pluridisciplinaire', 'hopital', 'clinique'],
  ['Etablissement de Soins Chirurgicaux', 'hopital', 'clinique'],
  ['Etablissement de Soins Médicaux', 'hopital', 'clinique'],
  ['Etablissement Soins Obstétriques Chirurgico-Gynécologiques', 'hopital', 'clinique'],
  ['Centre de Lutte Contre Cancer', 'hopital', 'clcc'],
  ['Centre Hospitalier Spécialisé lutte Maladies Mentales', 'hopital_psychiatrie', 'psychiatrie'],
  ['Etablissement de santé privé autorisé en SSR', 'hopital_ssr', 'ssr'],
  ['Etablissement de Soins Longue Durée', 'hopital_ssr', 'sld'],
];

describe('classifyHospital', () => {
  it.each(BY_CATEGORY)('category "%s" → kind %s, type %s', (category, kind, type) => {
    expect(classifyHospital(category, 'ETABLISSEMENT X')).toEqual({
      inScope: true,
      kind,
      type,
      category,
      rule: null,
    });
  });

  it('accepts the FINESS code as well as the label', () => {
    expect(classifyHospital('355', 'CENTRE HOSPITALIER DE LENS')).toMatchObject({
      type: 'ch',
      kind: 'hopital',
    });
    expect(classifyHospital('292', 'EPSM')).toMatchObject({ type: 'psychiatrie' });
    expect(hospitalCategoryCode('Centre Hospitalier (C.H.)')).toBe('355');
    expect(Object.keys(FINESS_HOSPITAL_CATEGORIES).sort()).toEqual(
      ['101', '106', '109', '122', '128', '129', '131', '292', '355', '362', '365'].sort(),
    );
  });

  it('returns null for a category that is not a hospital one', () => {
    expect(classifyHospital('Centre Médico-Psychologique (C.M.P.)', 'CMP')).toBeNull();
    expect(classifyHospital('124', 'CENTRE DE SANTE')).toBeNull();
  });

  it('a CH unit named as a day unit, CMP or long-stay unit is not "the hospital"', () => {
    const ch = 'Centre Hospitalier (C.H.)';
    expect(classifyHospital(ch, 'HJ PSY INFANTO-JUV CH LENS')).toMatchObject({
      kind: 'hopital_psychiatrie',
      type: 'psychiatrie',
      rule: 'psychiatrie',
    });
    expect(classifyHospital(ch, 'CMP DE BULLY LES MINES')).toMatchObject({ type: 'psychiatrie' });
    expect(classifyHospital(ch, 'CENTRE DE JOUR BRUAY SUR ESCAUT 59G31')).toMatchObject({
      type: 'psychiatrie',
    });
    expect(classifyHospital(ch, 'HOPITAL DE JOUR AVION ( C.H LENS )')).toMatchObject({
      kind: 'hopital_psychiatrie',
      type: 'hopital_de_jour',
    });
    expect(classifyHospital(ch, 'HOPITAL DE JOUR ALCOOLOGIE')).toMatchObject({ type: 'addictologie' });
    expect(classifyHospital(ch, 'CENTRE HOSPITALIER DU TERNOIS  - SERVICE USLD')).toMatchObject({
      kind: 'hopital_ssr',
      type: 'sld',
    });
    expect(classifyHospital(ch, 'CH LOOS CENTRE DE SOINS DE SUITE')).toMatchObject({ type: 'ssr' });
    expect(classifyHospital(ch, 'SERVICE DE SOINS PALLIATIFS CH BETHUNE BEUVRY')).toMatchObject({
      kind: 'hopital_ssr',
      type: 'soins_palliatifs',
    });
    expect(classifyHospital(ch, 'UTAFA - CH DOUAI')).toMatchObject({ type: 'unite_rattachee' });
    // and the hospital itself stays one
    expect(classifyHospital(ch, 'HOPITAL DE DENAIN')).toMatchObject({ type: 'ch', rule: null });
    expect(classifyHospital(ch, 'ANTENNE AVANCEE DES URGENCES AU CH DE WATTRELOS')).toMatchObject({
      type: 'ch',
    });
  });

  it('names that are not hospital sites are out of scope, whatever the category', () => {
    expect(classifyHospital('Centre Hospitalier (C.H.)', 'CENTRE DE PLANIFICATION FAMILIALE')).toMatchObject({
      inScope: false,
      rule: 'hors_champ',
    });
    expect(classifyHospital('Centre Hospitalier Régional (C.H.R.)', 'HAD CHRU LILLE')).toMatchObject({
      inScope: false,
    });
    expect(
      classifyHospital('Etablissement de Soins Médicaux', 'CLINIQUE RADIOLOGIQUE DES DENTELLIERES'),
    ).toMatchObject({ inScope: false });
    // "HAD" as a word only: not in "HADES" nor "SHADOW"
    expect(classifyHospital('Centre Hospitalier (C.H.)', 'HOPITAL HADES')).toMatchObject({ inScope: true });
  });

  it('the category wins where it is already specialised: a CHS day unit stays psychiatric, an SSR stays SSR', () => {
    const chs = 'Centre Hospitalier Spécialisé lutte Maladies Mentales';
    expect(classifyHospital(chs, 'HOPITAL DE JOUR G CHABE A MARCQ')).toMatchObject({
      type: 'psychiatrie',
      rule: null,
    });
    expect(
      classifyHospital(
        'Etablissement de santé privé autorisé en SSR',
        'MAISON DE CURE MEDICALE LA MANAIE AUCHEL',
      ),
    ).toMatchObject({ type: 'ssr', rule: null });
    // psychiatry and addiction names refine every category
    expect(
      classifyHospital(
        'Etablissement de santé privé autorisé en SSR',
        'CENTRE DE PSYCHIATRIE INFANTO JUVENILE DE VENDIN LE VIEIL',
      ),
    ).toMatchObject({ type: 'psychiatrie', kind: 'hopital_psychiatrie' });
  });

  it('reads names without accents, case or punctuation', () => {
    expect(normalizeName("Hôpital de jour d'Avion (C.H. Lens)")).toBe(' HOPITAL DE JOUR D AVION C H LENS ');
    expect(classifyHospital('Centre Hospitalier (C.H.)', 'Hôp. de jour pédopsychiatrie')).toMatchObject({
      type: 'psychiatrie',
    });
  });
});

describe('hospitalTypeOf', () => {
  it('gives the type of a hospital place, null for other places and hypothetical ones', () => {
    expect(
      hospitalTypeOf({
        kind: 'hopital',
        category: 'Etablissement de Soins Pluridisciplinaire',
        nom: 'POLYCLINIQUE',
      }),
    ).toBe('clinique');
    expect(hospitalTypeOf({ kind: 'msp', category: 'Maison de santé (L.6223-3)', nom: 'MSP' })).toBeNull();
    expect(hospitalTypeOf({ kind: 'hopital', category: null, nom: 'Centre hypothétique n° 1' })).toBeNull();
  });
});
