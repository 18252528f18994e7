import { describe, expect, test } from 'vitest';
import {
  parseScenarioFile,
  SCENARIO_FILE_FORMAT,
  type ScenarioFileContent,
  scenarioToFile,
} from '../../../src/domain/parse_scenario_file.ts';

const valid = {
  format: SCENARIO_FILE_FORMAT,
  version: 1,
  added: [
    { nom: 'MSP projetée', lon: 2.9, lat: 50.41, kind: 'msp' },
    { lon: 3.1, lat: 50.3, kind: 'filieris_centre_sante' },
  ],
  closed: ['msp-denain'],
  thresholdKm: 2.5,
  coverageGroups: ['msp', 'filieris'],
  territory: { type: 'epci', siren: '246200364' },
};
const text = (o: unknown) => JSON.stringify(o);
const KNOWN = new Set(['msp-denain', 'cs-lens']);

describe('parseScenarioFile', () => {
  test('reads a valid file: centres numbered 1…n, groups in canonical order, territory kept', () => {
    const r = parseScenarioFile(text(valid), KNOWN);
    expect(r).toEqual({
      ok: true,
      warnings: [],
      content: {
        scenario: {
          added: [
            { id: 'scenario-1', lon: 2.9, lat: 50.41, kind: 'msp', nom: 'Centre hypothétique n° 1' },
            {
              id: 'scenario-2',
              lon: 3.1,
              lat: 50.3,
              kind: 'filieris_centre_sante',
              nom: 'Centre hypothétique n° 2',
            },
          ],
          closed: ['msp-denain'],
        },
        thresholdKm: 2.5,
        coverageGroups: ['filieris', 'msp'],
        territory: { type: 'epci', siren: '246200364' },
      },
    });
  });

  test('accepts a UTF-8 byte-order mark, a threshold of 0 and an empty scenario', () => {
    const r = parseScenarioFile(`\uFEFF${text({ ...valid, added: [], closed: [], thresholdKm: 0 })}`);
    expect(r.ok && r.content.scenario).toEqual({ added: [], closed: [] });
    expect(r.ok && r.content.thresholdKm).toBe(0);
  });

  test.each([
    ['not JSON', '{"format": "carte', 'Ce fichier n’est pas un fichier JSON valide.'],
    ['a JSON array', '[]', 'Ce fichier n’est pas un scénario de la carte santé'],
    [
      'another format',
      text({ ...valid, format: 'autre' }),
      '« format » doit valoir « carte-sante-scenario »',
    ],
    ['another version', text({ ...valid, version: 2 }), 'Version de scénario non prise en charge : 2'],
    ['added not a list', text({ ...valid, added: {} }), 'Le champ « added » doit être une liste'],
    [
      'a centre without numbers',
      text({ ...valid, added: [{ lon: '2.9', lat: 50.4, kind: 'msp' }] }),
      'Centre n° 1 : « lon » et « lat »',
    ],
    [
      'a centre far away',
      text({ ...valid, added: [{ lon: 2.35, lat: 48.85, kind: 'msp' }] }),
      'Centre n° 1 : position hors du Nord',
    ],
    [
      'an unknown kind',
      text({ ...valid, added: [{ lon: 2.9, lat: 50.4, kind: 'dispensaire' }] }),
      'Centre n° 1 : type « dispensaire » inconnu.',
    ],
    [
      'too many centres',
      text({ ...valid, added: Array.from({ length: 51 }, () => ({ lon: 2.9, lat: 50.4, kind: 'msp' })) }),
      'Trop de centres hypothétiques : 51',
    ],
    ['bad closed ids', text({ ...valid, closed: ['a b'] }), 'Le champ « closed »'],
    ['a negative threshold', text({ ...valid, thresholdKm: -1 }), 'Le champ « thresholdKm »'],
    ['a threshold as text', text({ ...valid, thresholdKm: '5' }), 'Le champ « thresholdKm »'],
    ['an unknown group', text({ ...valid, coverageGroups: ['dispensaire'] }), 'Le champ « coverageGroups »'],
    [
      'a territory outside 59/62',
      text({ ...valid, territory: { type: 'commune', insee: '75056' } }),
      'Le champ « territory »',
    ],
  ])('rejects %s with a clear message', (_name, input, message) => {
    const r = parseScenarioFile(input, KNOWN);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(message);
  });

  test('drops closed places that are not in the inventory, with a warning', () => {
    const r = parseScenarioFile(text({ ...valid, closed: ['msp-denain', 'msp-disparue'] }), KNOWN);
    expect(r.ok && r.content.scenario.closed).toEqual(['msp-denain']);
    expect(r.ok && r.warnings).toEqual(['Lieu « msp-disparue » absent de l’inventaire : retrait ignoré.']);
  });

  test('says what is wrong in English for the English interface', () => {
    const bad = parseScenarioFile(text({ ...valid, thresholdKm: 500 }), KNOWN, 'en');
    expect(bad.ok ? '' : bad.message).toBe(
      'The “thresholdKm” field must be a number of kilometres between 0 and 100.',
    );
    const r = parseScenarioFile(text({ ...valid, closed: ['msp-denain', 'msp-disparue'] }), KNOWN, 'en');
    expect(r.ok && r.warnings).toEqual(['Place “msp-disparue” is not in the inventory: closure ignored.']);
  });

  test('does not modify its input and never throws on odd input', () => {
    const input = text(valid);
    const copy = `${input}`;
    parseScenarioFile(input);
    expect(input).toBe(copy);
    for (const odd of ['', 'null', '0', '"x"', '{}', 'x'.repeat(1_000_001)]) {
      expect(() => parseScenarioFile(odd)).not.toThrow();
      expect(parseScenarioFile(odd).ok).toBe(false);
    }
  });
});

