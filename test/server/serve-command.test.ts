import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function serve(args: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  try {
    const env2 = { ...process.env, ...env };
    delete env2.SITREP_TOKEN;
    Object.assign(env2, env);
    const r = spawnSync(process.execPath, ['bin/sitrep.js', 'serve', '--db', join(dir, 's.db'), ...args], { env: env2, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stderr: r.stderr, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('sitrep serve', () => {
  it('refuses a non-loopback interface without a token (usage error)', () => {
    const r = serve(['--host', '0.0.0.0', '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to serve on 0\.0\.0\.0 without a token; set SITREP_TOKEN/);
  });

  it('rejects a bad port and unknown options', () => {
    expect(serve(['--port', 'eighty']).code).toBe(2);
    expect(serve(['--frobnicate']).code).toBe(2);
  });
});
