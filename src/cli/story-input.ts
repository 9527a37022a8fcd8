/**
 * Stories for `brief` and `export`: `--files FILE...` read as one story, or stories read from the store. A build
 * without the stories module is reported like a store that cannot be opened (exit 1); the output goes to `--out` or
 * standard output.
 */
import { writeFileSync } from 'node:fs';
import { storyFromFiles } from '../brief/load-stories.js';
import type { Store } from '../store/index.js';
import type { StoryInput } from '../reconcile/types.js';
import { publishedFlag } from './read-documents.js';
import { StoreOpenError, withStore } from './store-option.js';

type Flags = Record<string, string | boolean>;

/** The files as one story; inputs that cannot be read are printed as `sitrep NAME: …` and counted. */
export async function filesStory(name: string, files: string[], flags: Flags): Promise<{ story: StoryInput; failed: number }> {
  const r = await storyFromFiles(files, publishedFlag(flags.published));
  for (const f of r.failures) process.stderr.write(`sitrep ${name}: ${f}\n`);
  return { story: r.story, failed: r.failures.length };
}

/** `withStore`, with a missing stories module turned into a StoreOpenError. */
export async function readStories<T>(flags: Flags, fn: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await withStore(flags, fn);
  } catch (err) {
    if (err instanceof Error && /stories are not available/.test(err.message)) throw new StoreOpenError(err.message);
    throw err;
  }
}

/** Writes to `--out` or standard output; false (reported as `sitrep NAME: …`) when `--out` cannot be written. */
export function writeOutput(name: string, flags: Flags, text: string): boolean {
  if (typeof flags.out !== 'string') {
    process.stdout.write(text);
    return true;
  }
  try {
    writeFileSync(flags.out, text);
    return true;
  } catch (err) {
    process.stderr.write(`sitrep ${name}: cannot write ${flags.out}: ${(err as Error).message}\n`);
    return false;
  }
}
