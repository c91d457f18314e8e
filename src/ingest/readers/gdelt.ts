/**
 * GDELT event exports: tab-separated, no header, `.CSV` despite the name.
 *
 * - GDELT 1.0 (`gdelt1`): 57 columns in the historical back-files (1979 – 2013-03-31, no
 *   SOURCEURL) and 58 in the daily files from 2013-04-01; one file may mix both. DATEADDED is
 *   `YYYYMMDD`.
 * - GDELT 2.0 (`gdelt2`): 61 columns (an ADM2 code after each geography's ADM1 code);
 *   DATEADDED is `YYYYMMDDHHMMSS` UTC.
 *
 * Column order from GDELT's own "Column Labels Header Row" files (Sep 2016). The first 35
 * columns (GLOBALEVENTID … AvgTone) are the same in both versions. GoldsteinScale and
 * QuadClass are taken as the file gives them (they are functions of the event code).
 */
import { compactDay } from '../dates.js';
import { decimal, type FieldCheck, INT32, integer, type Reader, required } from '../reader.js';

/** 0-based columns shared by GDELT 1.0 and 2.0. */
const C = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1CountryCode: 7,
  Actor2Code: 15,
  Actor2CountryCode: 17,
  EventCode: 26,
  EventRootCode: 28,
  QuadClass: 29,
  GoldsteinScale: 30,
  NumMentions: 31,
  NumSources: 32,
  NumArticles: 33,
  AvgTone: 34,
} as const;

/** DATEADDED: a `YYYYMMDD` date, or with `HHMMSS` appended (2.0). */
function dateAdded(column: number, digits: 8 | 14): FieldCheck {
  const expected = digits === 8 ? 'YYYYMMDD' : 'YYYYMMDDHHMMSS';
  return {
    column,
    test: (bytes, from, to) => {
      const ok =
        to - from === digits &&
        compactDay(bytes, from, from + 8) !== -1 &&
        (digits === 8 || TIME.test(bytes.toString('latin1', from + 8, to)));
      if (ok) return null;
      const text = JSON.stringify(bytes.toString('utf8', from, to));
      return `DATEADDED ${text} is not a date (expected ${expected})`;
    },
  };
}

const TIME = /^([01]\d|2[0-3])[0-5]\d[0-5]\d$/;

/**
 * Domains from GDELT's codebook (V2.0, 2015): QuadClass 1–4, GoldsteinScale −10 to +10,
 * AvgTone −100 to +100, and counts of mentions, sources and articles never negative (and
 * within INTEGER, which the SQL casts them to).
 */
const COUNT = { min: 0, max: INT32.max };

function gdelt(dateAddedColumn: number, digits: 8 | 14, urlColumn: number) {
  const added = `c${dateAddedColumn}`;
  return {
    emptyTrailingColumns: false,
    isHeader: () => false,
    eventDate: { column: C.SQLDATE, name: 'SQLDATE', expected: 'YYYYMMDD', parse: compactDay },
    countries: [C.Actor1CountryCode, C.Actor2CountryCode],
    countryField: 'code',
    invalidUtf8: 'quarantine',
    staged: [...Object.values(C).filter((c) => c !== C.SQLDATE), dateAddedColumn, urlColumn],
    checks: [
      required(C.GLOBALEVENTID, 'GLOBALEVENTID'),
      required(C.EventCode, 'EventCode'),
      integer(C.QuadClass, 'QuadClass', { min: 1, max: 4 }),
      decimal(C.GoldsteinScale, 'GoldsteinScale', { min: -10, max: 10 }),
      integer(C.NumMentions, 'NumMentions', COUNT),
      integer(C.NumSources, 'NumSources', COUNT),
      integer(C.NumArticles, 'NumArticles', COUNT),
      decimal(C.AvgTone, 'AvgTone', { min: -100, max: 100 }),
      dateAdded(dateAddedColumn, digits),
    ],
    normalise: () => `SELECT
  file_index,
  line AS source_row,
  c${C.GLOBALEVENTID} AS event_id,
  event_date,
  strptime(left(${added}, 8), '%Y%m%d')::DATE AS report_date,
  c${C.Actor1Code} AS source_actor,
  c${C.Actor1CountryCode} AS source_country,
  c${C.Actor2Code} AS target_actor,
  c${C.Actor2CountryCode} AS target_country,
  c${C.EventCode} AS cameo_code,
  c${C.EventRootCode} AS cameo_root,
  c${C.QuadClass}::TINYINT AS quad_class,
  c${C.GoldsteinScale}::DOUBLE AS goldstein,
  NULL::VARCHAR AS plover_type,
  NULL::VARCHAR AS plover_mode,
  c${C.NumMentions}::INTEGER AS mentions,
  c${C.NumSources}::INTEGER AS sources,
  c${C.NumArticles}::INTEGER AS articles,
  c${C.AvgTone}::DOUBLE AS tone,
  c${urlColumn} AS url
FROM staged`,
  } as const;
}

/**
 * GDELT 1.0. DATEADDED is column 56 in both layouts; SOURCEURL (column 57) is missing from
 * 57-column lines, so their URL is NULL.
 */
export const gdelt1: Reader = {
  ...gdelt(56, 8, 57),
  dataset: 'gdelt1',
  label: 'GDELT 1.0 events files (57 or 58 columns)',
  widths: [57, 58],
};

/** GDELT 2.0: DATEADDED is column 59, SOURCEURL column 60. */
export const gdelt2: Reader = {
  ...gdelt(59, 14, 60),
  dataset: 'gdelt2',
  label: 'GDELT 2.0 events files (61 columns)',
  widths: [61],
};
