/**
 * Context series (data/context/, docs/data-format.md): leaders, elections, opinion polls and
 * North Korean missile launches and nuclear tests per month. Every row names its source, like
 * every other record; the monthly test series has one documented source for the whole series
 * (data/context/nk-tests-sources.md) and a note per month. Fields are declared in the files'
 * column order, which `columnsOf` reads.
 */
import { z } from 'zod';
import { datedSourceColumns, requireTitleOrUrl, sourceColumns } from './source.js';
import { blankAsNull, Confidence, columnsOf, DatePrecision, IsoDate } from './vocabulary.js';

const country = z.enum(['USA', 'KOR', 'JPN']);

export const Leader = z
  .strictObject({
    country,
    office: z.string().min(1),
    name: z.string().min(1),
    start: IsoDate,
    end: blankAsNull(IsoDate),
    party: blankAsNull(z.string()),
    ...sourceColumns,
    confidence: Confidence,
  })
  .superRefine((row, ctx) => {
    requireTitleOrUrl(row, ctx);
    if (row.end !== null && row.end < row.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end ${row.end} is before start ${row.start}`,
      });
    }
  });
export type Leader = z.infer<typeof Leader>;
export const LEADER_COLUMNS = columnsOf(Leader);

export const Election = z
  .strictObject({
    country,
    date: IsoDate,
    type: z.enum([
      'presidential',
      'legislative',
      'house-of-representatives',
      'house-of-councillors',
      'local',
    ]),
    ...sourceColumns,
    confidence: Confidence,
  })
  .superRefine(requireTitleOrUrl);
export type Election = z.infer<typeof Election>;
export const ELECTION_COLUMNS = columnsOf(Election);

export const Poll = z
  .strictObject({
    year: z.coerce.number().int().min(1965).max(2100),
    pollster: z.string().min(1),
    respondents: z.enum(['KOR', 'JPN']),
    measure: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'expected a kebab-case measure name'),
    value: z.coerce.number().min(0).max(100),
    /** One pollster, question, population and mode (codebook §13); a change starts a new one. */
    series: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case series name'),
    /** What changed from the series before this one, on the series' first row. */
    breakNote: blankAsNull(z.string().trim()),
    sourcePublisher: sourceColumns.sourcePublisher,
    sourceTitle: sourceColumns.sourceTitle,
    sourceDate: blankAsNull(IsoDate),
    sourceUrl: sourceColumns.sourceUrl,
    confidence: Confidence,
  })
  .superRefine(requireTitleOrUrl);
export type Poll = z.infer<typeof Poll>;
export const POLL_COLUMNS = columnsOf(Poll);

export const NkTestMonth = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'),
  missileLaunches: z.coerce.number().int().min(0),
  nuclearTests: z.coerce.number().int().min(0),
  confidence: Confidence,
  note: z.string(),
});
export type NkTestMonth = z.infer<typeof NkTestMonth>;
export const NK_TEST_COLUMNS = columnsOf(NkTestMonth);

/** A North Korean provocation other than a launch or test (codebook §12). */
export const NkProvocation = z
  .strictObject({
    date: IsoDate,
    datePrecision: DatePrecision,
    kind: z.enum([
      'infiltration',
      'attack',
      'seizure',
      'assassination',
      'bombing',
      'naval-clash',
      'nuclear-crisis',
      'abduction',
      'other',
    ]),
    summary: z.string().trim().min(1, 'must not be empty'),
    /** The dead on the target side; empty when no source gives a number. */
    deaths: blankAsNull(z.coerce.number().int().min(0)),
    target: z.enum(['KOR', 'JPN', 'USA', 'other']),
    /** Codebook §12: 3 grave, 2 serious, 1 other; `severityBasis` names the anchor met. */
    severity: z.coerce.number().int().min(1).max(3),
    severityBasis: z.string().trim().min(1, 'name the §12 anchor the severity rests on'),
    ...datedSourceColumns,
    confidence: Confidence,
    notes: blankAsNull(z.string()),
  })
  .superRefine((row, ctx) => {
    requireTitleOrUrl(row, ctx);
    if (row.datePrecision !== 'day' && !row.date.endsWith('-01')) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `a date known only to the ${row.datePrecision} is written as its first day`,
      });
    }
    if (row.deaths !== null && row.deaths >= 10 && row.severity < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['severity'],
        message: `${row.deaths} dead on the target side is severity 3 (codebook §12)`,
      });
    }
    if (row.deaths !== null && row.deaths >= 1 && row.severity < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['severity'],
        message: 'any death on the target side is at least severity 2 (codebook §12)',
      });
    }
  });
export type NkProvocation = z.infer<typeof NkProvocation>;
export const NK_PROVOCATION_COLUMNS = columnsOf(NkProvocation);

/** One value of one of China's series near Japan, as published (codebook §12). */
export const ChinaSeriesValue = z
  .strictObject({
    series: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case series name'),
    /**
     * The period the value covers: a year YYYY, a month YYYY-MM, months YYYY-MM/YYYY-MM (both
     * included), or a Japanese fiscal year FYYYYY (April YYYY to March YYYY+1).
     */
    period: z
      .string()
      .regex(
        /^(\d{4}|\d{4}-(0[1-9]|1[0-2])(\/\d{4}-(0[1-9]|1[0-2]))?|FY\d{4})$/,
        'expected YYYY, YYYY-MM, YYYY-MM/YYYY-MM or FYYYYY',
      ),
    value: z.coerce.number().min(0),
    unit: z.string().trim().min(1),
    definition: z.string().trim().min(1, 'give the series definition as published'),
    ...datedSourceColumns,
    confidence: Confidence,
    notes: blankAsNull(z.string()),
  })
  .superRefine(requireTitleOrUrl);
export type ChinaSeriesValue = z.infer<typeof ChinaSeriesValue>;
export const CHINA_SERIES_COLUMNS = columnsOf(ChinaSeriesValue);

/** The months a complete monthly series covers, inclusive: ['1984-01', …, '2025-12']. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
