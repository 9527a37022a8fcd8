/**
 * Files under a directory, recursively, in sorted order, one directory listing in memory at a time (a folder of
 * millions of articles streams). Hidden entries are skipped, and only files with an article extension are read, so
 * a README or an image next to the articles is not ingested. Symbolic links to directories already seen are skipped.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions read when walking a directory (a file named explicitly is read whatever its extension). */
export const ARTICLE_EXTENSIONS = new Set([
  '.txt', '.text', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom', '.jsonl', '.ndjson', '.json',
]);

export async function* walkDirectory(dir: string, seen = new Set<string>()): AsyncGenerator<string> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries: Array<{ name: string; kind: 'dir' | 'file' | 'link' | 'other' }> = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    entries.push({ name: e.name, kind: e.isDirectory() ? 'dir' : e.isFile() ? 'file' : e.isSymbolicLink() ? 'link' : 'other' });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, kind } of entries) {
    const path = join(dir, name);
    const resolved = kind === 'link' ? await linkKind(path) : kind;
    if (resolved === 'dir') yield* walkDirectory(path, seen);
    else if (resolved === 'file' && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) yield path;
  }
}

async function linkKind(path: string): Promise<'dir' | 'file' | 'other'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'other'; // a broken link: nothing to read
  }
}
