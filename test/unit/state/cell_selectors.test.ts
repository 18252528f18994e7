/**
 * The coverage mode's selectors on the population grid, on the hand-made six-cell grid of
 * test/fixtures/domain/cells.ts (places at cell centres; distances along the grid, by hand):
 *
 *   cell      people  in perimeter  commune   distance to the nearest counted MSP
 *   lievin-a    80        yes       Liévin    0 (MSP de Liévin)
 *   lens-a     100        yes       Lens      0 (MSP de Lens)
 *   lens-b      50.5      yes       Lens      0.2 km (1 cell east of lens-a)
 *   lens-c      20        yes       Lens      3.4 km (17 cells east of lens-a; the planned MSP is not counted)
 *   lievin-b    10        no        Liévin    0 (MSP of unknown status, counted) — 10 km without it (50 cells)
 *   lille-a    300        no        Lille     ≈ 61.8 km (the closed MSP is not counted)
 *
 * At 3 km only lens-c is beyond: 20 people of the perimeter's 250.5. The low-income line is the perimeter's 20th
 * percentile by people: cells sorted by standard of living, lievin-a (11,000 €, 80 people) already holds 80 ≥
 * 0.2 × 250.5 = 50.1, so the line is 11,000 € and the low-income cells are lievin-a and lille-a (10,500 €).
 */
import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import type { CellGrid } from '../../../src/domain/cell_types.ts';
import type { Cite } from '../../../src/schema.ts';
import {
  selectCellClassCounts,
  selectCellSummaries,
  selectCitesBeyond,
  selectLowIncomeLine,
} from '../../../src/state/derived_cells.ts';
import { selectMapCells } from '../../../src/state/derived_map.ts';
import { ensureCells } from '../../../src/state/ensure_cells.ts';
import { type AppState, actions, createAppStore } from '../../../src/state/store.ts';
import { CALL, COMMUNES } from '../../fixtures/domain/basin.ts';
import { CELL_PLACES, CELLS, centreOf, makeGrid } from '../../fixtures/domain/cells.ts';

const at = (name: string): [number, number] => centreOf(CELLS.find((c) => c.name === name)!);

const cite = (id: string, cell: string, commune_insee: string): Cite => {
  const [lon, lat] = at(cell);
  return {
    id,
    nom: `Cité ${id}`,
    commune_insee,
    communes_insee: [commune_insee],
    commune: commune_insee,
    type: null,
    compagnie: null,
    proprietaire: 'Maisons & Cités',
    maisons_et_cites: true,
    sources: ['erbm'],
    lon,
    lat,
  };
};

/** cite-x covers a quarter of lens-a and all of lens-c (45 people), its point at lens-c's centre (3.4 km). */
const CITES: Cite[] = [cite('cite-x', 'lens-c', '62498'), cite('cite-y', 'lievin-b', '62510')];

function fixture(initial: Partial<AppState> = {}, grid: CellGrid = makeGrid()) {
  const data: AppData = {
    lieux: CELL_PLACES,
    communes: COMMUNES,
    cites: CITES,
    epci: [],
    meta: null,
    populationVintage: 'test',
  };
  return createAppStore({
    data,
    cells: { status: 'ready', grid },
    mode: 'couverture',
    coverageGroups: ['msp'],
    thresholdKm: 3,
    ...initial,
  });
}

const summaries = (store: ReturnType<typeof fixture>) => {
  const s = selectCellSummaries(store.getState());
  if (!s) throw new Error('no cell summaries');
  return s;
};

