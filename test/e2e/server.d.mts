export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export interface Mount {
  /** URL path prefix, default '/' */
  prefix?: string;
  dir: string;
}
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | null;
export function startStaticServer(options: {
  roots: Mount[];
  port?: number;
  log?: boolean;
  /** added to every answer, e.g. { 'Content-Security-Policy': "…" } */
  headers?: Record<string, string>;
  /** false: no `Access-Control-Allow-Origin` header (default true: `*`) */
  cors?: boolean;
}): Promise<StaticServer>;
