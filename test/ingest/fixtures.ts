/**
 * Event-data fixtures the tests write: one sample event rendered in each format's layout, so
 * the reader contract can run one specification against every reader. Also a template
 * database built once per test file and copied for each test (building is the slow part).
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../../src/domain/event-data.js';
import { ICEWS_COLUMNS } from '../../src/ingest/readers/icews.js';
import { POLECAT_COLUMNS } from '../../src/ingest/readers/polecat.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';
import { SHARED_EVENTS } from '../fixtures/shared.js';

/** The real files of ../shared/data/events (see its PROVENANCE.md), by name. */
export const SHARED = SHARED_EVENTS;
export const REAL_FILES = [
  { name: '20180326044500.export.CSV', format: 'gdelt2', rows: 1540 },
  { name: '20191024143000.export.CSV', format: 'gdelt2', rows: 2111 },
  { name: 'gdelt1_20160728_partial.export.tsv', format: 'gdelt1', rows: 710 },
  { name: 'icews_events.2018.sample.tab', format: 'icews', rows: 3705 },
] as const;

export interface SampleEvent {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  source: { actor: string; country: string };
  target: { actor: string; country: string };
  /** CAMEO code (GDELT, ICEWS) */
  cameo: string;
  /** PLOVER type and mode (POLECAT) */
  plover: [string, string];
  url: string;
}

/** South Korea visits Japan: CAMEO 042 "Make a visit" = PLOVER CONSULT, mode visit. */
export function sampleEvent(overrides: Partial<SampleEvent> = {}): SampleEvent {
  return {
    id: '1001',
    date: '2019-10-24',
    source: { actor: 'KORGOV', country: 'KOR' },
    target: { actor: 'JPNGOV', country: 'JPN' },
    cameo: '042',
    plover: ['CONSULT', 'visit'],
    url: 'https://example.org/news/1',
    ...overrides,
  };
}

const NAMES: Record<string, string> = {
  KOR: 'South Korea',
  JPN: 'Japan',
  USA: 'United States',
  PRK: 'North Korea',
  CHN: 'China',
  FRA: 'France',
  DEU: 'Germany',
};

const compact = (date: string) => date.replaceAll('-', '');

function gdeltFields(e: SampleEvent, width: 57 | 58 | 61): string[] {
  const fields = Array.from({ length: width }, () => '');
  const day = compact(e.date);
  Object.assign(fields, {
    0: e.id,
    1: day,
    2: day.slice(0, 6),
    3: day.slice(0, 4),
    4: `${day.slice(0, 4)}.8000`,
    5: e.source.actor,
    6: NAMES[e.source.country]?.toUpperCase() ?? '',
    7: e.source.country,
    15: e.target.actor,
    16: NAMES[e.target.country]?.toUpperCase() ?? '',
    17: e.target.country,
    25: '1',
    26: e.cameo,
    27: e.cameo.slice(0, 3),
    28: e.cameo.slice(0, 2),
    29: '1',
    30: '1.9',
    31: '6',
    32: '1',
    33: '6',
    34: '-1.25',
  });
  if (width === 61) {
    fields[59] = `${day}120000`;
    fields[60] = e.url;
  } else {
    fields[56] = day;
    if (width === 58) fields[57] = e.url;
  }
  return fields;
}

function icewsFields(e: SampleEvent): string[] {
  const row: Record<(typeof ICEWS_COLUMNS)[number], string> = {
    'Event ID': e.id,
    'Event Date': e.date,
    'Source Name': e.source.actor,
    'Source Sectors': 'Government',
    'Source Country': NAMES[e.source.country] ?? '',
    'Event Text': 'Make a visit',
    'CAMEO Code': e.cameo,
    Intensity: '1.9',
    'Target Name': e.target.actor,
    'Target Sectors': 'Government',
    'Target Country': NAMES[e.target.country] ?? '',
    'Story ID': '1',
    'Sentence Number': '1',
    Publisher: 'Example',
    City: 'Tokyo',
    District: 'NA',
    Province: 'Tokyo',
    Country: 'Japan',
    Latitude: '35.7',
    Longitude: '139.7',
  };
  return ICEWS_COLUMNS.map((name) => row[name]);
}

function polecatFields(e: SampleEvent): string[] {
  const row: Partial<Record<(typeof POLECAT_COLUMNS)[number], string>> = {
    'Event ID': e.id,
    'Event Date': e.date,
    'Event Type': e.plover[0],
    'Event Mode': e.plover[1],
    Intensity: '4',
    'Quad Code': 'VERBAL COOPERATION',
    Contexts: 'diplomatic',
    'Actor Name': e.source.actor,
    'Actor Country': NAMES[e.source.country] ?? '',
    'Recipient Name': e.target.actor,
    'Recipient Country': NAMES[e.target.country] ?? '',
    'Publication Date': e.date,
    Language: 'en',
    Version: '1.0',
  };
  return POLECAT_COLUMNS.map((name) => row[name] ?? '');
}

/** How each format lays out a sample event, and its header row if it has one. */
export const LAYOUTS: Record<
  Dataset,
  { header?: string; fields: (e: SampleEvent) => string[]; eventId: (e: SampleEvent) => string }
> = {
  gdelt1: { fields: (e) => gdeltFields(e, 58), eventId: (e) => e.id },
  gdelt2: { fields: (e) => gdeltFields(e, 61), eventId: (e) => e.id },
  icews: {
    header: ICEWS_COLUMNS.join('\t'),
    fields: icewsFields,
    eventId: (e) => `${e.id}|${e.date}`,
  },
  polecat: {
    header: POLECAT_COLUMNS.join('\t'),
    fields: polecatFields,
    eventId: (e) => e.id,
  },
};

/** The text of a file of these events (or raw lines) in a format, header included. */
export function fileText(dataset: Dataset, rows: readonly (SampleEvent | string)[]): string {
  const layout = LAYOUTS[dataset];
  const lines = rows.map((row) => (typeof row === 'string' ? row : layout.fields(row).join('\t')));
  return `${[...(layout.header === undefined ? [] : [layout.header]), ...lines].join('\n')}\n`;
}

export async function temporaryDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'fineline-ingest-test-'));
}

/** Writes a file into a fresh temporary directory and returns its path. */
export async function writeTemporary(name: string, content: string | Buffer): Promise<string> {
  const path = join(await temporaryDir(), name);
  await writeFile(path, content);
  return path;
}

/** A copy of a database built once from the bundled data, opened read-write. */
export function databases(): { open: () => Promise<Database & { file: string }> } {
  let template: Promise<string> | undefined;
  return {
    open: async () => {
      template ??= builtDatabase();
      const path = await temporaryDatabasePath();
      await copyFile(await template, path);
      return Object.assign(await openDatabase(path), { file: path });
    },
  };
}

/** Row counts of the event tables, for "the database is as it was" checks. */
export async function eventTables(db: Database): Promise<Record<string, unknown>> {
  const tables = ['events', 'event_volume', 'ingest_files', 'quarantine'];
  const present = new Set(
    (await db.query('SELECT table_name FROM information_schema.tables')).map((r) =>
      String(r.table_name),
    ),
  );
  const counts: Record<string, unknown> = {};
  for (const table of tables) {
    counts[table] = present.has(table)
      ? await db.query(`SELECT * FROM ${table} ORDER BY ALL`)
      : 'absent';
  }
  return counts;
}
