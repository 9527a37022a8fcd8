/** Runs `node bin/sitrep.js ...` the way a user does, and returns exit code and output. */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(REPO, 'bin', 'sitrep.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
  const merged: Record<string, string | undefined> = { ...process.env, SITREP_DB: undefined, ...opts.env };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(merged)) if (v !== undefined) env[k] = v;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, env, input: opts.input ?? '', encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function cliAsync(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
}
