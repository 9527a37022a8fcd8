/**
 * Shared set-up for the browser tests: Debian's Chromium driven by playwright-core. When /usr/bin/chromium is
 * missing the tests skip with a message, unless SITREP_CI=1, where a missing browser is a failure.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const MUST_RUN = process.env.SITREP_CI === '1';
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export function skipMessage(): string | null {
  if (HAVE_CHROMIUM) return null;
  if (MUST_RUN) throw new Error(`SITREP_CI=1 but ${CHROMIUM} is missing: install it with apt-get install -y chromium`);
  return `browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`;
}

export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}
