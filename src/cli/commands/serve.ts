/**
 * `sitrep serve [--port 8080] [--host 127.0.0.1] [--db PATH|URL] [--quiet]`: the HTTP API and web app over a store.
 * SITREP_TOKEN is the bearer token (required to ingest over HTTP, and for everything when bound beyond loopback);
 * SITREP_TILE_URL adds an online tile layer to the map. Runs until interrupted.
 */
import { createServer } from '../../server/index.js';
import type { Store } from '../../store/index.js';
import { portFlag } from '../args.js';
import { runCommand } from '../command.js';
import { EXIT } from '../main.js';
import { displayLocation, storeLocation, withStore } from '../store-option.js';

const SPEC = { port: 'string', host: 'string', db: 'string', quiet: 'boolean' } as const;
const HELP = 'usage: sitrep serve [--port 8080] [--host 127.0.0.1] [--db PATH|postgres://URL] [--quiet]';

export interface ServeOptions {
  host: string;
  port: number;
  quiet?: boolean;
}

/** Serves an open store until SIGINT/SIGTERM; resolves when the server has closed. Used by `serve` and `demo`. */
export async function serveStore(store: Store, opts: ServeOptions, announce: (url: string) => void): Promise<void> {
  const log = opts.quiet ? () => {} : (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const server = await createServer({ store, host: opts.host, port: opts.port, log });
  const url = await server.listen();
  announce(url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function run(argv: string[]): Promise<number> {
  return runCommand('serve', HELP, SPEC, argv, async ({ flags }) => {
    const port = portFlag(flags.port, 8080);
    const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
    const location = displayLocation(storeLocation(flags));
    return withStore(flags, (store) => serveUntilStopped(store, { host, port, quiet: !!flags.quiet }, location));
  });
}

/** Serves the store; a server that cannot start is reported, as a usage error when its settings are refused. */
async function serveUntilStopped(store: Store, opts: ServeOptions, location: string): Promise<number> {
  try {
    await serveStore(store, opts, (url) => process.stdout.write(`sitrep: serving ${location} at ${url}/\n`));
    return EXIT.ok;
  } catch (err) {
    const msg = (err as Error).message.replace(/^sitrep: /, '');
    process.stderr.write(`sitrep serve: ${msg}\n`);
    return /refusing|tile URL/.test(msg) ? EXIT.usage : EXIT.someFailed;
  }
}
