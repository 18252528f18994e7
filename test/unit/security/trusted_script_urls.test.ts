import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  allowOnly,
  SCRIPT_URL_POLICY_NAME,
  scriptUrlTrust,
} from '../../../src/security/trusted_script_urls.ts';

const BASE = 'https://carte.example.fr/sante/index.html?embed=1';
const WORKER = './assets/maplibre-gl-worker-abc.mjs';
const SERVICE_WORKER = 'https://carte.example.fr/sante/service_worker.js';

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

describe('the policy’s rule', () => {
  const rule = allowOnly(
    new Set(['https://carte.example.fr/sante/assets/maplibre-gl-worker-abc.mjs', SERVICE_WORKER]),
    BASE,
  );

  test('lets through each allowed URL, written relative or absolute, unchanged', () => {
    expect(rule(WORKER)).toBe(WORKER);
    expect(rule('https://carte.example.fr/sante/assets/maplibre-gl-worker-abc.mjs')).toBe(
      'https://carte.example.fr/sante/assets/maplibre-gl-worker-abc.mjs',
    );
    expect(rule('service_worker.js')).toBe('service_worker.js');
  });

  test('refuses any other script URL: another file, another origin, a blob or data URL, garbage', () => {
    for (const other of [
      './assets/main.js',
      '/service_worker.js', // another path on the same origin
      'https://evil.example/assets/maplibre-gl-worker-abc.mjs',
      'blob:https://carte.example.fr/1234',
      'data:text/javascript,alert(1)',
      'http://[',
    ])
      expect(rule(other), other).toBeNull();
  });
});

describe('creating the policy', () => {
  test('creates the default policy once, with a script-URL rule only (no HTML, no script text)', () => {
    const factory = fakeFactory();
    const trust = scriptUrlTrust(factory, BASE);
    expect(trust.trust(WORKER)).toBe('created');
    expect(factory.created.map((p) => p.name)).toEqual([SCRIPT_URL_POLICY_NAME]);
    expect(Object.keys(factory.created[0] ?? {}).sort()).toEqual(['createScriptURL', 'name']);
    expect(factory.created[0]?.createScriptURL?.(WORKER)).toBe(WORKER);
    expect(factory.created[0]?.createScriptURL?.('service_worker.js')).toBeNull();
  });

  test('a file declared later (the service worker, after the map) is let through by the same policy', () => {
    const factory = fakeFactory();
    const trust = scriptUrlTrust(factory, BASE);
    trust.trust(WORKER);
    expect(trust.trust(SERVICE_WORKER)).toBe('added');
    expect(factory.created).toHaveLength(1);
    expect(factory.created[0]?.createScriptURL?.('service_worker.js')).toBe('service_worker.js');
    expect(factory.created[0]?.createScriptURL?.(WORKER)).toBe(WORKER);
    expect(factory.created[0]?.createScriptURL?.('./assets/other.js')).toBeNull();
  });

  test('does nothing without Trusted Types, or when the page already has a default policy', () => {
    expect(scriptUrlTrust(undefined, BASE).trust(WORKER)).toBe('unsupported');
    const factory = fakeFactory();
    factory.createPolicy('default', {});
    const trust = scriptUrlTrust(factory, BASE);
    expect(trust.trust(WORKER)).toBe('exists');
    expect(trust.trust(SERVICE_WORKER)).toBe('exists');
    expect(factory.created).toHaveLength(1);
  });

  test('a CSP that does not allow the name is reported with one warning, without throwing', () => {
    const trust = scriptUrlTrust(fakeFactory(true), BASE);
    expect(trust.trust(WORKER)).toBe('refused');
    expect(trust.trust(SERVICE_WORKER)).toBe('refused');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