describe('figures on cells (hand-made grid)', () => {
  test('the drawn perimeter at 3 km: 20 of 250.5 people beyond (lens-c)', () => {
    const s = summaries(fixture());
    expect(s.territory.population).toBe(250.5);
    expect(s.territory.populationBeyond).toBe(20);
    expect(s.territory.shareBeyond).toBeCloseTo(20 / 250.5, 12);
    // the territory is the perimeter: the comparison column is the same figures
    expect(s.bassin).toBe(s.territory);
  });

  test('an EPCI beside the perimeter: the CALL has lievin-b too (260.5 people)', () => {
    const s = summaries(fixture({ territory: { type: 'epci', siren: CALL } }));
    expect([s.territory.cells, s.territory.population, s.territory.populationBeyond]).toEqual([5, 260.5, 20]);
    expect([s.bassin.population, s.bassin.populationBeyond]).toEqual([250.5, 20]);
  });

  test('the low-income line is 11,000 € and its people beyond are counted (none in the perimeter)', () => {
    const store = fixture();
    expect(selectLowIncomeLine(store.getState())).toBe(11000);
    const low = summaries(store).territory.lowIncome;
    expect(low).toEqual({ line: 11000, population: 80, populationBeyond: 0, shareBeyond: 0 });
    // in 59/62, Lille's 300 low-income people are 61.8 km away
    const all = summaries(fixture({ territory: { type: 'all' } })).territory.lowIncome;
    expect([all?.population, all?.populationBeyond]).toEqual([380, 300]);
  });

  test('unknown-status places counted or not: between 20 and 30 people of the CALL beyond 3 km', () => {
    const s = summaries(fixture({ territory: { type: 'epci', siren: CALL } }));
    // without the MSP of unknown status, lievin-b (10 people) is 10 km from the MSP de Liévin
    expect(s.territoryStatus.populationBeyond).toEqual({ min: 20, max: 30 });
    expect(s.territoryStatus.notCounted.populationBeyond).toBe(30);
    // the perimeter does not hold lievin-b: the range is one figure
    expect(s.bassinStatus.populationBeyond).toEqual({ min: 20, max: 20 });
  });

  test('a centre added at lens-c brings the people beyond to 0, and the delta says −20', () => {
    const store = fixture();
    const [lon, lat] = at('lens-c');
    actions.addCentre(store, { lon, lat }, 'msp');
    const s = summaries(store);
    expect(s.territory.populationBeyond).toBe(0);
    expect(s.baselineTerritory.populationBeyond).toBe(20);
    expect(s.delta.populationBeyond).toBe(-20);
  });

  test('nothing on cells before the grid is loaded', () => {
    const store = fixture({ cells: { status: 'loading', grid: null } });
    expect(selectCellSummaries(store.getState())).toBeNull();
    expect(selectMapCells(store.getState())).toBeNull();
  });
});

describe('cités with their people', () => {
  test('cité x (point 3.4 km away) has 25 + 20 = 45 people, 20 of them beyond 3 km', () => {
    const ranked = selectCitesBeyond(fixture({ territory: { type: 'epci', siren: CALL } }).getState());
    expect(ranked?.cites.map((c) => c.id)).toEqual(['cite-x']);
    expect(ranked?.people?.get('cite-x')).toMatchObject({ population: 45, populationBeyond: 20, cells: 2 });
    expect(ranked?.totals).toEqual({ population: 45, beyond: 20 });
  });

  test('before the grid is loaded the cités are listed by distance, without people', () => {
    const ranked = selectCitesBeyond(
      fixture({
        territory: { type: 'epci', siren: CALL },
        cells: { status: 'loading', grid: null },
      }).getState(),
    );
    expect(ranked?.cites.map((c) => c.id)).toEqual(['cite-x']);
    expect([ranked?.people, ranked?.totals]).toEqual([null, null]);
  });
});

describe('the map’s cells and the legend', () => {
  test('cells are coloured by distance class in coverage mode only, with their tile ids', () => {
    const cells = selectMapCells(fixture().getState());
    expect(cells?.ids[0]).toBe(15300 * 100000 + 19040); // lievin-a: row · 100000 + col
    // 0 ≤ 1.5 km; lens-c 3.4 km ≤ 6 km: class 2; lille-a 61.8 km > 6 km: class 3
    expect([...(cells?.classes ?? [])]).toEqual([0, 0, 0, 2, 0, 3]);
    expect(selectMapCells(fixture({ mode: 'trouver' }).getState())).toBeNull();
  });

  test('coloured by low income, the other cells are grey (class 5)', () => {
    const cells = selectMapCells(fixture({ cellColouring: 'low_income' }).getState());
    expect([...(cells?.classes ?? [])]).toEqual([0, 5, 5, 5, 5, 3]);
  });

  test('the legend counts the territory’s people in each class of cells', () => {
    const counts = selectCellClassCounts(fixture({ territory: { type: 'epci', siren: CALL } }).getState());
    expect(counts?.map((c) => c.population)).toEqual([240.5, 0, 20, 0, 0, 0]);
  });
});

describe('loading the grid when the coverage mode opens', () => {
  const result = (grid: CellGrid | null, error: string | null = null) => ({
    grid,
    source: null,
    error,
    rejected: grid ? { count: 2, message: 'carreau 3 : population invalide' } : null,
  });

  test('the grid is read once; rows left out are said in an alert', async () => {
    const store = fixture({ cells: { status: 'idle', grid: null } });
    let calls = 0;
    const load = async () => {
      calls += 1;
      return result(makeGrid());
    };
    await ensureCells(store, load);
    await ensureCells(store, load);
    expect(calls).toBe(1);
    expect(store.getState().cells.status).toBe('ready');
    expect(
      store
        .getState()
        .errors.map((e) => e.text)
        .join(),
    ).toContain('carreau 3 : population invalide');
  });

  test('a file that cannot be read leaves the commune figures and says so', async () => {
    const store = fixture({ cells: { status: 'idle', grid: null } });
    await ensureCells(store, async () => result(null, 'HTTP 404'));
    expect(store.getState().cells).toEqual({ status: 'error', grid: null });
    expect(
      store
        .getState()
        .errors.map((e) => e.text)
        .join(),
    ).toContain('data/cells.json');
  });
});
