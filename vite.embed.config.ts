import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * Two extra builds, run by `npm run build` after the app's own `vite build` (they add to dist/, never clean it):
 *  - default: the web component as one classic script (IIFE, no import/export: a page of another origin loads it
 *    with a plain `<script src>`, no CORS header needed), `dist/embed/carte-sante-bassin-minier.js` (library mode);
 *  - `--mode builder`: the embed builder page, `dist/builder.html` (+ its assets).
 */
export default defineConfig(({ mode }) =>
  mode === 'builder'
    ? {
        base: './',
        plugins: [preact()],
        publicDir: false,
        build: {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: false,
          rollupOptions: { input: { builder: resolve(__dirname, 'builder.html') } },
        },
      }
    : {
        publicDir: false,
        build: {
          target: 'es2022',
          outDir: 'dist/embed',
          emptyOutDir: true,
          sourcemap: false,
          minify: true,
          lib: {
            entry: resolve(__dirname, 'src/embed/web_component_script.ts'),
            // required by the iife format; unused, since the entry exports nothing (no global is created)
            name: 'CarteSanteBassinMinier',
            formats: ['iife'],
            fileName: () => 'carte-sante-bassin-minier.js',
          },
        },
      },
);
