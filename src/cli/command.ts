/**
 * The frame every command runs in: parse flags, answer `--help`, and turn the two expected failures into exit codes —
 * a usage error (exit 2, with the command's usage line) and a store that cannot be opened (exit 1). Anything else is a
 * programmer error and propagates.
 */
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import { EXIT } from './main.js';
import { StoreOpenError } from './store-error.js';

export type FlagSpec = Record<string, 'boolean' | 'string'>;

export async function runCommand(
  name: string,
  usage: string,
  spec: FlagSpec,
  argv: string[],
  body: (args: ParsedArgs) => Promise<number>,
): Promise<number> {
  try {
    const args = parseArgs(argv, { ...spec, help: 'boolean' });
    if (args.flags.help) {
      process.stdout.write(usage + '\n');
      return EXIT.ok;
    }
    return await body(args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`sitrep ${name}: ${err.message}\n${usage}\n`);
      return EXIT.usage;
    }
    if (err instanceof StoreOpenError) {
      process.stderr.write(`sitrep ${name}: ${err.message}\n`);
      return EXIT.someFailed;
    }
    throw err;
  }
}

/** Exactly one positional argument, or a usage error that says what to give. */
export function onePositional(args: ParsedArgs, what: string): string {
  if (args.positionals.length !== 1) throw new UsageError(`give exactly one ${what}`);
  return args.positionals[0];
}
