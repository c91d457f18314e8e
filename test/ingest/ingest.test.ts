import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { defaultEffects, type IngestEffects, ingestFiles } from '../../src/ingest/ingest.js';
import { expandInputs } from '../../src/ingest/inputs.js';
import {
  databases,
  eventTables,
  fileText,
  REAL_FILES,
  SHARED,
  sampleEvent,
  temporaryDir,
  writeTemporary,
} from './fixtures.js';

const db = databases();

function zipped(name: string, content: Buffer, compress = true): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(content, name, { compress });
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

describe('ingestFiles(db, files) on the real files in ../shared/data/events', () => {
  it('reads every data row of each file, quarantines none, and re-ingesting adds nothing', async () => {
    const database = await db.open();
    const files = REAL_FILES.map((f) => join(SHARED, f.name));
    const first = await ingestFiles(database, files);
    const before = await eventTables(database);
    const again = await ingestFiles(database, files);
    const after = await eventTables(database);
    const volume = await database.query(
      'SELECT dataset, sum(events)::INTEGER AS n FROM event_volume GROUP BY ALL ORDER BY ALL',
    );
    // GDELT 1.0: lines 510–710 of the sample are the 57-column historical layout, no URL.
    const [layouts] = await database.query(
      `SELECT count(*) FILTER (url IS NULL)::INTEGER AS without_url,
              count(*) FILTER (source_row > 509)::INTEGER AS historical,
              min(report_date) FILTER (source_row > 509) AS added
       FROM events WHERE dataset = 'gdelt1'`,
    );
    database.close();
    expect(layouts).toEqual({
      without_url: layouts?.historical,
      historical: expect.any(Number),
      added: '2013-02-03',
    });
    expect(Number(layouts?.historical)).toBeGreaterThan(0);
    expect(first.files.map((f) => [f.format, f.rowsRead, f.quarantined, f.error])).toEqual(
      REAL_FILES.map((f) => [f.format, f.rows, 0, undefined]),
    );
    for (const report of first.files) {
      expect(report.kept + report.filtered + report.duplicates + report.quarantined).toBe(
        report.rowsRead,
      );
      expect(report.kept).toBeGreaterThan(0);
    }
    expect(again.totals.kept).toBe(0);
    expect(again.totals.rowsRead).toBe(first.totals.rowsRead);
    expect(after.events).toEqual(before.events);
    expect(after.event_volume).toEqual(before.event_volume);
    expect(after.quarantine).toEqual(before.quarantine);
    // Every row of the real files is well-formed, so the volume counts all of them.
    expect(volume).toEqual([
      { dataset: 'gdelt1', n: 710 },
      { dataset: 'gdelt2', n: 1540 + 2111 },
      { dataset: 'icews', n: 3705 },
    ]);
  });

  it('keeps exactly the rows with a triad country as source or target', async () => {
    const database = await db.open();
    const file = join(SHARED, '20191024143000.export.CSV');
    const { files } = await ingestFiles(database, [file]);
    const [outsiders] = await database.query(
      `SELECT count(*)::INTEGER AS n FROM events
       WHERE coalesce(source_country, '') NOT IN ('USA', 'KOR', 'JPN', 'PRK', 'CHN')
         AND coalesce(target_country, '') NOT IN ('USA', 'KOR', 'JPN', 'PRK', 'CHN')`,
    );
    database.close();
    const triad = ['USA', 'KOR', 'JPN', 'PRK', 'CHN'];
    const rows = (await readFile(file, 'utf8')).trimEnd().split('\n');
    const outside = rows.filter((row) => {
      const fields = row.split('\t');
      return !triad.includes(fields[7] ?? '') && !triad.includes(fields[17] ?? '');
    });
    expect(files[0]?.filtered).toBe(outside.length);
    expect(outsiders).toEqual({ n: 0 });
  });

  it('reads a zipped file like the plain one, and knows them as the same events', async () => {
    const database = await db.open();
    const name = '20180326044500.export.CSV';
    const plain = join(SHARED, name);
    const zip = await writeTemporary(`${name}.zip`, await zipped(name, await readFile(plain)));
    const fromZip = await ingestFiles(database, [zip]);
    const fromPlain = await ingestFiles(database, [plain]);
    const files = await database.query('SELECT dataset, rows_read FROM ingest_files ORDER BY path');
    database.close();
    expect(fromZip.files[0]).toMatchObject({ format: 'gdelt2', rowsRead: 1540, quarantined: 0 });
    expect(fromPlain.files[0]).toMatchObject({ rowsRead: 1540, kept: 0 });
    expect(files).toEqual([
      { dataset: 'gdelt2', rows_read: 1540 },
      { dataset: 'gdelt2', rows_read: 1540 },
    ]);
  });
});

