// The file types worth compressing for HTTP (text formats, and the glyphs' protobuf): one list for the build's
// pre-compressed siblings (scripts/compress_dist.mjs) and the test server that serves them like a static host
// (test/e2e/server.mjs). The tile archives are not in it: read by HTTP Range requests, compressed inside.
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.pbf',
]);
