/** A small argument parser: `--flag`, `--key value`, `--key=value`, positionals. Unknown flags are usage errors. */
export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean>;
}

export class UsageError extends Error {}

/**
 * @param spec flag name -> 'boolean' | 'string'. Flags not in the spec raise UsageError (exit code 2).
 */
export function parseArgs(argv: string[], spec: Record<string, 'boolean' | 'string'>): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-' || !a.startsWith('-')) {
      out.positionals.push(a);
      continue;
    }
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.indexOf('=');
    const key = a.replace(/^--?/, '').slice(0, eq < 0 ? undefined : eq - (a.startsWith('--') ? 2 : 1));
    const kind = spec[key];
    if (!kind) throw new UsageError(`unknown option --${key}`);
    if (kind === 'boolean') out.flags[key] = true;
    else {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`option --${key} needs a value`);
      out.flags[key] = value;
    }
  }
  return out;
}

/** A flag holding a whole number >= 0, or `fallback` when the flag is absent. */
export function wholeNumber<T extends number | undefined>(v: string | boolean | undefined, name: string, fallback: T): number | T {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number >= 0`);
  return n;
}

/** A `--port` flag: 0–65535, or `fallback` when the flag is absent. */
export function portFlag(v: string | boolean | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--port must be a number from 0 to 65535');
  return n;
}
