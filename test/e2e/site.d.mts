import type { StaticServer } from './server.mjs';
export const ROOT: string;
export function buildSite(): number;
export function serveSite(options?: {
  distDir?: string;
  log?: boolean;
}): Promise<StaticServer & { fallbackTiles: boolean }>;
