/**
 * What `fineline ingest FILE|DIR|GLOB…` means by its arguments: a file is itself; a
 * directory is the event-data files directly in it (by extension, sorted by name); a pattern
 * with `*`, `?` or `[…]` in its last path component is the matching files of its directory
 * (for shells that did not expand it). Symbolic links are followed. A name that matches
 * nothing, and a directory with no event files, is kept as given, so that ingestion reports
 * it by name instead of silently ingesting nothing.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Extensions of event-data files: GDELT `.CSV`/`.csv`, `.zip`, ICEWS `.tab`, `.tsv`, `.txt`. */
const EVENT_FILE = /\.(csv|tsv|tab|txt|zip)$/i;
const WILDCARD = /[*?[]/;

/**
 * A file to ingest. `named`: the user named it; false for files found in a directory or by a
 * pattern, which are skipped with a note, not failed, when they turn out not to be event data
 * (the lookup tables and codebooks that sit beside event files).
 */
export interface InputFile {
  path: string;
  named: boolean;
}

export function expandInputs(inputs: readonly string[], cwd: string): InputFile[] {
  return inputs.flatMap((input): InputFile[] => {
    const path = resolve(cwd, input);
    if (WILDCARD.test(basename(input))) return matching(path);
    if (isDirectory(path)) {
      const found = list(path).filter((name) => EVENT_FILE.test(name));
      // A directory with no event files is kept as given, and fails by name (source.ts).
      if (found.length === 0) return [{ path, named: true }];
      return found.map((name) => ({ path: join(path, name), named: false }));
    }
    return [{ path, named: true }];
  });
}

function matching(pattern: string): InputFile[] {
  const dir = dirname(pattern);
  const regex = globToRegExp(basename(pattern));
  const found = isDirectory(dir) ? list(dir).filter((name) => regex.test(name)) : [];
  return found.length === 0
    ? [{ path: pattern, named: true }]
    : found.map((name) => ({ path: join(dir, name), named: false }));
}

/** `*` any run of characters, `?` one character, `[…]` a class; everything else literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        source += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The regular files in `dir` (symbolic links followed), not hidden, sorted by name. */
function list(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) =>
        !entry.name.startsWith('.') &&
        (entry.isFile() || (entry.isSymbolicLink() && isFile(join(dir, entry.name)))),
    )
    .map((entry) => entry.name)
    .sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
