/**
 * The committed population-grid outputs (public/data/cells.json, the `carreaux` tiles, the `perimetre` flag of
 * communes, the build report), read back without the app's decoder where it matters. Expected figures come from
 * data/filosofi-grid/SOURCES.md, its communes-check file and issue 9, not from the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCommunes } from '../../../src/data/communes_columns.ts';
import type { DataMeta } from '../../../src/schema.ts';
import { ARCHIVES, CLIENT_FILES, PROP, SCHEMA_VERSION, TILE_LAYERS } from '../../../src/schema.ts';
import { distinct, featuresAt, openArchive } from './pmtiles_reader.ts';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const json = <T>(p: string): T => JSON.parse(read(p)) as T;

// data/filosofi-grid/SOURCES.md
const CELLS = 23_471;
const CELLS_PERIMETER = 17_312;
const PEOPLE_PERIMETER = 1_129_958;
const CELLS_IMPUTED = 11_002;
const CELLS_IMPUTED_PERIMETER = 6_917;
const PEOPLE_IMPUTED_PERIMETER = 81_421.5;

interface CellsFile {
  schema: number;
  source: string;
  grid: { col0: number; row0: number; width: number; height: number };
  communes: string[];
  communes_complete: number[];
  columns: Record<
    'position' | 'population2' | 'living_standard' | 'imputed' | 'perimetre' | 'commune',
    number[]
  >;
  cites: { id: string[]; count: number[]; cell: number[]; weight: number[] };
}
const file = json<CellsFile>(`public/${CLIENT_FILES.cells}`);
const col = file.columns;
const people = (i: number): number => (col.population2[i] as number) / 2;
const indices = col.population2.map((_, i) => i);
const sumOf = (is: number[]): number => is.reduce((s, i) => s + people(i), 0);

/** The vendored CSV read with a plain split (every row of the source, with its commune of communes-mbm). */
const csv = read('data/filosofi-grid/filosofi-2021-200m-bassin-minier.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))
  .map((f) => ({ id: f[0] as string, ind: Number(f[5]), insee: f[8] as string }));
const check = read('data/filosofi-grid/filosofi-2021-200m-communes-check.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))
  .map((f) => ({ insee: f[0] as string, cells: Number(f[3]), ind: Number(f[4]) }));

describe('public/data/cells.json', () => {
  it('holds every cell of the vendored grid, with the figures of its SOURCES.md', () => {
    expect(file.schema).toBe(SCHEMA_VERSION);
    expect(file.source).toBe('Source : Insee, Filosofi 2021, données carroyées à 200 m');
    expect(col.population2).toHaveLength(CELLS);
    const perimeter = indices.filter((i) => col.perimetre[i] === 1);
    expect(perimeter).toHaveLength(CELLS_PERIMETER);
    expect(Math.round(sumOf(perimeter))).toBe(PEOPLE_PERIMETER);
    expect(indices.filter((i) => col.imputed[i] === 1)).toHaveLength(CELLS_IMPUTED);
    const imputedIn = perimeter.filter((i) => col.imputed[i] === 1);
    expect(imputedIn).toHaveLength(CELLS_IMPUTED_PERIMETER);
    expect(sumOf(imputedIn)).toBe(PEOPLE_IMPUTED_PERIMETER);
    expect(sumOf(indices)).toBe(csv.reduce((s, r) => s + r.ind, 0));
  });

  it('has the cells at the grid positions of their INSEE ids, in the CSV order', () => {
    const ids: string[] = [];
    let k = -1;
    for (const d of col.position) {
      k = k < 0 ? d : k + d;
      const c = file.grid.col0 + (k % file.grid.width);
      const r = file.grid.row0 + Math.floor(k / file.grid.width);
      ids.push(`CRS3035RES200mN${r * 200}E${c * 200}`);
    }
    // the CSV is sorted south to north then west to east, like the file
    expect(ids).toEqual(csv.map((r) => r.id));
  });

  it('gives the 330 communes the people of the communes-check file, but for the cells listed in the report', () => {
    const report = json<{
      outputs: {
        cells: {
          insee_mbm_disagreements: { list: { insee_mbm: string; commune: string; population: number }[] };
        };
      };
    }>('data/build-report.json');
    const moved = report.outputs.cells.insee_mbm_disagreements.list;
    // the check file is the CSV grouped by insee_mbm
    const byMbm = new Map<string, number>();
    for (const r of csv) if (r.insee) byMbm.set(r.insee, (byMbm.get(r.insee) ?? 0) + r.ind);
    expect(check).toHaveLength(330);
    for (const c of check) expect(byMbm.get(c.insee), c.insee).toBeCloseTo(c.ind, 6);
    // per commune from cells.json
    const mine = new Map<string, number>();
    indices.forEach((i) => {
      const insee = file.communes[col.commune[i] as number] as string;
      mine.set(insee, (mine.get(insee) ?? 0) + people(i));
    });
    for (const c of check) {
      const out = moved.filter((m) => m.insee_mbm === c.insee).reduce((s, m) => s + m.population, 0);
      const into = moved.filter((m) => m.commune === c.insee).reduce((s, m) => s + m.population, 0);
      expect(mine.get(c.insee) ?? 0, c.insee).toBeCloseTo(c.ind - out + into, 6);
    }
    // the two polygon sets agree on all but a small part of the people
    const movedPeople = moved.reduce((s, m) => s + m.population, 0);
    expect(movedPeople / sumOf(indices)).toBeLessThan(0.01);
    expect(movedPeople).toBeGreaterThan(0);
  });

  it('links every cité of cites.json to the cells it covers, with weights in ]0, 1]', () => {
    const cites = json<{ cites: { id: string }[] }>('public/data/cites.json').cites;
    expect([...file.cites.id].sort()).toEqual(cites.map((c) => c.id).sort());
    expect(file.cites.count.reduce((s, n) => s + n, 0)).toBe(file.cites.cell.length);
    for (const w of file.cites.weight) expect(w >= 1 && w <= 1000).toBe(true);
    for (const i of file.cites.cell) expect(i >= 0 && i < CELLS).toBe(true);
  });

  it('is small enough to load when the coverage mode opens', () => {
    const report = json<{ outputs: { client_files: { file: string; gzip_bytes: number }[] } }>(
      'data/build-report.json',
    );
    const entry = report.outputs.client_files.find((f) => f.file === `public/${CLIENT_FILES.cells}`);
    expect(entry?.gzip_bytes).toBeLessThan(150 * 1024);
  });
});

describe('the two "bassin" definitions', () => {
  const communes = decodeCommunes(json('public/data/communes.json')).communes;
  it('counts the communes as issue 9 does: 103 of the 330 mostly outside the line, 23 inside not counted', () => {
    expect(communes.filter((c) => c.bassin)).toHaveLength(330);
    expect(communes.filter((c) => c.bassin && !c.perimetre)).toHaveLength(103);
    expect(communes.filter((c) => c.perimetre && !c.bassin)).toHaveLength(23);
    expect(communes.filter((c) => c.perimetre)).toHaveLength(330 - 103 + 23);
  });
});

describe('build report and meta.json', () => {
  it('counts every row of the grid CSV as kept or rejected', () => {
    const r = json<{ sources: Record<string, { read: number; kept: number; rejected: number }> }>(
      'data/build-report.json',
    );
    const s = r.sources['filosofi-grid/filosofi-2021-200m-bassin-minier.csv'];
    expect(s?.read).toBe(CELLS);
    expect((s?.kept ?? 0) + (s?.rejected ?? 0)).toBe(CELLS);
  });

  it('credits INSEE Filosofi under the Licence Ouverte', () => {
    const meta = json<DataMeta>('public/data/meta.json');
    const a = meta.attributions.find((x) =>
      x.name.startsWith('Insee, Filosofi 2021, données carroyées à 200 m'),
    );
    expect(a?.licence).toBe('Licence Ouverte');
    expect(meta.counts.cells).toBe(CELLS);
  });
});

describe('carreaux tiles', () => {
  const sante = openArchive(path.join(ROOT, 'tiles', `${ARCHIVES.overlays}.pmtiles`));
  it('draw every cell from z11 with its integer id, none below', async () => {
    const z11 = await featuresAt(sante, 11);
    const ids = distinct(z11, TILE_LAYERS.cells, PROP.cellId);
    expect(ids.size).toBe(CELLS);
    const expected = new Set(
      csv.map((r) => {
        const m = /N(\d+)E(\d+)/.exec(r.id) as RegExpExecArray;
        return (Number(m[1]) / 200) * 100_000 + Number(m[2]) / 200;
      }),
    );
    expect(ids).toEqual(expected);
    const z10 = await featuresAt(sante, 10);
    expect(z10.filter((f) => f.layer === TILE_LAYERS.cells)).toEqual([]);
  }, 60_000);

  it('carry the communes’ perimetre flag on the commune polygons', async () => {
    const f = await featuresAt(sante, 8);
    const lens = f.find((x) => x.layer === TILE_LAYERS.communes && x.props[PROP.insee] === '62498');
    expect(lens?.props[PROP.perimetre]).toBe(true);
  });
});
