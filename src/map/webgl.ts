/**
 * Whether the browser can give the map a WebGL context. Kept apart from the map controller so that the
 * interface can ask before it downloads MapLibre (≈ 300 KB gzipped): without WebGL the map code is never fetched.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // give the test context back at once: browsers cap the number of live WebGL contexts
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
