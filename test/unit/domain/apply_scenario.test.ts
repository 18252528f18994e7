import { describe, expect, it } from 'vitest';
import { applyScenario, isHypothetical } from '../../../src/domain/apply_scenario.ts';
import { compareSummaries } from '../../../src/domain/compare_summaries.ts';
import { computeCoverage } from '../../../src/domain/compute_coverage.ts';
import type { Scenario, TerritorySummary } from '../../../src/domain/types.ts';
import { COMMUNES, deepFreeze, LIEUX } from '../../fixtures/domain/basin.ts';

const SCENARIO: Scenario = {
  added: [{ id: 'n1', lon: 3.1, lat: 50.4, kind: 'msp', nom: 'MSP imaginée' }],
  closed: ['f-lens'],
};

describe('applyScenario', () => {
  it('returns a new array: closed places copied with status closed, added places appended', () => {
    const out = applyScenario(LIEUX, SCENARIO);
    expect(out).not.toBe(LIEUX);
    expect(out).toHaveLength(LIEUX.length + 1);
    expect(out.find((l) => l.id === 'f-lens')?.status).toBe('closed');
    expect(out.find((l) => l.id === 'f-lievin')).toBe(LIEUX[1]); // untouched places are shared
    expect(out.at(-1)).toEqual({
      id: 'scenario-n1',
      nom: 'MSP imaginée',
      kind: 'msp',
      operator: null,
      status: 'open',
      precision: 'address',
      address: null,
      commune: '',
      commune_insee: '',
      postcode: null,
      lon: 3.1,
      lat: 50.4,
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
    });
  });

  it('marks added places as hypothetical, and only them', () => {
    const out = applyScenario(LIEUX, SCENARIO);
    expect(out.filter(isHypothetical).map((l) => l.id)).toEqual(['scenario-n1']);
  });

  it('keeps an id already prefixed, and can close an added place', () => {
    const out = applyScenario(LIEUX, {
      added: [{ id: 'scenario-x', lon: 3, lat: 50.3, kind: 'msp', nom: 'X' }],
      closed: ['scenario-x'],
    });
    expect(out.at(-1)).toMatchObject({ id: 'scenario-x', status: 'closed' });
  });

  it('ignores unknown closed ids and an empty scenario changes nothing', () => {
    expect(applyScenario(LIEUX, { added: [], closed: ['nope'] })).toEqual(LIEUX);
  });

  it('rejects an added id that is already used', () => {
    expect(() =>
      applyScenario(LIEUX, {
        added: [
          { id: 'a', lon: 3, lat: 50, kind: 'msp', nom: 'A' },
          { id: 'a', lon: 3, lat: 50, kind: 'msp', nom: 'B' },
        ],
        closed: [],
      }),
    ).toThrow(/already used/);
  });

  it('closing every place leaves coverage without any place', () => {
    const out = applyScenario(LIEUX, { added: [], closed: LIEUX.map((l) => l.id) });
    const cov = computeCoverage(
      { communes: COMMUNES, cites: [], lieux: out },
      { groups: ['filieris', 'pharmacie', 'msp', 'cs'], includePlanned: true, includeUnknown: true },
    );
    expect(cov.communes.every((c) => c.nearestId === null)).toBe(true);
  });

  it('does not modify its inputs', () => {
    const lieux = deepFreeze(structuredClone(LIEUX));
    const scenario = deepFreeze(structuredClone(SCENARIO));
    const before = JSON.stringify([lieux, scenario]);
    applyScenario(lieux, scenario);
    expect(JSON.stringify([lieux, scenario])).toBe(before);
  });
});

describe('compareSummaries', () => {
  const summary = (
    populationBeyond: number,
    shareBeyond: number,
    meanDistanceKm: number | null,
  ): TerritorySummary => ({
    communes: 3,
    population: 1000,
    populationBeyond,
    shareBeyond,
    meanDistanceKm,
    farthest: [],
    citesBeyond: [],
    noPlace: false,
  });

  it('gives after − before', () => {
    const d = compareSummaries(summary(400, 0.4, 6), summary(250, 0.25, 4.5));
    expect(d.populationBeyond).toBe(-150);
    expect(d.shareBeyond).toBeCloseTo(-0.15, 12);
    expect(d.meanDistanceKm).toBeCloseTo(-1.5, 12);
  });

  it('has no mean delta when a mean is missing', () => {
    expect(compareSummaries(summary(1000, 1, null), summary(0, 0, 2)).meanDistanceKm).toBeNull();
  });
});
