/**
 * Builds the web app (Vite, src/web → dist/web) when dist/web is missing or older than its sources, so a fresh
 * clone works with `sitrep serve` and in tests. Concurrent callers (parallel test files, two servers) wait on a lock
 * directory instead of building twice.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_SOURCE = join(PACKAGE_ROOT, 'src', 'web');
export const WEB_DIST = join(PACKAGE_ROOT, 'dist', 'web');
const STAMP = '.sitrep-build';
const LOCK = join(PACKAGE_ROOT, 'dist', '.web-build.lock');

/** WHY: a build takes seconds; a lock older than this was left by a killed process and may be taken over. */
export const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function sourceStamp(): string {
  const config = join(PACKAGE_ROOT, 'vite.config.ts');
  return String(Math.max(newestMtime(WEB_SOURCE), existsSync(config) ? statSync(config).mtimeMs : 0));
}

export function webBuildIsFresh(): boolean {
  const stamp = join(WEB_DIST, STAMP);
  if (!existsSync(join(WEB_DIST, 'index.html')) || !existsSync(stamp)) return false;
  if (!existsSync(WEB_SOURCE)) return true; // an installed package ships dist/web without sources
  return readFileSync(stamp, 'utf8') === sourceStamp();
}

function tryLock(): boolean {
  mkdirSync(dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Returns the directory to serve; builds first when needed. `log` hears one line when a build runs. */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<string> {
  for (let waited = 0; !webBuildIsFresh(); waited += 250) {
    if (!existsSync(WEB_SOURCE)) throw new Error(`sitrep: the web app is missing: neither ${WEB_DIST} nor ${WEB_SOURCE} exists`);
    if (tryLock()) {
      try {
        if (!webBuildIsFresh()) await runViteBuild(log);
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      break;
    }
    if (waited > STALE_LOCK_MS) throw new Error(`sitrep: waited too long for another web build; remove ${LOCK}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return WEB_DIST;
}

async function runViteBuild(log: (line: string) => void): Promise<void> {
  const stamp = sourceStamp();
  log('building the web app (src/web → dist/web)…');
  const { build } = await import('vite');
  await build({ configFile: join(PACKAGE_ROOT, 'vite.config.ts'), logLevel: 'warn', root: WEB_SOURCE });
  writeFileSync(join(WEB_DIST, STAMP), stamp);
}