describe('scenarioToFile', () => {
  const content: ScenarioFileContent = {
    scenario: {
      added: [
        { id: 'scenario-4', lon: 2.9, lat: 50.41, kind: 'msp', nom: 'Centre hypothétique n° 4' },
        {
          id: 'scenario-7',
          lon: 3.1,
          lat: 50.3,
          kind: 'centre_sante_autre',
          nom: 'Centre hypothétique n° 7',
        },
      ],
      closed: ['msp-denain', 'scenario-7'],
    },
    thresholdKm: 10,
    coverageGroups: ['msp', 'cs'],
    territory: { type: 'commune', insee: '62498' },
  };

  test('writes the documented format, and reads back to the same scenario (centres renumbered)', () => {
    const json = JSON.parse(scenarioToFile(content, new Date('2026-01-02T03:04:05Z')));
    expect(json).toEqual({
      format: 'carte-sante-scenario',
      version: 1,
      savedAt: '2026-01-02T03:04:05.000Z',
      added: [
        { nom: 'Centre hypothétique n° 4', lon: 2.9, lat: 50.41, kind: 'msp' },
        { nom: 'Centre hypothétique n° 7', lon: 3.1, lat: 50.3, kind: 'centre_sante_autre' },
      ],
      closed: ['msp-denain', 'scenario-2'],
      thresholdKm: 10,
      coverageGroups: ['msp', 'cs'],
      territory: { type: 'commune', insee: '62498' },
    });
    const back = parseScenarioFile(scenarioToFile(content), KNOWN);
    expect(back.ok && back.content.scenario.added.map((a) => [a.id, a.lon, a.lat, a.kind])).toEqual([
      ['scenario-1', 2.9, 50.41, 'msp'],
      ['scenario-2', 3.1, 50.3, 'centre_sante_autre'],
    ]);
    expect(back.ok && back.content.scenario.closed).toEqual(['msp-denain', 'scenario-2']);
    expect(back.ok && back.content.territory).toEqual(content.territory);
  });
});
