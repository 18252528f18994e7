import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import { applyEmbedTerritory, embedInitialState } from '../../../src/embed/apply_config.ts';
import { type BridgeWindow, originPayload, startEmbedBridge } from '../../../src/embed/bridge.ts';
import { DEFAULT_EMBED_CONFIG, type EmbedConfig } from '../../../src/embed/config.ts';
import { commandMessage, parseCommand } from '../../../src/embed/protocol.ts';
import type { Commune, Epci, Lieu } from '../../../src/schema.ts';
import { actions, createAppStore } from '../../../src/state/store.ts';

const commune = (insee: string, nom: string, lon: number, lat: number): Commune => ({
  insee,
  nom,
  postcodes: [],
  population: 1000,
  dep: insee.slice(0, 2),
  epci_siren: '246200364',
  epci_nom: 'CA de Lens - Liévin',
  bassin: true,
  perimetre: true,
  lon,
  lat,
});
const epci = (siren: string, bbox: Epci['bbox']): Epci => ({
  siren,
  nom: `EPCI ${siren}`,
  population: 1,
  bassin: true,
  communes_count: 1,
  cls_statut: 'signe',
  cls_libelle: null,
  cls_date: null,
  cls_source: null,
  cls_note: null,
  bbox,
});
const DATA: AppData = {
  lieux: [{ id: 'lieu-1', nom: 'Centre de santé A' } as Lieu],
  communes: [commune('62498', 'Lens', 2.83, 50.43), commune('59606', 'Valenciennes', 3.52, 50.36)],
  cites: [],
  epci: [epci('246200364', [2.6, 50.3, 2.9, 50.5]), epci('245901160', [3.4, 50.2, 3.7, 50.5])],
  meta: null,
  populationVintage: null,
};

/** A fake window: records what is posted to the parent, and lets the test deliver messages. */
function fakeWindow() {
  const posted: { message: unknown; target: string }[] = [];
  const parent = { postMessage: (message: unknown, target: string) => posted.push({ message, target }) };
  let listener: ((e: MessageEvent) => void) | null = null;
  const win: BridgeWindow = {
    parent,
    addEventListener: (_t, l) => {
      listener = l;
    },
    removeEventListener: () => {
      listener = null;
    },
  };
  const deliver = (data: unknown, source: unknown, origin: string) =>
    listener?.({ data, source, origin } as unknown as MessageEvent);
  return { win, parent, posted, deliver, listening: () => listener !== null };
}

const setup = (config: Partial<EmbedConfig> = {}) => {
  const cfg = { ...DEFAULT_EMBED_CONFIG, ...config };
  const store = createAppStore({ ...embedInitialState(cfg), data: DATA });
  const w = fakeWindow();
  const stop = startEmbedBridge(store, cfg, w.win);
  return { store, ...w, stop, cfg };
};
const types = (posted: { message: unknown }[]) => posted.map((p) => (p.message as { type: string }).type);

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('events to the host', () => {
  test('ready is posted once, when the map leaves the loading state, with the configuration', () => {
    const { store, posted } = setup({ layers: ['msp', 'cls'] });
    expect(posted).toEqual([]);
    store.setState({ mapStatus: 'idle' });
    store.setState({ hoveredLieu: 'x' });
    expect(types(posted)).toEqual(['ready']);
    expect(posted[0]?.message).toEqual({
      source: 'carte-sante-bassin-minier',
      version: 1,
      type: 'ready',
      payload: {
        territory: 'bassin',
        layers: ['msp', 'cls'],
        kinds: ['filieris', 'msp', 'cs', 'hopital'],
        mode: 'finder',
      },
    });
    expect(posted[0]?.target).toBe('*');
  });

  test('select carries the type, id and name of the selection', () => {
    const { store, posted } = setup();
    actions.select(store, { type: 'lieu', id: 'lieu-1' });
    expect(posted.at(-1)?.message).toMatchObject({
      type: 'select',
      payload: { type: 'lieu', id: 'lieu-1', name: 'Centre de santé A' },
    });
  });

  test('messages go to the allowed origin only, when one is set', () => {
    const { store, posted } = setup({ allowedOrigin: 'https://partner.fr' });
    actions.select(store, { type: 'lieu', id: 'lieu-1' });
    expect(posted.map((p) => p.target)).toEqual(['https://partner.fr']);
  });

  test('without an allowed origin, a geolocated origin is sent as its commune only: no coordinates, no label', () => {
    const { store, posted } = setup();
    actions.setOrigin(store, {
      lon: 2.831,
      lat: 50.431,
      label: '3 rue X, Lens',
      ref: null,
      approximate: false,
    });
    const payload = (posted.at(-1)?.message as { payload?: unknown } | undefined)?.payload;
    expect(payload).toEqual({ label: 'Lens', commune: { insee: '62498', nom: 'Lens' }, approximate: true });
    expect(JSON.stringify(posted)).not.toContain('50.431');
    expect(JSON.stringify(posted)).not.toContain('rue X');
  });

  test('with an allowed origin, the origin carries its coordinates and label', () => {
    const payload = originPayload(
      { lon: 3.52, lat: 50.36, label: 'Ma position', ref: null, approximate: false },
      DATA,
      true,
    );
    expect(payload).toEqual({
      label: 'Ma position',
      commune: { insee: '59606', nom: 'Valenciennes' },
      approximate: false,
      lon: 3.52,
      lat: 50.36,
    });
  });
});