describe('event_volume counts the same events once, whatever their byte form', () => {
  it('a zip, a CRLF copy and a copy with an extra newline of an ingested file add no volume', async () => {
    const database = await db.open();
    const name = '20180326044500.export.CSV';
    const plain = join(SHARED, name);
    const bytes = await readFile(plain);
    const volume = async () =>
      Number(
        (await database.query('SELECT sum(events)::INTEGER AS n FROM event_volume'))[0]?.n ?? 0,
      );
    await ingestFiles(database, [plain]);
    const once = await volume();
    const copies = [
      await writeTemporary(`${name}.zip`, await zipped(name, bytes)),
      await writeTemporary(`crlf-${name}`, bytes.toString('utf8').replaceAll('\n', '\r\n')),
      await writeTemporary(`newline-${name}`, Buffer.concat([bytes, Buffer.from('\n\n')])),
    ];
    const reports = await ingestFiles(database, copies);
    const twice = await volume();
    const contents = await database.query(
      'SELECT count(DISTINCT file_id)::INTEGER AS files, count(DISTINCT content_id)::INTEGER AS contents FROM ingest_files',
    );
    database.close();
    expect(once).toBe(1540);
    expect(reports.files.map((f) => [f.rowsRead, f.kept])).toEqual([
      [1540, 0],
      [1540, 0],
      [1540, 0],
    ]);
    expect(twice).toBe(once);
    expect(contents).toEqual([{ files: 4, contents: 1 }]);
  });

  it('a re-ingest from another path keeps the first path and what the file brought', async () => {
    const database = await db.open();
    const name = '20180326044500.export.CSV';
    const first = join(SHARED, name);
    const copy = await writeTemporary(name, await readFile(first));
    const once = await ingestFiles(database, [first]);
    await ingestFiles(database, [copy]);
    const rows = await database.query(
      'SELECT path, last_path, kept, kept_total::INTEGER AS kept_total, runs FROM ingest_files',
    );
    database.close();
    expect(rows).toEqual([
      { path: first, last_path: copy, kept: 0, kept_total: once.totals.kept, runs: 2 },
    ]);
  });

  it('a file with different rows is other content, and its volume is added', async () => {
    const database = await db.open();
    const name = '20180326044500.export.CSV';
    const lines = (await readFile(join(SHARED, name), 'utf8')).trimEnd().split('\n');
    const first = await writeTemporary('first.export.CSV', `${lines.slice(0, 1000).join('\n')}\n`);
    const rest = await writeTemporary('rest.export.CSV', `${lines.slice(1000).join('\n')}\n`);
    await ingestFiles(database, [first, rest]);
    const [row] = await database.query('SELECT sum(events)::INTEGER AS n FROM event_volume');
    database.close();
    expect(row).toEqual({ n: 1540 });
  });
});

