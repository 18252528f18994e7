// A tiny static file server for the built site, used by the e2e tests and the bench.
// Only listens on 127.0.0.1, answers HTTP Range requests (PMTiles reads archives by byte ranges)
// and compresses text responses like a static host would (so transfer sizes are realistic): the `.br` or `.gz`
// sibling written by scripts/compress_dist.mjs when the browser accepts it, else gzip on the fly.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { COMPRESSIBLE_EXTENSIONS } from '../../scripts/lib/compressible.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/vnd.pmtiles',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Parses a single `bytes=` range; returns null for none, 'invalid' when unsatisfiable. */
export function parseRange(header, size) {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start;
  let end;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

/**
 * Starts the server. `roots` are directories searched in order ({ prefix, dir }: a URL path prefix
 * mapped to a directory). `headers` are added to every answer (e.g. a Content-Security-Policy); `cors: false`
 * leaves out `Access-Control-Allow-Origin: *` (an ordinary static server sends none). Resolves to
 * { url, port, close() }.
 */
export function startStaticServer({ roots, port = 0, log = false, headers: extraHeaders = {}, cors = true }) {
  const mounts = roots.map((r) => ({ prefix: r.prefix ?? '/', dir: resolve(r.dir) }));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = null;
    for (const { prefix, dir } of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      let candidate = normalize(join(dir, pathname.slice(prefix.length)));
      if (candidate !== dir && !candidate.startsWith(dir + sep)) continue; // path traversal
      if (existsSync(candidate) && statSync(candidate).isDirectory())
        candidate = join(candidate, 'index.html');
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        file = candidate;
        break;
      }
    }
    if (log) console.log(`[server] ${req.method} ${pathname} ${req.headers.range ?? ''} -> ${file ?? 404}`);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const size = statSync(file).size;
    const ext = extname(file).toLowerCase();
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-cache',
      ...(cors
        ? {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Expose-Headers': 'Content-Range, Content-Length, ETag',
          }
        : {}),
      ETag: `"${size.toString(16)}-${statSync(file).mtimeMs.toString(16)}"`,
      ...extraHeaders,
    };
    const range = parseRange(req.headers.range, size);
    if (range === 'invalid') {
      res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    if (range) {
      res.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
        'Content-Length': String(range.end - range.start + 1),
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file, { start: range.start, end: range.end }).pipe(res);
      return;
    }
    // like a static host: a pre-compressed sibling (scripts/compress_dist.mjs) when the browser accepts it
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const sibling = COMPRESSIBLE_EXTENSIONS.has(ext)
      ? [
          { encoding: 'br', suffix: '.br' },
          { encoding: 'gzip', suffix: '.gz' },
        ].find((c) => new RegExp(`\\b${c.encoding}\\b`).test(accepts) && existsSync(file + c.suffix))
      : undefined;
    if (sibling) {
      const compressed = file + sibling.suffix;
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': sibling.encoding,
        'Content-Length': String(statSync(compressed).size),
        Vary: 'Accept-Encoding',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(compressed).pipe(res);
      return;
    }
    const gzip = COMPRESSIBLE_EXTENSIONS.has(ext) && /\bgzip\b/.test(accepts);
    if (gzip) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(size) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r(undefined));
          }),
      });
    });
  });
}
