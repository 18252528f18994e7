import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const TILES_DIR = resolve(__dirname, 'tiles');

/**
 * Serves `tiles/` at `<base>/tiles/` (with HTTP Range, as PMTiles needs) in dev, and copies it into the build.
 */
function tilesPlugin(): Plugin {
  return {
    name: 'carte-tiles',
    configureServer(server) {
      server.middlewares.use('/tiles', (req, res, next) => {
        const file = join(TILES_DIR, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        if (!file.startsWith(TILES_DIR) || !existsSync(file) || !statSync(file).isFile()) return next();
        const size = statSync(file).size;
        const range = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
        res.setHeader('Accept-Ranges', 'bytes');
        if (range) {
          const start = Number(range[1]);
          const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
          res.statusCode = 206;
          res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
          res.setHeader('Content-Length', String(end - start + 1));
          createReadStream(file, { start, end }).pipe(res);
        } else {
          res.setHeader('Content-Length', String(size));
          createReadStream(file).pipe(res);
        }
      });
    },
    closeBundle() {
      if (existsSync(TILES_DIR)) cpSync(TILES_DIR, resolve(__dirname, 'dist/tiles'), { recursive: true });
    },
  };
}

// The app is fully static: relative base, so it can be served from any folder of a partner's site.
export default defineConfig({
  base: './',
  plugins: [preact(), tilesPlugin()],
  publicDir: 'public',
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { main: resolve(__dirname, 'index.html') },
    },
  },
  preview: { port: 4173, strictPort: true },
});
