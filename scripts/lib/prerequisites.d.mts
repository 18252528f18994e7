export interface FileView {
  isExecutable(path: string): boolean;
  list(dir: string): string[];
}
export type Env = Record<string, string | undefined>;
export interface BrowserCandidate {
  path: string;
  /** `CHROME_PATH`, `CHROMIUM_PATH`, `PATH`, `location` or `playwright cache` */
  from: string;
  /** set when an environment variable names a file that is not executable */
  missing?: true;
}
export interface OsRelease {
  id: string;
  like: string;
  codename: string;
}
export interface Machine {
  uid: number | null;
  os: { id: string; like: string };
  platform: string;
  hasApt: boolean;
  noInstall: boolean;
  badEnv?: { name: string; path: string } | null;
}
export type Plan = { action: 'install' } | { action: 'stop'; line: string };

export const BROWSER_ENV: string[];
export const BROWSER_COMMANDS: string[];
export const BROWSER_LOCATIONS: string[];
export const PLAYWRIGHT_CACHE: string[];
export function pathDirs(pathValue: string | undefined, delimiter?: string): string[];
export function findOnPath(name: string, env: Env, files: FileView, delimiter?: string): string | null;
export function browserCandidates(env: Env, files: FileView, delimiter?: string): BrowserCandidate[];
export function parseOsRelease(text: string): OsRelease;
export function describeMissing(missing: { browser: boolean; tippecanoe: boolean }): string;
export function planForMissing(missing: { browser: boolean; tippecanoe: boolean }, machine: Machine): Plan;
export const realFiles: FileView;
export function versionOf(path: string, flag?: string): string | null;
export function findBrowser(
  env?: Env,
  files?: FileView,
  delimiter?: string,
): { path: string; from: string; version: string } | { badEnv: { name: string; path: string } } | null;
export function findTippecanoe(
  env?: Env,
  files?: FileView,
  delimiter?: string,
): { path: string; version: string } | null;
export function describeMachine(env?: Env): Machine;
