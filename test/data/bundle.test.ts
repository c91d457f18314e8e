import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { loadBundle } from '../../src/data/bundle.js';
import { writeManifest } from '../../src/data/manifest.js';
import { DataError } from '../../src/errors.js';
import {
  CHRONOLOGY_HEADER,
  CHRONOLOGY_ROW,
  gsomiaEpisode,
  writeBundle,
} from '../fixtures/bundle.js';

async function loadError(dir: string): Promise<DataError> {
  const error = await loadBundle(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`);
  return error;
}

describe('loadBundle(dataDir)', () => {
  it('loads the bundled data shipped with Fineline without a single problem', async () => {
    const bundle = await loadBundle(PATHS.dataDir);
    expect(bundle.episodes.length).toBeGreaterThanOrEqual(10);
    expect(bundle.triad.patron).toBe('USA');
  });

  it('loads a valid bundle with its episode and chronology', async () => {
    const bundle = await loadBundle(await writeBundle());
    expect(bundle.episodes.map((e) => e.value.id)).toEqual(['E2019-GSOMIA-TERMINATION']);
    expect(bundle.chronology.map((e) => [e.value.id, e.line])).toEqual([['C20191122-01', 2]]);
  });

  it('names file, line, record and field for an unknown enum value', async () => {
    const error = await loadError(
      await writeBundle({ episodes: [{ ...gsomiaEpisode(), outcome: 'won' }] }),
    );
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      file: 'data/episodes/E2019-GSOMIA-TERMINATION.yaml',
      record: 'E2019-GSOMIA-TERMINATION',
      field: 'outcome',
    });
    expect(error.problems[0]?.line).toBeGreaterThan(1);
    expect(error.message).toMatch(
      /data\/episodes\/E2019-GSOMIA-TERMINATION\.yaml:\d+, record E2019-GSOMIA-TERMINATION, field outcome: .*resolved/,
    );
  });

  it('names the record and field of a missing source', async () => {
    const { sources: _, ...unsourced } = gsomiaEpisode();
    const error = await loadError(await writeBundle({ episodes: [unsourced] }));
    expect(error.problems[0]).toMatchObject({
      record: 'E2019-GSOMIA-TERMINATION',
      field: 'sources',
    });
  });

  it('reports a duplicate episode id with both files', async () => {
    const dir = await writeBundle({
      rawEpisodes: { 'E2019-COPY.yaml': `${JSON.stringify(gsomiaEpisode())}\n` },
    });
    const error = await loadError(dir);
    const duplicate = error.problems.find((p) => p.message.startsWith('duplicate episode id'));
    expect(duplicate).toMatchObject({ record: 'E2019-GSOMIA-TERMINATION', field: 'id' });
    expect(duplicate?.message).toMatch(/also in data\/episodes\//);
  });

  it('names the field of an end before its start', async () => {
    const error = await loadError(
      await writeBundle({ episodes: [{ ...gsomiaEpisode(), end: '2018-01-01' }] }),
    );
    expect(error.problems[0]).toMatchObject({
      field: 'end',
      message: 'end 2018-01-01 is before start 2019-08-22',
    });
  });

  it('reports YAML syntax errors with their line', async () => {
    const dir = await writeBundle({
      rawEpisodes: { 'E2000-BROKEN.yaml': 'id: E2000-BROKEN\ntitle: [unclosed\n' },
    });
    const error = await loadError(dir);
    expect(error.problems[0]?.file).toBe('data/episodes/E2000-BROKEN.yaml');
    expect(error.problems[0]?.message).toMatch(/^YAML syntax/);
    expect(error.problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('requires the file name to be the episode id', async () => {
    const dir = await writeBundle({
      episodes: [],
      rawEpisodes: { 'wrong-name.yaml': JSON.stringify(gsomiaEpisode()) },
    });
    const error = await loadError(dir);
    expect(error.problems[0]?.message).toMatch(
      /named after the episode id: E2019-GSOMIA-TERMINATION.yaml/,
    );
  });

  it('reports chronology rows by line: bad field, wrong field count, unknown episode', async () => {
    const badCameo = CHRONOLOGY_ROW.replace(',0314,', ',3x,').replace(
      'C20191122-01',
      'C20191122-02',
    );
    const tooFew = 'C20191122-03,2019-11-22,day,KOR';
    const orphan = CHRONOLOGY_ROW.replace('E2019-GSOMIA-TERMINATION', 'E2019-NOPE').replace(
      'C20191122-01',
      'C20191122-04',
    );
    const chronology = [CHRONOLOGY_HEADER, CHRONOLOGY_ROW, badCameo, tooFew, orphan, ''].join('\n');
    const error = await loadError(await writeBundle({ chronology }));
    const byLine = error.problems.map((p) => [p.line, p.record, p.field ?? null]);
    expect(byLine).toEqual([
      [3, 'C20191122-02', 'cameo'],
      [4, 'C20191122-03', null],
      [5, 'C20191122-04', 'episode'],
    ]);
  });

  it('rejects a chronology event whose CAMEO code is not in the CAMEO table', async () => {
    const chronology = [CHRONOLOGY_HEADER, CHRONOLOGY_ROW.replace(',0314,', ',0999,'), ''].join(
      '\n',
    );
    const error = await loadError(await writeBundle({ chronology }));
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'cameo',
        message: 'unknown CAMEO event code 0999 (see data/cameo.csv)',
      }),
    ]);
  });

  it('fails a codebook consistency rule at load time, naming the rule', async () => {
    const error = await loadError(
      await writeBundle({ episodes: [{ ...gsomiaEpisode(), escalation: 0 }] }),
    );
    expect(error.problems[0]).toMatchObject({ field: 'escalation' });
    expect(error.problems[0]?.message).toMatch(/\(codebook consistency rule 7\)$/);
  });

  it('requires the North Korean test series to be complete', async () => {
    const dir = await writeBundle();
    const path = join(dir, 'context', 'nk-tests-monthly.csv');
    const lines = (await readFile(path, 'utf8')).split('\n');
    await writeFile(path, lines.filter((line) => !line.startsWith('2017-09,')).join('\n'));
    writeManifest(dir);
    const error = await loadError(dir);
    expect(error.problems[0]?.message).toMatch(
      /every month from 1984-01 to 2025-12 once, in order; missing 2017-09/,
    );
  });

  it('rejects a chronology file whose header is not the documented one', async () => {
    const error = await loadError(
      await writeBundle({ chronology: 'date,actor\n2019-01-01,KOR\n' }),
    );
    expect(error.problems[0]).toMatchObject({ file: 'data/chronology/2010s.csv', line: 1 });
    expect(error.problems[0]?.message).toMatch(/^header must be exactly: id,date,/);
  });
});
