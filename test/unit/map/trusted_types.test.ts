import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { allowOnly, trustWorkerUrl, WORKER_POLICY_NAME } from '../../../src/map/trusted_types.ts';

const BASE = 'https://carte.example.fr/sante/index.html?embed=1';
const WORKER = './assets/maplibre-gl-worker-abc.mjs';

/** A fake `window.trustedTypes` recording the policies created; `refuse` makes createPolicy throw (CSP). */
function fakeFactory(refuse = false) {
  const created: { name: string; createScriptURL?: (s: string) => string | null }[] = [];
  return {
    created,
    get defaultPolicy() {
      return created.find((p) => p.name === 'default') ?? null;
    },
    createPolicy(name: string, rules: { createScriptURL?: (s: string) => string | null }) {
      if (refuse) throw new TypeError(`Policy "${name}" disallowed.`);
      created.push({ name, ...rules });
      return { createScriptURL: (s: string) => s };
    },
  };
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('the worker policy’s rule', () => {
  const rule = allowOnly('https://carte.example.fr/sante/assets/maplibre-gl-worker-abc.mjs', BASE);

  test('lets through the worker URL, written relative or absolute, unchanged', () => {
    expect(rule(WORKER)).toBe(WORKER);
    expect(rule('https://carte.example.fr/sante/assets/maplibre-gl-worker-abc.mjs')).toBe(
      'https://carte.example.fr/sante/assets/maplibre-gl-worker-abc.mjs',
    );
  });

  test('refuses any other script URL: another file, another origin, a blob or data URL, garbage', () => {
    for (const other of [
      './assets/main.js',
      'https://evil.example/assets/maplibre-gl-worker-abc.mjs',
      'blob:https://carte.example.fr/1234',
      'data:text/javascript,alert(1)',
      'http://[',
    ])
      expect(rule(other), other).toBeNull();
  });
});

describe('creating the policy', () => {
  test('creates the default policy with a script-URL rule only (no HTML, no script text)', () => {
    const factory = fakeFactory();
    expect(trustWorkerUrl(WORKER, BASE, factory)).toBe('created');
    expect(factory.created.map((p) => p.name)).toEqual([WORKER_POLICY_NAME]);
    expect(Object.keys(factory.created[0] ?? {}).sort()).toEqual(['createScriptURL', 'name']);
    expect(factory.created[0]?.createScriptURL?.(WORKER)).toBe(WORKER);
    expect(factory.created[0]?.createScriptURL?.('./assets/other.js')).toBeNull();
  });

  test('does nothing without Trusted Types, or when the page already has a default policy', () => {
    expect(trustWorkerUrl(WORKER, BASE, undefined)).toBe('unsupported');
    const factory = fakeFactory();
    factory.createPolicy('default', {});
    expect(trustWorkerUrl(WORKER, BASE, factory)).toBe('exists');
    expect(factory.created).toHaveLength(1);
  });

  test('a CSP that does not allow the name is reported with one warning, without throwing', () => {
    expect(trustWorkerUrl(WORKER, BASE, fakeFactory(true))).toBe('refused');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
