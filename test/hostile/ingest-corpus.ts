/**
 * The hostile ingest corpus (issue 14): event files generated from the formats' layouts
 * (test/ingest/fixtures.ts) — 20-row files with one row damaged in one way, files damaged as a
 * whole, byte forms that must still read — each with what `fineline ingest` must do: ingest,
 * with these rows quarantined for these reasons and the rest kept; or fail the file, naming
 * it, leaving the database as it was. `npx tsx scripts/hostile-corpus.ts` writes the cases,
 * with the SHA-256 of each generated file, to test/hostile/ingest.cases.json;
 * test/hostile/ingest.test.ts generates the files again, checks their hashes, and runs them.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { Dataset } from '../../src/domain/event-data.js';
import { createRandom } from '../../src/models/random.js';
import { fileText, LAYOUTS, type SampleEvent, sampleEvent } from '../ingest/fixtures.js';

export interface IngestExpectation {
  status: 'ingested' | 'already ingested' | 'failed';
  rowsRead?: number;
  kept?: number;
  duplicates?: number;
  /** Quarantined rows: line and a regular expression for the reason. */
  quarantined?: [number, string][];
  /** For a failed file: a regular expression for its error. */
  error?: string;
}

export interface IngestCase {
  id: string;
  /** The file's name (its extension matters: .zip, .CSV, .tab). */
  name: string;
  format: 'auto' | Dataset;
  /** Ingest the file twice; the expectation is for the second run. */
  twice?: boolean;
  expect: IngestExpectation;
  why: string;
}

export interface GeneratedCase extends IngestCase {
  sha256: string;
  bytes: number;
}

const ROWS = 20;
/** The damaged row: line 5. */
const BAD = 4;

const G = {
  id: 0,
  date: 1,
  actor: 6,
  code: 26,
  quad: 29,
  goldstein: 30,
  mentions: 31,
  sources: 32,
  articles: 33,
  tone: 34,
  added: 59,
} as const;

function events(offset: number, n = ROWS): SampleEvent[] {
  return Array.from({ length: n }, (_, i) =>
    sampleEvent({ id: String(offset + i), url: `https://example.org/corpus/${offset + i}` }),
  );
}

function rows(
  dataset: Dataset,
  offset: number,
  damage?: (fields: string[]) => void,
  at = [BAD],
): string[] {
  return events(offset).map((e, i) => {
    const fields = LAYOUTS[dataset].fields(e);
    if (damage !== undefined && at.includes(i)) damage(fields);
    return fields.join('\t');
  });
}

const text = (dataset: Dataset, lines: string[]) => Buffer.from(fileText(dataset, lines));

