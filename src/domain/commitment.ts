/**
 * US commitment to each ally (docs/codebook.md §8): US military personnel in South Korea and
 * Japan per year, each row on a stated basis, and dated commitment events, reinforcing or
 * weakening. CSV rows of data/commitment/troops.csv and data/commitment/events.csv.
 */
import { z } from 'zod';
import { datedSourceColumns, requireTitleOrUrl } from './source.js';
import { blankAsNull, Confidence, columnsOf, DatePrecision, IsoDate } from './vocabulary.js';

export const Ally = z.enum(['KOR', 'JPN']);
export type Ally = z.infer<typeof Ally>;

const yesNo = z.enum(['yes', 'no']).transform((v) => v === 'yes');

export const TroopCount = z
  .strictObject({
    year: z.coerce.number().int().min(1950).max(2100),
    ally: Ally,
    troops: z.coerce.number().int().min(0),
    /** Which count: the report's date, ashore or afloat, which lines (codebook §8). */
    basis: z.string().trim().min(1, 'say which count this is (report date, afloat, lines)'),
    /** For Japan before 1973: whether the Ryukyu Islands' line is included. */
    includesOkinawa: blankAsNull(yesNo),
    /** The row the year's series value is taken from: exactly one per year and ally. */
    primary: yesNo,
    ...datedSourceColumns,
    confidence: Confidence,
    notes: blankAsNull(z.string()),
  })
  .superRefine(requireTitleOrUrl);
export type TroopCount = z.infer<typeof TroopCount>;
export const TROOP_COLUMNS = columnsOf(TroopCount);

export const CommitmentDirection = z.enum(['reinforcing', 'weakening']);

export const CommitmentEvent = z
  .strictObject({
    date: IsoDate,
    datePrecision: DatePrecision,
    ally: z.enum(['KOR', 'JPN', 'both']),
    direction: CommitmentDirection,
    kind: z.enum([
      'doctrine',
      'troops',
      'treaty',
      'guidelines',
      'deterrence',
      'cost-sharing',
      'statement',
      'other',
    ]),
    summary: z.string().trim().min(1, 'must not be empty'),
    actor: z.string().trim().min(1, 'must not be empty'),
    branch: z.enum(['executive', 'congress', 'court', 'other']),
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
  });
export type CommitmentEvent = z.infer<typeof CommitmentEvent>;
export const COMMITMENT_COLUMNS = columnsOf(CommitmentEvent);
