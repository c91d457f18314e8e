/**
 * Context series (data/context/, docs/data-format.md): leaders, elections, opinion polls and
 * North Korean missile launches and nuclear tests per month. Every row names its source, like
 * every other record; the monthly test series has one documented source for the whole series
 * (data/context/nk-tests-sources.md) and a note per month. Fields are declared in the files'
 * column order, which `columnsOf` reads.
 */
import { z } from 'zod';
import { requireTitleOrUrl, sourceColumns } from './source.js';
import { blankAsNull, Confidence, columnsOf, IsoDate } from './vocabulary.js';

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