/** A zip of one file (or several), stored or deflated, with CRC-32 and sizes as given. */
function zip(entries: { name: string; data: Buffer; store?: boolean; crc?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const body = entry.store === true ? entry.data : deflateRawSync(entry.data);
    const crc = entry.crc ?? crc32(entry.data);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.store === true ? 0 : 8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.store === true ? 0 : 8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

interface Made extends IngestCase {
  make: () => Buffer;
}

/** One row quarantined: line BAD + 1, or BAD + 2 in a format with a header row. */
const quarantinedAt = (reason: string, header = false): IngestExpectation => ({
  status: 'ingested',
  rowsRead: ROWS,
  kept: ROWS - 1,
  quarantined: [[BAD + (header ? 2 : 1), reason]],
});

function fieldCase(id: string, field: number, value: string, reason: string, offset: number): Made {
  return {
    id: `gdelt2-${id}`,
    name: `${id}.export.CSV`,
    format: 'auto',
    expect: quarantinedAt(reason),
    why: `one row whose ${id.replaceAll('-', ' ')}`,
    make: () =>
      text(
        'gdelt2',
        rows('gdelt2', offset, (f) => {
          f[field] = value;
        }),
      ),
  };
}

function made(): Made[] {
  let offset = 100_000;
  const next = () => {
    offset += 1000;
    return offset;
  };
  const cases: Made[] = [
    // One damaged field in one row of a GDELT 2.0 file: the row quarantined, the file kept.
    fieldCase('date-not-a-date', G.date, '20191324', '^SQLDATE "20191324" is not a date', next()),
    fieldCase(
      'date-year-1',
      G.date,
      '00010101',
      '^SQLDATE "00010101" is outside the dates an event can have',
      next(),
    ),
    fieldCase(
      'date-year-9999',
      G.date,
      '99991231',
      'is outside the dates an event can have',
      next(),
    ),
    fieldCase(
      'date-before-1900',
      G.date,
      '18991231',
      'is outside the dates an event can have',
      next(),
    ),
    fieldCase('date-empty', G.date, '', '^SQLDATE "" is not a date', next()),
    fieldCase('date-seven-digits', G.date, '2019102', 'is not a date', next()),
    fieldCase('date-february-30', G.date, '20190230', 'is not a date', next()),
    fieldCase('quad-class-999', G.quad, '999', '^QuadClass "999" is outside 1 to 4$', next()),
    fieldCase('quad-class-0', G.quad, '0', 'is outside 1 to 4', next()),
    fieldCase('quad-class-negative', G.quad, '-1', 'is outside 1 to 4', next()),
    fieldCase('quad-class-text', G.quad, 'x', '^QuadClass "x" is not an integer$', next()),
    fieldCase('goldstein-infinite', G.goldstein, '1e999', 'is not a finite number', next()),
    fieldCase('goldstein-minus-55', G.goldstein, '-55', 'is outside -10 to 10', next()),
    fieldCase('goldstein-text', G.goldstein, 'strong', 'is not a number', next()),
    fieldCase('goldstein-nan', G.goldstein, 'NaN', 'is not a number', next()),
    fieldCase(
      'mentions-beyond-integer',
      G.mentions,
      '99999999999',
      'is outside 0 to 2147483647',
      next(),
    ),
    fieldCase('mentions-negative', G.mentions, '-3', 'is outside 0 to 2147483647', next()),
    fieldCase('sources-fraction', G.sources, '1.5', 'is not an integer', next()),
    fieldCase('articles-text', G.articles, 'many', 'is not an integer', next()),
    fieldCase('tone-250', G.tone, '250', 'is outside -100 to 100', next()),
    fieldCase('tone-minus-infinite', G.tone, '-1e309', 'is not a finite number', next()),
    fieldCase('date-added-short', G.added, '2019', 'DATEADDED "2019" is not a date', next()),
    fieldCase(
      'date-added-hour-25',
      G.added,
      '20191024250000',
      'DATEADDED .* is not a date',
      next(),
    ),
    fieldCase('id-empty', G.id, '', '^GLOBALEVENTID is empty$', next()),
    fieldCase('event-code-empty', G.code, '', '^EventCode is empty$', next()),
    fieldCase(
      'cr-inside-a-field',
      G.actor,
      'SOUTH\rKOREA',
      'a carriage return inside the row',
      next(),
    ),
    fieldCase(
      'nul-inside-a-field',
      G.actor,
      'SOUTH\u0000KOREA',
      'a NUL byte inside the row',
      next(),
    ),
  ];
  const o1 = next();
  cases.push({
    id: 'gdelt2-invalid-utf8',
    name: 'invalid-utf8.export.CSV',
    format: 'auto',
    expect: quarantinedAt('not valid UTF-8 text'),
    why: 'a Latin-1 byte in an actor name',
    make: () => {
      const lines = rows('gdelt2', o1, (f) => {
        f[G.actor] = 'S\u0001OUL';
      });
      const bytes = text('gdelt2', lines);
      bytes[bytes.indexOf(1)] = 0xc9;
      return bytes;
    },
  });
  const o2 = next();
  cases.push(
    {
      id: 'gdelt2-missing-column',
      name: 'missing-column.export.CSV',
      format: 'auto',
      expect: quarantinedAt('^60 columns; expected 61$'),
      why: 'one row a field short',
      make: () =>
        text(
          'gdelt2',
          rows('gdelt2', o2, (f) => {
            f.pop();
          }),
        ),
    },
    ...[next()].map(
      (o): Made => ({
        id: 'gdelt2-extra-column',
        name: 'extra-column.export.CSV',
        format: 'auto',
        expect: quarantinedAt('^62 columns; expected 61$'),
        why: 'one row a field long',
        make: () =>
          text(
            'gdelt2',
            rows('gdelt2', o, (f) => {
              f.push('extra');
            }),
          ),
      }),
    ),
    ...[next()].map(
      (o): Made => ({
        id: 'gdelt2-tabs-only-line',
        name: 'tabs-only.export.CSV',
        format: 'auto',
        expect: {
          status: 'ingested',
          rowsRead: ROWS + 1,
          kept: ROWS,
          quarantined: [[BAD + 1, '^3 columns; expected 61$']],
        },
        why: 'a line of tabs between rows',
        make: () => {
          const lines = rows('gdelt2', o);
          lines.splice(BAD, 0, '\t\t');
          return text('gdelt2', lines);
        },
      }),
    ),
  );
  // Byte forms that must read as the same rows.
  for (const [id, why, transform] of [
    [
      'crlf',
      'CRLF line endings',
      (b: Buffer) => Buffer.from(b.toString().replaceAll('\n', '\r\n')),
    ],
    [
      'bom',
      'a UTF-8 byte-order mark',
      (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
    ],
    [
      'blank-lines',
      'blank lines between and after rows',
      (b: Buffer) => Buffer.from(b.toString().replace('\n', '\n\n\n').concat('\n\n')),
    ],
    [
      'no-final-newline',
      'no newline after the last row',
      (b: Buffer) => b.subarray(0, b.length - 1),
    ],
  ] as const) {
    const o = next();
    cases.push({
      id: `gdelt2-${id}`,
      name: `${id}.export.CSV`,
      format: 'auto',
      expect: { status: 'ingested', rowsRead: ROWS, kept: ROWS, quarantined: [] },
      why,
      make: () => transform(text('gdelt2', rows('gdelt2', o))),
    });
  }
  const o3 = next();
  cases.push(
    {
      id: 'gdelt2-at-the-bounds',
      name: 'bounds.export.CSV',
      format: 'auto',
      expect: { status: 'ingested', rowsRead: ROWS, kept: ROWS, quarantined: [] },
      why: 'values at the edges of their domains are kept',
      make: () =>
        text(
          'gdelt2',
          rows('gdelt2', o3, (f) => {
            f[G.quad] = '4';
            f[G.goldstein] = '-10';
            f[G.tone] = '100';
            f[G.mentions] = '2147483647';
            f[G.date] = '19000101';
          }),
        ),
    },
    ...[next()].map(
      (o): Made => ({
        id: 'gdelt2-unicode-names',
        name: 'unicode.export.CSV',
        format: 'auto',
        expect: { status: 'ingested', rowsRead: ROWS, kept: ROWS, quarantined: [] },
        why: 'valid UTF-8 beyond ASCII',
        make: () =>
          text(
            'gdelt2',
            rows('gdelt2', o, (f) => {
              f[G.actor] = '서울 東京 Zürich';
            }),
          ),
      }),
    ),
    ...[next()].map(
      (o): Made => ({
        id: 'gdelt2-duplicate-row',
        name: 'duplicate.export.CSV',
        format: 'auto',
        expect: {
          status: 'ingested',
          rowsRead: ROWS + 1,
          kept: ROWS,
          duplicates: 1,
          quarantined: [],
        },
        why: 'the same row twice: the second is a duplicate, not an error',
        make: () => {
          const lines = rows('gdelt2', o);
          lines.push(lines[3] as string);
          return text('gdelt2', lines);
        },
      }),
    ),
    ...[next()].map(
      (o): Made => ({
        id: 'gdelt2-again',
        name: 'again.export.CSV',
        format: 'auto',
        twice: true,
        expect: {
          status: 'already ingested',
          rowsRead: ROWS,
          kept: 0,
          duplicates: ROWS,
          quarantined: [],
        },
        why: 'the same file ingested twice adds nothing the second time',
        make: () => text('gdelt2', rows('gdelt2', o)),
      }),
    ),
    ...[next()].map(
      (o): Made => ({
        id: 'gdelt2-half-bad',
        name: 'half-bad.export.CSV',
        format: 'auto',
        expect: {
          status: 'ingested',
          rowsRead: ROWS,
          kept: ROWS / 2,
          quarantined: Array.from({ length: ROWS / 2 }, (_, i): [number, string] => [
            2 * i + 1,
            'is not a date',
          ]),
        },
        why: 'exactly half the rows refused: still a file, its bad rows quarantined',
        make: () =>
          text(
            'gdelt2',
            rows(
              'gdelt2',
              o,
              (f) => {
                f[G.date] = 'x';
              },
              Array.from({ length: ROWS / 2 }, (_, i) => 2 * i),
            ),
          ),
      }),
    ),
  );
  // Whole files that fail, by name, leaving the database as it was.
  const fail = (
    id: string,
    name: string,
    error: string,
    why: string,
    make: () => Buffer,
    format: 'auto' | Dataset = 'auto',
  ): Made => ({
    id,
    name,
    format,
    expect: { status: 'failed', error },
    why,
    make,
  });
  const o4 = next();
  const good = () => text('gdelt2', rows('gdelt2', o4));
  cases.push(
    fail('empty', 'empty.export.CSV', 'the file is empty \\(0 bytes\\)', 'nothing at all', () =>
      Buffer.alloc(0),
    ),
    fail(
      'blank-lines-only',
      'blank.export.CSV',
      'holds no rows, only blank lines',
      'only newlines',
      () => Buffer.from('\n\n\r\n\n'),
    ),
    fail(
      'mentions-file',
      'x.mentions.CSV',
      'GDELT 2.0 mentions file',
      'another GDELT product',
      () => Buffer.from(`${Array(16).fill('x').join('\t')}\n`),
    ),
    fail(
      'unknown-width',
      'unknown.CSV',
      'cannot tell the format: the first line has 5 tab-separated columns',
      'five columns',
      () => Buffer.from('a\tb\tc\td\te\n'),
    ),
    fail(
      'shifted-first-row',
      'shifted.export.CSV',
      `${ROWS} of ${ROWS} rows could not be read as GDELT 1\\.0 .* \\(${ROWS - 1} rows, first on line 2\\): 61 columns; expected 57 or 58\\. .* pass --format gdelt2`,
      'a first row cut to 58 columns reads as GDELT 1.0 (and is refused too: its DATEADDED is gone)',
      () => {
        const lines = rows('gdelt2', next());
        lines[0] = (lines[0] as string).split('\t').slice(0, 58).join('\t');
        return text('gdelt2', lines);
      },
    ),
    fail(
      'mostly-bad-dates',
      'mostly-bad.export.CSV',
      `${ROWS / 2 + 1} of ${ROWS} rows could not be read .* commonest reason \\(${ROWS / 2 + 1} rows, first on line 1\\): SQLDATE … is not a date`,
      'more than half the rows refused',
      () =>
        text(
          'gdelt2',
          rows(
            'gdelt2',
            next(),
            (f) => {
              f[G.date] = 'x';
            },
            Array.from({ length: ROWS / 2 + 1 }, (_, i) => i),
          ),
        ),
    ),
    fail(
      'utf16le',
      'utf16le.export.CSV',
      'is UTF-16 text',
      'UTF-16 little-endian with its BOM',
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good().toString(), 'utf16le')]),
    ),
    fail(
      'utf16be',
      'utf16be.export.CSV',
      'is UTF-16 text',
      'UTF-16 big-endian with its BOM',
      () => {
        const le = Buffer.from(good().toString(), 'utf16le');
        return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
      },
    ),
    fail('long-line', 'long.export.CSV', 'a line longer than 1 MB', 'a line of 2 MB', () =>
      Buffer.from(`${'x'.repeat(2 * 1024 * 1024)}\n`),
    ),
    fail(
      'binary',
      'binary.export.CSV',
      'no line of it is UTF-8 text \\(1 line\\), so its format cannot be told',
      'random bytes',
      () => {
        const random = createRandom(7);
        return Buffer.from(
          Array.from({ length: 4096 }, () => Math.floor(random.uniform() * 256)).map((b) =>
            b === 10 ? 9 : b,
          ),
        );
      },
    ),
    fail(
      'zip-truncated',
      'truncated.export.CSV.zip',
      'not a complete zip archive',
      'a download cut short',
      () => {
        const z = zip([{ name: 'a.export.CSV', data: good() }]);
        return z.subarray(0, z.length - 30);
      },
    ),
    fail(
      'zip-bad-crc',
      'bad-crc.export.CSV.zip',
      'reads with CRC-32 [0-9a-f]{8}, but the archive records 12345678',
      'a stored entry whose checksum does not match',
      () => zip([{ name: 'a.export.CSV', data: good(), store: true, crc: 0x12345678 }]),
    ),
    fail(
      'zip-two-files',
      'two.export.CSV.zip',
      'holds 2 files; expected exactly one',
      'two entries',
      () =>
        zip([
          { name: 'a.export.CSV', data: good() },
          { name: 'b.export.CSV', data: good() },
        ]),
    ),
    fail(
      'zip-empty-entry',
      'empty-entry.export.CSV.zip',
      'inside the zip is empty',
      'an entry of 0 bytes',
      () => zip([{ name: 'a.export.CSV', data: Buffer.alloc(0), store: true }]),
    ),
    fail(
      'zip-name-not-zip',
      'not-a-zip.export.CSV.zip',
      'not a zip archive although its name ends in \\.zip',
      'a plain file named .zip',
      good,
    ),
  );
  const o8 = next();
  cases.push({
    id: 'icews-without-header',
    name: 'icews.noheader.tab',
    format: 'auto',
    expect: { status: 'ingested', rowsRead: ROWS, kept: ROWS, quarantined: [] },
    why: 'ICEWS rows without their header are told by their 20 columns',
    make: () => Buffer.from(rows('icews', o8).join('\n').concat('\n')),
  });
  // A zip that reads like its plain file.
  const o5 = next();
  cases.push({
    id: 'zip-deflated',
    name: 'deflated.export.CSV.zip',
    format: 'auto',
    expect: { status: 'ingested', rowsRead: ROWS, kept: ROWS, quarantined: [] },
    why: 'a deflated zip of a good file',
    make: () => zip([{ name: 'deflated.export.CSV', data: text('gdelt2', rows('gdelt2', o5)) }]),
  });
  // The other formats: one damaged row each, and a good file.
  const other: [Dataset, string, string, (f: string[]) => void, string][] = [
    [
      'icews',
      'bad-date',
      'events.bad-date.tab',
      (f) => {
        f[1] = '2018-13-01';
      },
      '^Event Date "2018-13-01" is not a date',
    ],
    [
      'icews',
      'intensity-infinite',
      'events.intensity.tab',
      (f) => {
        f[7] = '1e999';
      },
      '^Intensity "1e999" is not a finite number',
    ],
    [
      'icews',
      'intensity-99',
      'events.intensity99.tab',
      (f) => {
        f[7] = '99';
      },
      '^Intensity "99" is outside -10 to 10',
    ],
    [
      'icews',
      'id-empty',
      'events.noid.tab',
      (f) => {
        f[0] = '';
      },
      '^Event ID is empty',
    ],
    [
      'polecat',
      'bad-date',
      'polecat.bad-date.txt',
      (f) => {
        f[polecatDate()] = '2022-02-30';
      },
      'is not a date',
    ],
    [
      'gdelt1',
      'bad-date-added',
      'gdelt1.bad-added.CSV',
      (f) => {
        f[56] = '201910';
      },
      'DATEADDED "201910" is not a date',
    ],
  ];
  for (const [dataset, id, name, damage, reason] of other) {
    const o = next();
    cases.push({
      id: `${dataset}-${id}`,
      name,
      format: 'auto',
      expect: quarantinedAt(reason, LAYOUTS[dataset].header !== undefined),
      why: `${dataset}: ${id.replaceAll('-', ' ')}`,
      make: () => text(dataset, rows(dataset, o, damage)),
    });
  }
  for (const dataset of ['icews', 'polecat', 'gdelt1'] as const) {
    const o = next();
    cases.push({
      id: `${dataset}-good`,
      name: `${dataset}.good.${dataset === 'icews' ? 'tab' : dataset === 'polecat' ? 'txt' : 'CSV'}`,
      format: 'auto',
      expect: { status: 'ingested', rowsRead: ROWS, kept: ROWS, quarantined: [] },
      why: `a good ${dataset} file`,
      make: () => text(dataset, rows(dataset, o)),
    });
  }
  const o6 = next();
  cases.push({
    id: 'gdelt1-mixed-widths',
    name: 'gdelt1.mixed.CSV',
    format: 'auto',
    expect: { status: 'ingested', rowsRead: ROWS, kept: ROWS, quarantined: [] },
    why: 'GDELT 1.0 files mix the 57-column back-file layout with the 58-column one',
    make: () =>
      text(
        'gdelt1',
        rows(
          'gdelt1',
          o6,
          (f) => {
            f.pop();
          },
          [1, 3, 5],
        ),
      ),
  });
  const o7 = next();
  cases.push({
    id: 'forced-wrong-format',
    name: 'forced.export.CSV',
    format: 'icews',
    expect: { status: 'failed', error: 'the first row has 61 tab-separated columns, but ICEWS' },
    why: '--format naming the wrong format',
    make: () => text('gdelt2', rows('gdelt2', o7)),
  });
  return cases;
}

function polecatDate(): number {
  const header = LAYOUTS.polecat.header ?? '';
  return header.split('\t').indexOf('Event Date');
}

/** The cases with their generated files. */
export function ingestFiles(): { case: GeneratedCase; bytes: Buffer }[] {
  return made().map(({ make, ...rest }) => {
    const bytes = make();
    return {
      case: {
        ...rest,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
      },
      bytes,
    };
  });
}

export function ingestCases(): GeneratedCase[] {
  return ingestFiles().map((f) => f.case);
}
