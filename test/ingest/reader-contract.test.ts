/**
 * One specification for every event-data reader (STYLE.md habit 11): the same sample events,
 * laid out in each format, must come out of ingestion the same way.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/domain/event-data.js';
import { READERS } from '../../src/ingest/format.js';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { NORMALISED_COLUMNS } from '../../src/ingest/reader.js';
import {
  databases,
  eventTables,
  fileText,
  LAYOUTS,
  sampleEvent,
  writeTemporary,
} from './fixtures.js';

const db = databases();
const outsider = sampleEvent({
  id: '1002',
  source: { actor: 'FRAGOV', country: 'FRA' },
  target: { actor: 'DEUGOV', country: 'DEU' },
});
const third = sampleEvent({
  id: '1003',
  date: '2019-10-23',
  target: { actor: 'USA', country: 'USA' },
});

describe.each(DATASETS)('the %s reader', (dataset) => {
  const reader = READERS[dataset];
  const layout = LAYOUTS[dataset];
  const good = () => [sampleEvent(), outsider, third];
  const lineOf = (index: number) => index + (layout.header === undefined ? 1 : 2);

  it('counts every data row, skipping a header row, and detects its format', async () => {
    const database = await db.open();
    const file = await writeTemporary(`sample.${dataset}.txt`, fileText(dataset, good()));
    const { files } = await ingestFiles(database, [file]);
    database.close();
    expect(files).toEqual([
      {
        file,
        format: dataset,
        status: 'ingested',
        rowsRead: 3,
        kept: 2,
        filtered: 1,
        duplicates: 0,
        quarantined: 0,
      },
    ]);
  });

  it('normalises a row into the events columns, countries as CAMEO codes, with PLOVER', async () => {
    const database = await db.open();
    const file = await writeTemporary('sample.txt', fileText(dataset, [sampleEvent()]));
    await ingestFiles(database, [file], { format: dataset });
    const rows = await database.query(
      `SELECT dataset, event_id, event_date, source_actor, source_country, target_actor,
        target_country, quad_class, plover_type, plover_score, source_file, source_row FROM events`,
    );
    database.close();
    expect(rows).toEqual([
      {
        dataset,
        event_id: layout.eventId(sampleEvent()),
        event_date: '2019-10-24',
        source_actor: 'KORGOV',
        source_country: 'KOR',
        target_actor: 'JPNGOV',
        target_country: 'JPN',
        quad_class: 1,
        plover_type: 'CONSULT',
        plover_score: 4,
        source_file: file,
        source_row: lineOf(0),
      },
    ]);
  });

  it('keeps rows outside the actor set only with actors "all", and counts them in event_volume', async () => {
    const database = await db.open();
    const file = await writeTemporary('sample.txt', fileText(dataset, good()));
    const narrow = await ingestFiles(database, [file], { actors: ['KOR'] });
    const volume = await database.query(
      "SELECT strftime(event_date, '%Y-%m-%d') AS day, events FROM event_volume ORDER BY day",
    );
    const all = await ingestFiles(database, [file], { actors: 'all' });
    const countries = await database.query('SELECT source_country FROM events ORDER BY source_row');
    database.close();
    expect(narrow.totals).toMatchObject({ kept: 2, filtered: 1 });
    expect(volume).toEqual([
      { day: '2019-10-23', events: 1 },
      { day: '2019-10-24', events: 2 },
    ]);
    expect(all.totals).toMatchObject({ kept: 1, filtered: 0, duplicates: 2 });
    // GDELT names countries by CAMEO code; ICEWS and POLECAT by names, which map to codes
    // only for the countries of the actors table (France is not one of them).
    expect(countries).toEqual([
      { source_country: 'KOR' },
      { source_country: dataset.startsWith('gdelt') ? 'FRA' : null },
      { source_country: 'KOR' },
    ]);
  });

  it('quarantines a row with the wrong number of columns, with its line, reason and raw bytes', async () => {
    const database = await db.open();
    const short = LAYOUTS[dataset]
      .fields(sampleEvent({ id: '2001' }))
      .slice(0, 10)
      .join('\t');
    const file = await writeTemporary(
      'sample.txt',
      fileText(dataset, [sampleEvent(), short, third]),
    );
    const { files } = await ingestFiles(database, [file]);
    const quarantined = await database.query(
      'SELECT source_file, line, reason, decode(raw) AS raw FROM quarantine',
    );
    database.close();
    expect(files[0]).toMatchObject({ rowsRead: 3, kept: 2, quarantined: 1 });
    expect(quarantined).toEqual([
      {
        source_file: file,
        line: lineOf(1),
        reason: `10 columns; expected ${reader.widths.join(' or ')}`,
        raw: short,
      },
    ]);
  });

  it('quarantines a row whose event date is not a calendar date', async () => {
    const database = await db.open();
    const fields = LAYOUTS[dataset].fields(sampleEvent({ id: '2002' }));
    fields[reader.eventDate.column] = dataset.startsWith('gdelt') ? '20190231' : '2019-02-31';
    const file = await writeTemporary(
      'sample.txt',
      fileText(dataset, [sampleEvent(), fields.join('\t')]),
    );
    const { files } = await ingestFiles(database, [file]);
    const [row] = await database.query('SELECT line, reason FROM quarantine');
    database.close();
    expect(files[0]).toMatchObject({ rowsRead: 2, kept: 1, quarantined: 1 });
    expect(row?.line).toBe(lineOf(1));
    expect(row?.reason).toMatch(
      new RegExp(`^${reader.eventDate.name} "2019-?02-?31" is not a date \\(expected `),
    );
  });

  it.each([
    ['0001-01-01', '00010101'],
    ['9999-12-31', '99991231'],
    ['1899-12-31', '18991231'],
  ])('quarantines a row dated %s, outside the dates an event can have', async (iso, compact) => {
    const database = await db.open();
    const fields = LAYOUTS[dataset].fields(sampleEvent({ id: '2004' }));
    fields[reader.eventDate.column] = dataset.startsWith('gdelt') ? compact : iso;
    const file = await writeTemporary(
      'sample.txt',
      fileText(dataset, [sampleEvent(), fields.join('\t')]),
    );
    const { files } = await ingestFiles(database, [file]);
    const [row] = await database.query('SELECT line, reason FROM quarantine');
    const [range] = await database.query(
      'SELECT min(event_date) AS first, max(event_date) AS last FROM events',
    );
    database.close();
    expect(files[0]).toMatchObject({ rowsRead: 2, kept: 1, quarantined: 1 });
    expect(row?.line).toBe(lineOf(1));
    expect(row?.reason).toMatch(
      new RegExp(
        `^${reader.eventDate.name} "${dataset.startsWith('gdelt') ? compact : iso}" is outside the dates an event can have \\(1900-01-01 to \\d{4}-\\d\\d-\\d\\d, the day after the ingest\\)$`,
      ),
    );
    expect(range?.first).toBe(range?.last);
  });

  it.each([
    [
      'a carriage return',
      '\r',
      'a carriage return inside the row: a field cannot hold a line break',
    ],
    ['a NUL byte', '\u0000', 'a NUL byte inside the row: this is not text'],
  ])(
    'quarantines a row with %s inside a field, and keeps the rest of the file',
    async (_what, byte, reason) => {
      const database = await db.open();
      const fields = LAYOUTS[dataset].fields(sampleEvent({ id: '2005' }));
      const at = reader.countries[0];
      fields[at] = `${fields[at]}${byte}x`;
      const file = await writeTemporary(
        'sample.txt',
        fileText(dataset, [sampleEvent(), fields.join('\t'), third]),
      );
      const { files } = await ingestFiles(database, [file]);
      const quarantine = await database.query('SELECT line, reason FROM quarantine');
      database.close();
      expect(files[0]).toMatchObject({ rowsRead: 3, kept: 2, quarantined: 1 });
      expect(files[0]?.error).toBeUndefined();
      expect(quarantine).toEqual([{ line: lineOf(1), reason }]);
    },
  );

  it('quarantines text that is not UTF-8, or reads it as Latin-1 where the format needs that', async () => {
    const database = await db.open();
    const latin = sampleEvent({ id: '2003', source: { actor: 'S\u00e9oul', country: 'KOR' } });
    const text = fileText(dataset, [sampleEvent(), latin]);
    const bytes = Buffer.from(text.replace('S\u00e9oul', 'S\u0000oul'), 'utf8');
    bytes[bytes.indexOf(0)] = 0xe9; // "é" in Latin-1: an invalid byte in UTF-8
    const file = await writeTemporary('sample.txt', bytes);
    const { files } = await ingestFiles(database, [file]);
    const quarantine = await database.query('SELECT line, reason, raw FROM quarantine');
    const actors = await database.query('SELECT source_actor FROM events ORDER BY source_row');
    database.close();
    if (reader.invalidUtf8 === 'latin1') {
      expect(files[0]).toMatchObject({ rowsRead: 2, kept: 2, quarantined: 0 });
      expect(actors).toEqual([{ source_actor: 'KORGOV' }, { source_actor: 'S\u00e9oul' }]);
    } else {
      expect(files[0]).toMatchObject({ rowsRead: 2, kept: 1, quarantined: 1 });
      expect(quarantine).toEqual([
        expect.objectContaining({
          line: lineOf(1),
          reason: expect.stringMatching(/not valid UTF-8/),
        }),
      ]);
    }
  });

  it('adds nothing when the same file is ingested again', async () => {
    const database = await db.open();
    const short = LAYOUTS[dataset].fields(sampleEvent()).slice(0, 5).join('\t');
    const file = await writeTemporary('sample.txt', fileText(dataset, [...good(), short]));
    await ingestFiles(database, [file]);
    const before = await eventTables(database);
    const again = await ingestFiles(database, [file]);
    const after = await eventTables(database);
    database.close();
    expect(again.totals).toEqual({
      rowsRead: 4,
      kept: 0,
      filtered: 1,
      duplicates: 2,
      quarantined: 1,
    });
    expect({ ...after, ingest_files: undefined }).toEqual({ ...before, ingest_files: undefined });
    expect((after.ingest_files as unknown[]).length).toBe(1);
  });

  it('refuses a file whose first row has another layout, and leaves the database as it was', async () => {
    const database = await db.open();
    const before = await eventTables(database);
    const file = await writeTemporary('mentions.txt', 'a\tb\tc\n1\t2\t3\n');
    const { files } = await ingestFiles(database, [file], { format: dataset });
    const after = await eventTables(database);
    database.close();
    expect(files[0]?.error).toBe(
      `${file}:1: the first row has 3 tab-separated columns, but ${reader.label} have ${reader.widths.join(' or ')}: is this the right file, or the right --format?`,
    );
    expect(after).toEqual(before);
  });

  it('stages its columns in ascending order and selects exactly the normalised columns', async () => {
    expect([...reader.staged].sort((a, b) => a - b)).toEqual([...new Set(reader.staged)]);
    const database = await db.open();
    const columns = reader.staged.map((k) => `NULL::VARCHAR AS c${k}`).join(', ');
    const described = await database.query(
      `DESCRIBE WITH staged AS (SELECT 0 AS file_index, 1::BIGINT AS line, DATE '2019-01-01' AS event_date, ${columns}) ${reader.normalise(
        { country: () => 'NULL::VARCHAR', countryOfList: () => 'NULL::VARCHAR' },
      )}`,
    );
    database.close();
    expect(described.map((c) => c.column_name)).toEqual([...NORMALISED_COLUMNS]);
  });
});
