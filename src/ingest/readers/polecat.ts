/**
 * POLECAT (the PLOVER-coded successor of ICEWS, Harvard Dataverse doi:10.7910/DVN/AJGVIT):
 * 40 tab-separated columns with a header row.
 *
 * No POLECAT file was available to us: this reader follows the documented layout (the column
 * list below, see docs/ingest.md for where it comes from) and is tested on fixtures the tests
 * write, not on real files. Known quirks of the published files that it tolerates: a header
 * row with extra names, lines ending in stray empty columns, and bytes that are Latin-1 rather
 * than UTF-8. Actor and recipient countries may be lists ("Japan;United States"); the event's
 * country is the first listed one in the actor set, else the first one Fineline knows.
 * POLECAT publishes no URLs, so only the (dataset, Event ID) key de-duplicates it.
 */
import { isoDay } from '../dates.js';
import { type Reader, required } from '../reader.js';

export const POLECAT_COLUMNS = [
  'Event ID',
  'Event Date',
  'Event Type',
  'Event Mode',
  'Intensity',
  'Quad Code',
  'Contexts',
  'Actor Name',
  'Actor Country',
  'Actor COW',
  'Primary Actor Sector',
  'Actor Sectors',
  'Actor Title',
  'Actor Name Raw',
  'Wikipedia Actor ID',
  'Recipient Name',
  'Recipient Country',
  'Recipient COW',
  'Primary Recipient Sector',
  'Recipient Sectors',
  'Recipient Title',
  'Recipient Name Raw',
  'Wikipedia Recipient ID',
  'Placename',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
  'GeoNames ID',
  'Raw Placename',
  'Feature Type',
  'Source',
  'Publication Date',
  'Story People',
  'Story Organizations',
  'Story Locations',
  'Language',
  'Version',
] as const;

const at = (name: (typeof POLECAT_COLUMNS)[number]) => POLECAT_COLUMNS.indexOf(name);
const column = (name: (typeof POLECAT_COLUMNS)[number]) => `c${at(name)}`;

/** Quad Code as a number 1–4, or as the name of the quad category. */
const QUAD = `CASE
    WHEN TRY_CAST(${column('Quad Code')} AS TINYINT) BETWEEN 1 AND 4 THEN TRY_CAST(${column('Quad Code')} AS TINYINT)
    ELSE CASE lower(replace(trim(${column('Quad Code')}), '_', ' '))
      WHEN 'verbal cooperation' THEN 1 WHEN 'material cooperation' THEN 2
      WHEN 'verbal conflict' THEN 3 WHEN 'material conflict' THEN 4 END
  END::TINYINT`;

const PUBLICATION = column('Publication Date');
const REPORT_DATE = `CASE
    WHEN regexp_matches(${PUBLICATION}, '^\\d{4}-\\d{2}-\\d{2}') THEN try_strptime(left(${PUBLICATION}, 10), '%Y-%m-%d')::DATE
    WHEN regexp_full_match(${PUBLICATION}, '\\d{8}') THEN try_strptime(${PUBLICATION}, '%Y%m%d')::DATE
  END`;

export const polecat: Reader = {
  dataset: 'polecat',
  label: 'POLECAT events files (40 columns)',
  widths: [POLECAT_COLUMNS.length],
  emptyTrailingColumns: true,
  isHeader: (line) => line.startsWith('Event ID\tEvent Date\tEvent Type'),
  eventDate: {
    column: at('Event Date'),
    name: 'Event Date',
    expected: 'YYYY-MM-DD',
    parse: isoDay,
  },
  countries: [at('Actor Country'), at('Recipient Country')],
  countryField: 'names',
  invalidUtf8: 'latin1',
  staged: [
    at('Event ID'),
    at('Event Type'),
    at('Event Mode'),
    at('Quad Code'),
    at('Actor Name'),
    at('Actor Country'),
    at('Recipient Name'),
    at('Recipient Country'),
    at('Publication Date'),
  ],
  checks: [required(at('Event ID'), 'Event ID'), required(at('Event Type'), 'Event Type')],
  normalise: (sql) => `SELECT
  file_index,
  line AS source_row,
  ${column('Event ID')} AS event_id,
  event_date,
  ${REPORT_DATE} AS report_date,
  ${column('Actor Name')} AS source_actor,
  ${sql.countryOfList(column('Actor Country'))} AS source_country,
  ${column('Recipient Name')} AS target_actor,
  ${sql.countryOfList(column('Recipient Country'))} AS target_country,
  NULL::VARCHAR AS cameo_code,
  NULL::VARCHAR AS cameo_root,
  ${QUAD} AS quad_class,
  NULL::DOUBLE AS goldstein,
  upper(trim(${column('Event Type')})) AS plover_type,
  lower(trim(${column('Event Mode')})) AS plover_mode,
  NULL::INTEGER AS mentions,
  NULL::INTEGER AS sources,
  NULL::INTEGER AS articles,
  NULL::DOUBLE AS tone,
  NULL::VARCHAR AS url
FROM staged`,
};
