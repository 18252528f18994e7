/** The pipeline's progress lines, with the time since the start. */
export type Log = (line: string) => void;

export function startLog(): Log {
  const t0 = Date.now();
  return (s) => console.log(`[data:build ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
}
