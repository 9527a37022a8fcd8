/**
 * Vite build of the web app: src/web → dist/web, served by `sitrep serve`. Everything (Leaflet, its CSS, the
 * world-atlas base map) is bundled so the app needs no network beyond its own server. No inline scripts are emitted,
 * so the page runs under a strict Content-Security-Policy.
 */
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes FILE.br (brotli, best) and FILE.gz (gzip -9) next to each text file of the build, so the server sends them
 * compressed without compressing at run time.
 */
function precompress(outDir: string): Plugin {
  return {
    name: 'sitrep-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): void => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          const p = join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else if (/\.(js|css|html|json|svg)$/.test(e.name)) {
            const raw = readFileSync(p);
            if (raw.length < 1024) continue;
            writeFileSync(`${p}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
            writeFileSync(`${p}.gz`, gzipSync(raw, { level: 9 }));
          }
        }
      };
      walk(outDir);
    },
  };
}

export default defineConfig({
  root: `${here}src/web`,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [precompress(`${here}dist/web`)],
  build: {
    outDir: `${here}dist/web`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
