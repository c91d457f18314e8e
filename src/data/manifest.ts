/**
 * What the bundle must hold: `data/manifest.json` lists every file the build reads, with its
 * number of records (rows of a CSV file, one per YAML file). The build checks the bundle
 * against it and fails naming each difference, so that an emptied, deleted or truncated file,
 * or an episode saved under another extension, cannot pass with exit 0 (issue 14). After an
 * intended change to the data, `npm run manifest` writes it again.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataProblem } from '../errors.js';

export const MANIFEST = 'manifest.json';

/** The folders the build reads and the one extension each holds (documentation aside). */
const FOLDERS: Record<string, string> = {
  '.': '',
  episodes: '.yaml',
  chronology: '.csv',
  context: '.csv',
  commitment: '.csv',
  'us-acts': '.csv',
};

/** Files at the top of the bundle. */
const TOP = ['triad.yaml', 'actors.yaml', 'cameo.csv', 'instruments.csv'];

/** Files that document the data and are not read: Markdown, and the manifest itself. */
const isDocumentation = (name: string) => name.endsWith('.md') || name === MANIFEST;

export interface Manifest {
  about: string;
  /** Path relative to the data folder → number of records. */
  files: Record<string, number>;
}

/** The records of one bundle file: CSV rows after the header, or 1 for a YAML document. */
export function recordCount(path: string, text: string): number {
  if (!path.endsWith('.csv')) return 1;
  try {
    const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
    return Math.max(0, (rows as unknown[]).length - 1);
  } catch {
    return -1;
  }
}

/** The files the build reads in `dataDir`, and the files there it would not read. */
export function bundleFiles(dataDir: string): { read: string[]; stray: DataProblem[] } {
  const read: string[] = [];
  const stray: DataProblem[] = [];
  for (const [folder, extension] of Object.entries(FOLDERS)) {
    const dir = join(dataDir, folder);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const shown = relative(dataDir, path);
      if (isDocumentation(name) || !statSync(path).isFile()) continue;
      if (folder === '.' ? TOP.includes(name) : name.endsWith(extension)) {
        read.push(shown);
      } else if (folder !== '.') {
        stray.push({
          file: join('data', shown),
          message: `not a bundle file: the build reads only ${extension} files in data/${folder}/, so this one would be ignored (rename it, or move it out of data/)`,
        });
      }
    }
  }
  return { read, stray };
}

/** The manifest of the bundle in `dataDir` as it is now. */
export function describeBundle(dataDir: string): Manifest {
  const files: Record<string, number> = {};
  for (const path of bundleFiles(dataDir).read) {
    files[path] = recordCount(path, readFileSync(join(dataDir, path), 'utf8'));
  }
  return {
    about:
      'Every file the build reads, with its number of records (CSV rows, 1 per YAML file). Written by `npm run manifest`; `fineline build` fails when the bundle differs.',
    files,
  };
}

export function writeManifest(dataDir: string): Manifest {
  const manifest = describeBundle(dataDir);
  writeFileSync(join(dataDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The differences between the bundle as read (`counts`) and its manifest. */
export function checkManifest(dataDir: string, counts: ReadonlyMap<string, number>): DataProblem[] {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dataDir, MANIFEST), 'utf8')) as Manifest;
  } catch (error) {
    return [
      {
        file: `data/${MANIFEST}`,
        message: `cannot read the bundle's manifest (${error instanceof Error ? error.message : String(error)}): the build cannot tell whether files are missing; run \`npm run manifest\``,
      },
    ];
  }
  const problems: DataProblem[] = [...bundleFiles(dataDir).stray];
  const redo = 'if the change is intended, run `npm run manifest`';
  for (const [path, expected] of Object.entries(manifest.files ?? {})) {
    const found = counts.get(path);
    if (found === undefined) {
      problems.push({
        file: join('data', path),
        message: `missing: data/${MANIFEST} lists it with ${expected} records (${redo})`,
      });
    } else if (found !== expected) {
      problems.push({
        file: join('data', path),
        message: `holds ${found} records, but data/${MANIFEST} says ${expected}: an emptied or truncated file? (${redo})`,
      });
    }
  }
  for (const path of counts.keys()) {
    if (manifest.files?.[path] === undefined) {
      problems.push({
        file: join('data', path),
        message: `not in data/${MANIFEST}: a new file? (${redo})`,
      });
    }
  }
  return problems;
}
