/**
 * Trusted Types for the map worker. A page served with `Content-Security-Policy: require-trusted-types-for
 * 'script'` refuses `new Worker(aString)`: only a `TrustedScriptURL` made by a policy may start a worker.
 * MapLibre (6.17) keeps the worker URL as a string (`setWorkerUrl(value: string)`, then string methods on it)
 * and passes that string to `new Worker`, so a TrustedScriptURL cannot be handed to it. The browser then asks
 * the page's policy named `default`, which this module creates: it lets through exactly the worker file of
 * the build (resolved against the page) and nothing else — any other script URL, and every HTML or script
 * text, is still refused, since the policy defines no other conversion.
 *
 * The strictest header that works (checked by test/e2e/hardening.e2e.ts, stated in docs/EMBED.md):
 * `require-trusted-types-for 'script'; trusted-types default`.
 */

/** The name of the policy: `default`, the one the browser consults for plain strings given to a sink. */
export const WORKER_POLICY_NAME = 'default';

interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(
    name: string,
    rules: { createScriptURL?: (input: string) => string | null },
  ): { createScriptURL(input: string): unknown };
}

/**
 * The policy's rule: `input` resolved against `base` must be exactly `allowed` (an absolute URL);
 * returns the input unchanged when it is, null (refused) otherwise.
 */
export function allowOnly(allowed: string, base: string): (input: string) => string | null {
  return (input) => {
    try {
      return new URL(input, base).href === allowed ? input : null;
    } catch {
      return null;
    }
  };
}

/**
 * Creates the `default` policy allowing the worker URL, when the browser has Trusted Types and the page has
 * no default policy yet. Returns what happened (for tests and a console note). Never throws: where the page's
 * CSP does not allow the name (`trusted-types` without `default`), the worker is refused as before.
 */
export function trustWorkerUrl(
  workerUrl: string,
  base: string = document.baseURI,
  factory: TrustedTypesFactory | undefined = (globalThis as { trustedTypes?: TrustedTypesFactory })
    .trustedTypes,
): 'created' | 'unsupported' | 'exists' | 'refused' {
  if (!factory) return 'unsupported';
  if (factory.defaultPolicy) return 'exists';
  try {
    factory.createPolicy(WORKER_POLICY_NAME, {
      createScriptURL: allowOnly(new URL(workerUrl, base).href, base),
    });
    return 'created';
  } catch (e) {
    console.warn(`[carte] Trusted Types: policy '${WORKER_POLICY_NAME}' refused (${(e as Error).message})`);
    return 'refused';
  }
}
