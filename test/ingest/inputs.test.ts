import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp } from '../../src/ingest/inputs.js';
import { temporaryDir } from './fixtures.js';

describe('expandInputs(inputs, cwd)', () => {
  it('expands directories to their event files and patterns to their matches, sorted', async () => {
    const dir = await temporaryDir();
    await mkdir(join(dir, 'nested'));
    for (const name of [
      'b.export.CSV',
      'a.export.CSV.zip',
      'events.tab',
      'README.md',
      '.hidden.csv',
    ]) {
      await writeFile(join(dir, name), '');
    }
    const found = (names: string[]) => names.map((n) => ({ path: join(dir, n), named: false }));
    expect(expandInputs([dir], '/')).toEqual(
      found(['a.export.CSV.zip', 'b.export.CSV', 'events.tab']),
    );
    expect(expandInputs(['*.export.*'], dir)).toEqual(found(['a.export.CSV.zip', 'b.export.CSV']));
    expect(expandInputs([join(dir, 'events.tab')], '/')).toEqual([
      { path: join(dir, 'events.tab'), named: true },
    ]);
  });

  it('keeps a name that matches nothing, so that it is reported rather than skipped', () => {
    expect(expandInputs(['missing.CSV', 'none-*.CSV'], '/data')).toEqual([
      { path: '/data/missing.CSV', named: true },
      { path: '/data/none-*.CSV', named: true },
    ]);
  });

  it('follows symbolic links in a directory, and keeps a directory with no event files as given', async () => {
    const dir = await temporaryDir();
    const real = join(dir, 'real');
    const links = join(dir, 'links');
    const empty = join(dir, 'empty');
    await mkdir(real);
    await mkdir(links);
    await mkdir(empty);
    await writeFile(join(real, 'a.export.CSV'), 'x');
    await symlink(join(real, 'a.export.CSV'), join(links, 'a.export.CSV'));
    await symlink(join(real, 'missing.CSV'), join(links, 'dangling.CSV'));
    expect(expandInputs([links, empty], '/')).toEqual([
      { path: join(links, 'a.export.CSV'), named: false },
      { path: empty, named: true },
    ]);
  });

  it('reads * ? and [] in patterns, and everything else literally', () => {
    expect(globToRegExp('2019*.export.CSV').test('20191024143000.export.CSV')).toBe(true);
    expect(globToRegExp('2019*.export.CSV').test('20191024143000.exportXCSV')).toBe(false);
    expect(globToRegExp('file?.[ct]sv').test('file1.tsv')).toBe(true);
    expect(globToRegExp('file?.[!ct]sv').test('file1.tsv')).toBe(false);
  });
});
