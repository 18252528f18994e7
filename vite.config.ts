import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The tile archives of this build, for the service worker (src/sw/service_worker.ts): the byte size of each
 * (a cached range must come from this very archive) and one content hash (the name of the ranges' cache).
 */
function tileArchives(): { bytes: Record<string, number>; version: string } {
  const files = existsSync(TILES_DIR)
    ? readdirSync(TILES_DIR)
        .filter((f) => f.endsWith('.pmtiles'))
        .sort()
    : [];
  const hash = createHash('sha256');
  const bytes: Record<string, number> = {};
  for (const f of files) {
    const content = readFileSync(join(TILES_DIR, f));
    bytes[f] = content.length;
    hash.update(f).update(content);
  }
  return { bytes, version: hash.digest('hex').slice(0, 12) };
}

const tiles = tileArchives();

/**
 * The offline copy: a Workbox service worker (src/sw/service_worker.ts, built to sw.js) with the precache list
 * of the build, and the web app manifest (installable page). Registered by src/offline/, not by the plugin.
 */
function offlinePlugin() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'service_worker.ts',
    injectRegister: false,
    // the worker is built as for production whatever NODE_ENV says (the e2e suite builds under NODE_ENV=test):
    // no Workbox debug code in it
    integration: {
      configureCustomSWViteBuild(options) {
        options.define = { ...options.define, 'process.env.NODE_ENV': JSON.stringify('production') };
      },
    },
    registerType: 'prompt',
    includeManifestIcons: false,
    injectManifest: {
      // the page, its scripts and styles (the lazily loaded ones too: coverage, English, embed kit, map and its
      // worker), the client data, the glyphs of the two fonts the map uses, the icons; not the tile archives
      // (their ranges are kept as they are used), nor the embed builder (built afterwards, online tool)
      globPatterns: [
        'index.html',
        'assets/*.{js,mjs,css}',
        'data/*.json',
        'glyphs/Noto Sans {Regular,Medium}/*.pbf',
        'icons/*.png',
        'favicon.svg',
      ],
      globIgnores: ['assets/builder-*'],
      // the map controller (≈ 1.1 MB before compression) must be in the offline copy
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
    manifest: {
      name: 'Carte santé du bassin minier',
      short_name: 'Carte santé',
      description:
        'Les lieux de soin les plus proches dans le bassin minier du Nord et du Pas-de-Calais : centres de santé Filieris, maisons de santé, distances et couverture du territoire.',
      lang: 'fr',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5cad',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
  });
}

// The app is fully static: relative base, so it can be served from any folder of a partner's site.
export default defineConfig({
  base: './',
  plugins: [preact(), tilesPlugin(), offlinePlugin()],
  define: {
    __TILE_ARCHIVES__: JSON.stringify(tiles.bytes),
    __TILES_VERSION__: JSON.stringify(tiles.version),
  },
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
