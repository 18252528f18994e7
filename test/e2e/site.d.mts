import type { StaticServer } from './server.mjs';
export const ROOT: string;
/** `npm run build`; returns the time it took in ms */
export function buildSite(): number;
export function serveSite(options?: {
  distDir?: string;
  log?: boolean;
  /** serve a private copy of distDir, removed on close() */
  snapshot?: boolean;
  /** added to every answer, e.g. a Content-Security-Policy */
  headers?: Record<string, string>;
  /** false: no `Access-Control-Allow-Origin` header */
  cors?: boolean;
}): Promise<StaticServer & { fallbackTiles: boolean; dir: string }>;