describe('ingestFiles(db, files) with broken input', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      'a truncated zip',
      async () => {
        const name = '20180326044500.export.CSV';
        const zip = await zipped(name, await readFile(join(SHARED, name)));
        return writeTemporary(`${name}.zip`, zip.subarray(0, zip.length - 100));
      },
      /\.zip: not a complete zip archive \(.*\): the download may have been cut short; fetch it again$/,
    ],
    [
      'a stored zip with one byte of its data changed',
      async () => {
        const name = '20180326044500.export.CSV';
        const content = await readFile(join(SHARED, name));
        const zip = await zipped(name, content, false);
        // The entry is stored: its bytes follow the local header as they are. Change a digit.
        let at = zip.indexOf(content.subarray(0, 200)) + 150;
        while (!((zip[at] as number) >= 0x30 && (zip[at] as number) <= 0x39)) at++;
        const digit = zip[at] as number;
        zip[at] = digit === 0x39 ? 0x30 : digit + 1;
        return writeTemporary(`${name}.zip`, zip);
      },
      /\.zip: the zip archive is damaged: 20180326044500\.export\.CSV reads with CRC-32 [0-9a-f]{8}, but the archive records [0-9a-f]{8}; fetch it again$/,
    ],
    [
      'an empty file',
      async () => writeTemporary('empty.export.CSV', ''),
      /empty\.export\.CSV: the file is empty \(0 bytes\)/,
    ],
    [
      'a named pipe (FIFO), which would block a plain open',
      async () => {
        const path = join(await temporaryDir(), 'pipe.export.CSV');
        execFileSync('mkfifo', [path]);
        return path;
      },
      /pipe\.export\.CSV: not a regular file but a named pipe \(FIFO\)/,
    ],
    [
      'a directory with no event files',
      async () => {
        const dir = join(await temporaryDir(), 'nothing-here');
        await mkdir(dir);
        await writeFile(join(dir, 'README.md'), 'x');
        return expandInputs([dir], '/')[0]?.path ?? '';
      },
      /nothing-here: a directory with no event-data files in it/,
    ],
    [
      'a file that does not exist',
      async () => join(await temporaryDir(), 'missing.export.CSV'),
      /missing\.export\.CSV: cannot read the file: ENOENT/,
    ],
    [
      'a GDELT mentions file',
      async () => writeTemporary('20191024143000.mentions.CSV', `${'x\t'.repeat(15)}x\n`),
      /first line has 16 tab-separated columns; .* This looks like a GDELT 2.0 mentions file/,
    ],
  ];

  it.each(cases)(
    'reports %s by name and reason and leaves the database as it was',
    async (_, make, message) => {
      const database = await db.open();
      const good = await writeTemporary('good.export.CSV', fileText('gdelt2', [sampleEvent()]));
      await ingestFiles(database, [good]);
      const before = await eventTables(database);
      const bad = await make();
      const { files, totals } = await ingestFiles(database, [bad]);
      const after = await eventTables(database);
      database.close();
      expect(files[0]?.file).toBe(bad);
      expect(files[0]?.error).toMatch(message);
      expect(files[0]?.error?.startsWith(bad)).toBe(true);
      expect(totals).toEqual({ rowsRead: 0, kept: 0, filtered: 0, duplicates: 0, quarantined: 0 });
      expect({ ...after, ingest_files: undefined }).toEqual({ ...before, ingest_files: undefined });
    },
  );

  it('quarantines only the bad rows of a file, keeping their exact bytes', async () => {
    const database = await db.open();
    const wide = `${fileText('gdelt2', [sampleEvent({ id: '7' })]).trimEnd()}\textra`;
    const badDate = fileText('gdelt2', [sampleEvent({ id: '8' })])
      .trimEnd()
      .replace('\t20191024\t', '\t20191324\t');
    const latin = Buffer.from(
      fileText('gdelt2', [sampleEvent({ id: '9' })])
        .trimEnd()
        .replace('KORGOV', 'SEOUL'),
    );
    latin[latin.indexOf('SEOUL') + 1] = 0xc9; // a lone Latin-1 "É": not UTF-8
    const file = await writeTemporary(
      'mixed.export.CSV',
      Buffer.concat([
        Buffer.from(`${fileText('gdelt2', [sampleEvent()])}${wide}\n${badDate}\n`),
        latin,
        Buffer.from(`\n${fileText('gdelt2', [sampleEvent({ id: '10', cameo: '036' })])}`),
        // Fewer bad rows than good: a file mostly refused fails as a whole (tested below).
        Buffer.from(
          fileText('gdelt2', [
            sampleEvent({ id: '20', url: 'https://example.org/20' }),
            sampleEvent({ id: '21', url: 'https://example.org/21' }),
          ]),
        ),
      ]),
    );
    const { files } = await ingestFiles(database, [file]);
    const quarantine = await database.query(
      'SELECT line, reason, to_base64(raw) AS raw FROM quarantine ORDER BY line',
    );
    const kept = await database.query(
      'SELECT event_id, source_row FROM events ORDER BY source_row',
    );
    database.close();
    expect(files[0]).toMatchObject({ rowsRead: 7, kept: 4, quarantined: 3, duplicates: 0 });
    expect(quarantine.map((q) => [q.line, q.reason])).toEqual([
      [2, '62 columns; expected 61'],
      [3, 'SQLDATE "20191324" is not a date (expected YYYYMMDD)'],
      [4, 'not valid UTF-8 text (the raw bytes are kept)'],
    ]);
    expect(kept).toEqual([
      { event_id: '1001', source_row: 1 },
      { event_id: '10', source_row: 5 },
      { event_id: '20', source_row: 6 },
      { event_id: '21', source_row: 7 },
    ]);
    expect(Buffer.from(String(quarantine[2]?.raw), 'base64')).toEqual(latin);
    expect(Buffer.from(String(quarantine[0]?.raw), 'base64').toString()).toBe(wide);
  });

  it.each([
    [31, '99999999999', 'NumMentions "99999999999" is outside 0 to 2147483647'],
    [31, '-3', 'NumMentions "-3" is outside 0 to 2147483647'],
    [29, '999', 'QuadClass "999" is outside 1 to 4'],
    [29, '7', 'QuadClass "7" is outside 1 to 4'],
    [30, '-55', 'GoldsteinScale "-55" is outside -10 to 10'],
    [30, '1e999', 'GoldsteinScale "1e999" is not a finite number'],
    [34, '250.5', 'AvgTone "250.5" is outside -100 to 100'],
  ])(
    'quarantines a row whose column %i is %s (outside its domain), and keeps the file',
    async (column, value, reason) => {
      const database = await db.open();
      const fields = fileText('gdelt2', [sampleEvent({ id: '12' })])
        .trimEnd()
        .split('\t');
      fields[column] = value;
      const file = await writeTemporary(
        'domain.export.CSV',
        `${fileText('gdelt2', [sampleEvent()])}${fields.join('\t')}\n`,
      );
      const { files } = await ingestFiles(database, [file]);
      const quarantine = await database.query('SELECT line, reason FROM quarantine');
      database.close();
      expect(files[0]).toMatchObject({ rowsRead: 2, kept: 1, quarantined: 1 });
      expect(files[0]?.error).toBeUndefined();
      expect(quarantine).toEqual([{ line: 2, reason }]);
    },
  );

  it('quarantines a row whose fields are not numbers where numbers belong', async () => {
    const database = await db.open();
    const row = fileText('gdelt2', [sampleEvent({ id: '11' })])
      .trimEnd()
      .replace('\t1.9\t', '\tstrong\t');
    const good = fileText('gdelt2', [
      sampleEvent({ id: '30', url: 'https://example.org/30' }),
      sampleEvent({ id: '31', url: 'https://example.org/31' }),
    ]);
    const file = await writeTemporary('fields.export.CSV', `${good}${row}\n`);
    const { files } = await ingestFiles(database, [file]);
    const quarantine = await database.query('SELECT line, reason FROM quarantine');
    database.close();
    expect(files[0]).toMatchObject({ rowsRead: 3, kept: 2, quarantined: 1 });
    expect(quarantine).toEqual([{ line: 3, reason: 'GoldsteinScale "strong" is not a number' }]);
  });

  it('fails a file most of whose rows are refused, naming the format its rows fit', async () => {
    const database = await db.open();
    const real = (await readFile(join(SHARED, '20191024143000.export.CSV'), 'utf8')).split('\n');
    // A GDELT 2.0 file whose first row lost three fields reads as GDELT 1.0 (58 columns).
    const first = (real[0] ?? '').split('\t').slice(0, 58).join('\t');
    const file = await writeTemporary('shifted.export.CSV', [first, ...real.slice(1)].join('\n'));
    const before = await eventTables(database);
    const { files } = await ingestFiles(database, [file]);
    const after = await eventTables(database);
    database.close();
    expect(files[0]?.error).toMatch(
      /^.*shifted\.export\.CSV: 2110 of 2111 rows could not be read as GDELT 1\.0 events files \(57 or 58 columns\), so the file is taken as failed and nothing of it was ingested; the commonest reason \(2110 rows, first on line 2\): 61 columns; expected 57 or 58\. Rows of 61 columns are GDELT 2\.0 events files \(61 columns\): pass --format gdelt2\.$/,
    );
    expect(after).toEqual(before);
  });

  it('fails a UTF-16 file by name, saying how to convert it', async () => {
    const database = await db.open();
    const text = fileText('gdelt2', [sampleEvent(), sampleEvent({ id: '40' })]);
    const file = await writeTemporary(
      'utf16.export.CSV',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const { files } = await ingestFiles(database, [file]);
    database.close();
    expect(files[0]?.error).toMatch(
      /utf16\.export\.CSV.*is UTF-16 text .*iconv -f UTF-16 -t UTF-8/,
    );
  });
});

