/**
 * The committed package-lock.json must serve `npm ci` on any machine: every optional
 * dependency a locked package declares (Biome's and esbuild's per-platform binaries) needs its
 * own entry, or npm 11 rewrites the lock in a fresh clone and `npm ci` refuses it as out of
 * sync (npm/cli#8320). The lock also records the package.json it was made from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(PATHS.packageRoot, file), 'utf8')) as T;
const lock = read<{ packages: Record<string, LockEntry> }>('package-lock.json');
const manifest = read<LockEntry>('package.json');

describe('package-lock.json', () => {
  it('has an entry for every optional dependency of every locked package, for every platform', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path === '' ? '' : `${path}/`}node_modules/${name}`;
        if (!(nested in lock.packages) && !(`node_modules/${name}` in lock.packages)) {
          missing.push(`${path || '(root)'} → ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('was made from the committed package.json', () => {
    const root = lock.packages[''];
    expect(root?.dependencies).toEqual(manifest.dependencies);
    expect(root?.devDependencies).toEqual(manifest.devDependencies);
  });
});
