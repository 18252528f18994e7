import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The app is fully static: `tiles/` is served as-is (HTTP Range requests for PMTiles).
export default defineConfig({
  base: './',
  plugins: [preact()],
  publicDir: 'public',
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { main: 'index.html' },
    },
  },
  preview: { port: 4173, strictPort: true },
});
