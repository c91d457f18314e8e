/**
 * ICEWS coded event data (Harvard Dataverse, doi:10.7910/DVN/28075): 20 tab-separated
 * columns with a header row. Countries are names ("South Korea"), mapped to CAMEO codes
 * through the `actors` table's ICEWS names (a country not in that table maps to NULL).
 * Event ID alone is not unique across the yearly files, so the event id is
 * "<Event ID>|<Event Date>". Intensity is ICEWS's CAMEO intensity on the Goldstein scale,
 * stored as `goldstein`. ICEWS has no URL, report date, mentions or tone. A CAMEO code that
 * is not in the CAMEO table (ICEWS has "13y") is kept as given, without quad class or PLOVER.
 */
import { isoOrCompactDay } from '../dates.js';
import { decimal, type Reader, required } from '../reader.js';

/** The header row, as the Dataverse files spell it. */
export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

const at = (name: (typeof ICEWS_COLUMNS)[number]) => ICEWS_COLUMNS.indexOf(name);
const c = (name: (typeof ICEWS_COLUMNS)[number]) => `c${at(name)}`;

export const icews: Reader = {
  dataset: 'icews',
  label: 'ICEWS events files (20 columns)',
  widths: [20],
  emptyTrailingColumns: false,
  isHeader: (line) => line.startsWith('Event ID\tEvent Date\tSource Name'),
  eventDate: { column: 1, name: 'Event Date', expected: 'YYYY-MM-DD', parse: isoOrCompactDay },
  countries: [at('Source Country'), at('Target Country')],
  countryField: 'name',
  invalidUtf8: 'quarantine',
  staged: [
    at('Event ID'),
    at('Source Name'),
    at('Source Country'),
    at('CAMEO Code'),
    at('Intensity'),
    at('Target Name'),
    at('Target Country'),
  ],
  checks: [
    required(at('Event ID'), 'Event ID'),
    required(at('CAMEO Code'), 'CAMEO Code'),
    decimal(at('Intensity'), 'Intensity', { min: -10, max: 10 }),
  ],
  normalise: (sql) => `SELECT
  file_index,
  line AS source_row,
  ${c('Event ID')} || '|' || strftime(event_date, '%Y-%m-%d') AS event_id,
  event_date,
  NULL::DATE AS report_date,
  ${c('Source Name')} AS source_actor,
  ${sql.country(c('Source Country'))} AS source_country,
  ${c('Target Name')} AS target_actor,
  ${sql.country(c('Target Country'))} AS target_country,
  ${c('CAMEO Code')} AS cameo_code,
  left(${c('CAMEO Code')}, 2) AS cameo_root,
  NULL::TINYINT AS quad_class,
  ${c('Intensity')}::DOUBLE AS goldstein,
  NULL::VARCHAR AS plover_type,
  NULL::VARCHAR AS plover_mode,
  NULL::INTEGER AS mentions,
  NULL::INTEGER AS sources,
  NULL::INTEGER AS articles,
  NULL::DOUBLE AS tone,
  NULL::VARCHAR AS url
FROM staged`,
};
