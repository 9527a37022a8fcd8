/**
 * Vite build of the web app: src/web → dist/web, served by `sitrep serve`. Everything (Leaflet, its CSS, the
 * world-atlas base map) is bundled so the app needs no network beyond its own server. No inline scripts are emitted,
 * so the page runs under a strict Content-Security-Policy.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${here}src/web`,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: `${here}dist/web`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
