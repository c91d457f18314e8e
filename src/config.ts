/**
 * Where things are. The package's own files (bundled data, built dashboard) are found from
 * this module's location, which is the same depth in src/ (tests) and dist/ (installed).
 * The database path comes from `--db`, else `FINELINE_DB`, else `.fineline/fineline.duckdb`
 * under the current directory.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export const DEFAULT_DB = '.fineline/fineline.duckdb';

export interface Paths {
  packageRoot: string;
  dataDir: string;
  webDir: string;
}

export const PATHS: Paths = {
  packageRoot,
  dataDir: resolve(packageRoot, 'data'),
  webDir: resolve(packageRoot, 'dist', 'web'),
};

export function databasePath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): string {
  const chosen = flag ?? env.FINELINE_DB ?? DEFAULT_DB;
  return resolve(cwd, chosen);
}

export const VERSION: string = (
  JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version;