describe('commands from the host', () => {
  test('setTerritory from the parent sets and frames the territory', () => {
    const { store, parent, deliver } = setup();
    deliver(commandMessage('setTerritory', { territory: '245901160' }), parent, 'https://any.fr');
    expect(store.getState().territory).toEqual({ type: 'epci', siren: '245901160' });
    expect(store.getState().fitRequest).toEqual({ bbox: [3.4, 50.2, 3.7, 50.5] });
  });

  test('setLayers from the parent sets the layers (string or array)', () => {
    const { store, parent, deliver } = setup();
    deliver(commandMessage('setLayers', { layers: ['communes', 'msp'] }), parent, 'https://any.fr');
    expect(store.getState().toggles).toEqual(['msp', 'communes']);
    deliver(commandMessage('setLayers', { layers: 'cls' }), parent, 'https://any.fr');
    expect(store.getState().toggles).toEqual(['cls']);
  });

  test('a command from another window than the parent is refused with a warning', () => {
    const { store, deliver } = setup();
    deliver(commandMessage('setLayers', { layers: 'cls' }), {}, 'https://any.fr');
    expect(store.getState().toggles).not.toEqual(['cls']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('commande refusée'));
  });

  test('with an allowed origin, a command from the parent but another origin is refused', () => {
    const { store, parent, deliver } = setup({ allowedOrigin: 'https://partner.fr' });
    deliver(commandMessage('setLayers', { layers: 'cls' }), parent, 'https://evil.example');
    expect(store.getState().toggles).not.toEqual(['cls']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('https://evil.example'));
    deliver(commandMessage('setLayers', { layers: 'cls' }), parent, 'https://partner.fr');
    expect(store.getState().toggles).toEqual(['cls']);
  });

  test('an unknown territory is ignored with a warning', () => {
    const { store, parent, deliver } = setup();
    deliver(commandMessage('setTerritory', { territory: '999999999' }), parent, 'https://any.fr');
    // unchanged: the default territory, « le bassin minier » (the drawn perimeter)
    expect(store.getState().territory).toEqual({ type: 'perimetre' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('introuvable'));
  });

  test('messages of other scripts are ignored silently', () => {
    const { parent, deliver } = setup();
    deliver({ hello: 1 }, parent, 'https://any.fr');
    deliver('text', parent, 'https://any.fr');
    expect(warn).not.toHaveBeenCalled();
  });

  test('stop removes the listener', () => {
    const { stop, listening } = setup();
    expect(listening()).toBe(true);
    stop();
    expect(listening()).toBe(false);
  });
});

describe('hostile messages from the host', () => {
  const SOURCE = 'carte-sante-bassin-minier';
  /** What a foreign frame can post: a structured clone keeps `toString`/`valueOf` as data, not functions. */
  const unconvertible = () => ({ toString: 1, valueOf: 1 });
  const huge = 'x'.repeat(5_000_000);
  const hostile: [string, unknown][] = [
    [
      'a version that cannot become a string',
      { source: SOURCE, version: unconvertible(), type: 'setLayers' },
    ],
    ['a type that cannot become a string', { source: SOURCE, version: 1, type: unconvertible() }],
    ['a type that is a number', { source: SOURCE, version: 1, type: 42 }],
    [
      'a layer that cannot become a string',
      commandMessage('setLayers', { layers: ['msp', unconvertible()] }),
    ],
    ['layers as an object', commandMessage('setLayers', { layers: unconvertible() })],
    [
      'a territory that cannot become a string',
      commandMessage('setTerritory', { territory: unconvertible() }),
    ],
    ['a territory given as a list', commandMessage('setTerritory', { territory: ['246200364'] })],
    ['a payload that is a string', { source: SOURCE, version: 1, type: 'setTerritory', payload: 'bassin' }],
    ['a huge territory string', commandMessage('setTerritory', { territory: `${huge}246200364` })],
    ['a huge layers string', commandMessage('setLayers', { layers: `msp,${huge}` })],
    ['a huge list of layers', commandMessage('setLayers', { layers: Array(100_000).fill('msp') })],
    ['a huge command name', { source: SOURCE, version: 1, type: huge }],
  ];

  test.each(hostile)('%s: ignored with one warning, no throw, nothing changed', (_name, message) => {
    const { store, parent, deliver } = setup({ layers: ['cls'] });
    const before = store.getState();
    expect(() => deliver(message, parent, 'https://any.fr')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0]?.[0]);
    expect(text).toMatch(/^\[carte-sante\] commande ignorée/);
    expect(text.length).toBeLessThan(200); // a huge value is cut, not copied into the console
    expect(store.getState().toggles).toBe(before.toggles);
    expect(store.getState().territory).toBe(before.territory);
  });

  test('a message whose fields throw when read is ignored with one warning', () => {
    const { parent, deliver } = setup();
    const trap = new Proxy(
      { source: SOURCE },
      {
        get(target, key) {
          if (key === 'source') return target.source;
          throw new Error('gotcha');
        },
      },
    );
    expect(() => deliver(trap, parent, 'https://any.fr')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('after hostile messages, valid commands still work', () => {
    const { store, parent, deliver } = setup();
    for (const [, message] of hostile) deliver(message, parent, 'https://any.fr');
    expect(warn).toHaveBeenCalledTimes(hostile.length);
    deliver(commandMessage('setLayers', { layers: ['communes', 'msp'] }), parent, 'https://any.fr');
    expect(store.getState().toggles).toEqual(['msp', 'communes']);
  });

  test('a hostile message from a foreign window is refused with one warning', () => {
    const { deliver } = setup();
    deliver({ source: SOURCE, version: unconvertible(), type: unconvertible() }, {}, 'https://evil.example');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('commande refusée');
  });
});

describe('parseCommand', () => {
  test('rejects another protocol version, an unknown command, invalid payloads', () => {
    expect(
      parseCommand({ source: 'carte-sante-bassin-minier', version: 2, type: 'setLayers' }),
    ).toHaveProperty('error');
    expect(parseCommand(commandMessage('setLayers', { layers: 'licornes' }))).toHaveProperty('error');
    expect(parseCommand(commandMessage('setTerritory', { territory: 12 }))).toHaveProperty('error');
    expect(parseCommand({ source: 'carte-sante-bassin-minier', version: 1, type: 'eval' })).toHaveProperty(
      'error',
    );
  });

  test('ignores our own out-messages echoed back', () => {
    expect(
      parseCommand({ source: 'carte-sante-bassin-minier', version: 1, type: 'ready', payload: {} }),
    ).toBeNull();
  });
});

describe('applying the configuration', () => {
  test('embedInitialState maps layers, kinds and mode into the store’s shareable state', () => {
    expect(
      embedInitialState({ ...DEFAULT_EMBED_CONFIG, layers: ['msp'], kinds: ['cs'], mode: 'couverture' }),
    ).toMatchObject({ toggles: ['msp'], finderGroups: ['cs'], coverageGroups: ['cs'], mode: 'couverture' });
  });

  test('a commune territory is framed on its centre', () => {
    const store = createAppStore({ data: DATA });
    expect(applyEmbedTerritory(store, { type: 'commune', insee: '62498' }, DATA)).toBeNull();
    expect(store.getState().fitRequest).toEqual({ lon: 2.83, lat: 50.43, zoom: 12 });
  });

  test('the basin is framed on its communes', () => {
    const store = createAppStore({ data: DATA });
    applyEmbedTerritory(store, { type: 'bassin' }, DATA);
    expect(store.getState().fitRequest).toEqual({ bbox: [2.83, 50.36, 3.52, 50.43] });
  });
});