describe('ingestFiles(db, files) is atomic per file', () => {
  const failingAt =
    (file: string, step: string): IngestEffects['step'] =>
    (current, name) => {
      if (current === file && name === step) throw new Error(`injected failure at ${step}`);
    };

  it.each(['judged', 'events', 'quarantine', 'volume', 'files'])(
    'leaves the database as it was when the load fails after the %s step',
    async (step) => {
      const database = await db.open();
      const before = await eventTables(database);
      const file = join(SHARED, '20191024143000.export.CSV');
      const { files } = await ingestFiles(
        database,
        [file],
        {},
        {
          ...defaultEffects,
          step: failingAt(file, step),
        },
      );
      const after = await eventTables(database);
      database.close();
      expect(files[0]?.error).toBe(`${file}: injected failure at ${step}`);
      expect(after).toEqual(before);
    },
  );

  it('still ingests the other files of a batch when one of them fails', async () => {
    const database = await db.open();
    const one = join(SHARED, '20180326044500.export.CSV');
    const two = join(SHARED, '20191024143000.export.CSV');
    const { files } = await ingestFiles(
      database,
      [one, two],
      {},
      {
        ...defaultEffects,
        step: failingAt(two, 'events'),
      },
    );
    const ingested = await database.query('SELECT DISTINCT source_file FROM events');
    database.close();
    expect(files.map((f) => f.error)).toEqual([undefined, `${two}: injected failure at events`]);
    expect(ingested).toEqual([{ source_file: one }]);
  });

  it('leaves the database as it was when reading fails in the middle of a file', async () => {
    const database = await db.open();
    const before = await eventTables(database);
    const file = join(SHARED, '20191024143000.export.CSV');
    const text = await readFile(file);
    const effects: IngestEffects = {
      ...defaultEffects,
      open: async () => ({
        size: text.length,
        digest: async () => 'never',
        chunks: (async function* () {
          yield text.subarray(0, 300_000);
          throw new Error('disk read error');
        })(),
      }),
    };
    const { files } = await ingestFiles(database, [file], {}, effects);
    const after = await eventTables(database);
    database.close();
    expect(files[0]?.error).toBe(`${file}: disk read error`);
    expect(after).toEqual(before);
  });
});

