/**
 * Context series (data/context/, docs/data-format.md): leaders, elections, opinion polls and
 * North Korean missile launches and nuclear tests per month. Every row names its source, like
 * every other record; the monthly test series has one documented source for the whole series
 * (data/context/nk-tests-sources.md) and a note per month.
 */
import { z } from 'zod';
import { Confidence, IsoDate } from './vocabulary.js';

const blank = (value: unknown) => (value === '' ? null : value);
const country = z.enum(['USA', 'KOR', 'JPN']);
const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL or empty' });

/** Source columns shared by the context files: a publisher, and a title or a URL. */
const sourced = {
  sourcePublisher: z.string().trim().min(1, 'every row needs a source publisher'),
  sourceTitle: z.preprocess(blank, z.string().nullable()),
  sourceUrl: z.preprocess(blank, url.nullable()),
  confidence: Confidence,
};

function titleOrUrl(
  row: { sourceTitle: string | null; sourceUrl: string | null },
  ctx: z.RefinementCtx,
) {
  if (row.sourceTitle === null && row.sourceUrl === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['sourceTitle'],
      message: 'a source needs a title or a URL',
    });
  }
}

export const LEADER_COLUMNS = [
  'country',
  'office',
  'name',
  'start',
  'end',
  'party',
  'sourcePublisher',
  'sourceTitle',
  'sourceUrl',
  'confidence',
] as const;
export const Leader = z
  .strictObject({
    country,
    office: z.string().min(1),
    name: z.string().min(1),
    start: IsoDate,
    end: z.preprocess(blank, IsoDate.nullable()),
    party: z.preprocess(blank, z.string().nullable()),
    ...sourced,
  })
  .superRefine((row, ctx) => {
    titleOrUrl(row, ctx);
    if (row.end !== null && row.end < row.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end ${row.end} is before start ${row.start}`,
      });
    }
  });
export type Leader = z.infer<typeof Leader>;

export const ELECTION_COLUMNS = [
  'country',
  'date',
  'type',
  'sourcePublisher',
  'sourceTitle',
  'sourceUrl',
  'confidence',
] as const;
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
    ...sourced,
  })
  .superRefine(titleOrUrl);
export type Election = z.infer<typeof Election>;

export const POLL_COLUMNS = [
  'year',
  'pollster',
  'respondents',
  'measure',
  'value',
  'sourcePublisher',
  'sourceTitle',
  'sourceDate',
  'sourceUrl',
  'confidence',
] as const;
export const Poll = z
  .strictObject({
    year: z.coerce.number().int().min(1965).max(2100),
    pollster: z.string().min(1),
    respondents: z.enum(['KOR', 'JPN']),
    measure: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'expected a kebab-case measure name'),
    value: z.coerce.number().min(0).max(100),
    sourceDate: z.preprocess(blank, IsoDate.nullable()),
    ...sourced,
  })
  .superRefine(titleOrUrl);
export type Poll = z.infer<typeof Poll>;

export const NK_TEST_COLUMNS = [
  'month',
  'missileLaunches',
  'nuclearTests',
  'confidence',
  'note',
] as const;
export const NkTestMonth = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'),
  missileLaunches: z.coerce.number().int().min(0),
  nuclearTests: z.coerce.number().int().min(0),
  confidence: Confidence,
  note: z.string(),
});
export type NkTestMonth = z.infer<typeof NkTestMonth>;

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
