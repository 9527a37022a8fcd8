#!/usr/bin/env node
/**
 * `sitrep` command line. Each command lives in `commands/<name>.ts` and exports `run(argv): Promise<number>`
 * returning the exit code: 0 ok, 1 some inputs failed, 2 usage error.
 */
import { pathToFileURL } from 'node:url';

/** Command name -> one-line help. The module `./commands/<name>.js` implements it. */
export const COMMANDS: Record<string, string> = {
  ingest: 'ingest PATH|URL|- ...   read articles into the store',
  clean: 'clean FILE [--json]      print the cleaned document (no store)',
  docs: 'docs [--json]            list stored documents',
  show: 'show ID [--json]         show one stored document',
  extract: 'extract [FILE...] [--published DATE] [--jsonl]   print figures, actors, places, events (no store)',
  cluster: 'cluster [FILE...] [--jsonl]   print {id, story} per document (no store)',
  stories: 'stories [--json]         list stories',
  story: 'story ID [--json]        show one story',
  brief: 'brief STORY [--format md|html|json]   write the situation report of a story',
  export: 'export --format acled|ucdp|geojson|json|hxl [--story ID]',
  gazetteer: 'gazetteer import FILE   load a GeoNames dump for villages',
  serve: 'serve [--port 8080] [--host 127.0.0.1]   HTTP API and web app',
  demo: 'demo                     ingest the bundled example and show what sitrep found',
};

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export function usage(): string {
  return ['usage: sitrep <command> [options]', '', ...Object.values(COMMANDS).map((h) => `  sitrep ${h}`), '',
    'Global: --db PATH|postgres://URL (or SITREP_DB), --help', 'Exit codes: 0 ok, 1 some inputs failed, 2 usage error'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? EXIT.ok : EXIT.usage;
  }
  if (!(name in COMMANDS)) {
    process.stderr.write(`sitrep: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT.usage;
  }
  const mod = (await import(`./commands/${name}.js`)) as { run(argv: string[]): Promise<number> };
  return mod.run(rest);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`sitrep: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