describe('ingestFiles(db, files) de-duplication', () => {
  const story = { url: 'https://example.org/story', cameo: '042' };
  const a = { actor: 'KORGOV', country: 'KOR' };
  const b = { actor: 'JPNGOV', country: 'JPN' };

  it('keeps one event per id, per story and per swapped-actor pair, and counts the rest', async () => {
    const database = await db.open();
    const file = await writeTemporary(
      'dups.export.CSV',
      fileText('gdelt2', [
        sampleEvent({ id: '1', source: a, target: b, ...story }),
        sampleEvent({ id: '2', source: b, target: a, ...story }), // twin
        sampleEvent({ id: '3', source: a, target: b, ...story }), // repeat
        sampleEvent({ id: '1', source: a, target: b, cameo: '111' }), // same id
        sampleEvent({ id: '4', source: a, target: b, ...story, cameo: '036' }), // another code
        sampleEvent({ id: '5', source: a, target: b, ...story, date: '2019-10-23' }), // another day
      ]),
    );
    const { files } = await ingestFiles(database, [file]);
    const kept = await database.query('SELECT event_id FROM events ORDER BY event_id');
    const counts = await database.query(
      'SELECT duplicates, duplicate_ids, duplicate_twins, duplicate_repeats FROM ingest_files',
    );
    database.close();
    expect(files[0]).toMatchObject({ rowsRead: 6, kept: 3, duplicates: 3 });
    expect(kept).toEqual([{ event_id: '1' }, { event_id: '4' }, { event_id: '5' }]);
    expect(counts).toEqual([
      { duplicates: 3, duplicate_ids: 1, duplicate_twins: 1, duplicate_repeats: 1 },
    ]);
  });

  it('recognises a twin of an event ingested from an earlier file', async () => {
    const database = await db.open();
    const first = await writeTemporary(
      'a.export.CSV',
      fileText('gdelt2', [sampleEvent({ id: '1', source: a, target: b, ...story })]),
    );
    const second = await writeTemporary(
      'b.export.CSV',
      fileText('gdelt2', [sampleEvent({ id: '2', source: b, target: a, ...story })]),
    );
    await ingestFiles(database, [first]);
    const { files } = await ingestFiles(database, [second]);
    const [twins] = await database.query(
      `SELECT duplicate_twins FROM ingest_files WHERE path = '${second}'`,
    );
    database.close();
    expect(files[0]).toMatchObject({ kept: 0, duplicates: 1 });
    expect(twins).toEqual({ duplicate_twins: 1 });
  });

  it('keys ICEWS events on Event ID and Event Date together', async () => {
    const database = await db.open();
    const row = sampleEvent({ id: '42' });
    const file = await writeTemporary(
      'icews.tab',
      fileText('icews', [row, row, sampleEvent({ id: '42', date: '2019-10-25' })]),
    );
    const { files } = await ingestFiles(database, [file]);
    const ids = await database.query('SELECT event_id FROM events ORDER BY event_id');
    database.close();
    expect(files[0]).toMatchObject({ rowsRead: 3, kept: 2, duplicates: 1 });
    expect(ids).toEqual([{ event_id: '42|2019-10-24' }, { event_id: '42|2019-10-25' }]);
  });
});
