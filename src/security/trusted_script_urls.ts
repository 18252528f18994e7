/**
 * Trusted Types for the app's own script URLs. A page served with `Content-Security-Policy:
 * require-trusted-types-for 'script'` refuses a plain string given to a script-URL sink: `new Worker(url)`
 * (the map worker) and `navigator.serviceWorker.register(url)` (the offline copy) among them. MapLibre (6.17)
 * keeps its worker URL as a string and passes that string to `new Worker`, and workbox-window does the same for
 * the service worker, so a `TrustedScriptURL` cannot be handed to them. The browser then asks the page's policy
 * named `default`, which this module creates once: it lets through exactly the script files the app declared
 * (`trustScriptUrl`, each resolved against the page) and nothing else — any other script URL, and every HTML
 * or script text, is still refused, since the policy defines no other conversion.
 *
 * The strictest header that works (checked by test/e2e/hardening.e2e.ts, stated in docs/EMBED.md):
 * `require-trusted-types-for 'script'; trusted-types default`.
 */

/** The name of the policy: `default`, the one the browser consults for plain strings given to a sink. */
export const SCRIPT_URL_POLICY_NAME = 'default';

export interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(
    name: string,
    rules: { createScriptURL?: (input: string) => string | null },
  ): { createScriptURL(input: string): unknown };
}

export type TrustOutcome = 'created' | 'added' | 'unsupported' | 'exists' | 'refused';

/**
 * The policy's rule: `input` resolved against `base` must be one of `allowed` (absolute URLs, read when the
 * rule runs, so that files declared later are allowed too); returns the input unchanged when it is, null
 * (refused) otherwise.
 */
export function allowOnly(allowed: ReadonlySet<string>, base: string): (input: string) => string | null {
  return (input) => {
    try {
      return allowed.has(new URL(input, base).href) ? input : null;
    } catch {
      return null;
    }
  };
}

/**
 * A page's trust in its own script files: `trust(url)` adds one exact file to the allowed set, creating the
 * `default` policy on the first call. Never throws: without Trusted Types it does nothing ('unsupported'); when
 * the page already has another default policy ('exists') or its CSP does not allow the name ('refused', one
 * console warning), the sinks are refused as they would be without this module.
 */
export function scriptUrlTrust(factory: TrustedTypesFactory | undefined, base: string) {
  const allowed = new Set<string>();
  let state: 'none' | 'ours' | 'exists' | 'refused' = 'none';
  return {
    trust(url: string): TrustOutcome {
      if (!factory) return 'unsupported';
      allowed.add(new URL(url, base).href);
      if (state === 'ours') return 'added';
      if (state !== 'none') return state;
      if (factory.defaultPolicy) {
        state = 'exists';
        return state;
      }
      try {
        factory.createPolicy(SCRIPT_URL_POLICY_NAME, { createScriptURL: allowOnly(allowed, base) });
        state = 'ours';
        return 'created';
      } catch (e) {
        state = 'refused';
        console.warn(
          `[carte] Trusted Types: policy '${SCRIPT_URL_POLICY_NAME}' refused (${(e as Error).message})`,
        );
        return 'refused';
      }
    },
  };
}

let pageTrust: ReturnType<typeof scriptUrlTrust> | null = null;

/** Allows one of the app's script files (the map worker, the service worker) to be given to its sink. */
export function trustScriptUrl(url: string): TrustOutcome {
  pageTrust ??= scriptUrlTrust(
    (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes,
    document.baseURI,
  );
  return pageTrust.trust(url);
}
