/**
 * A dated act of the US toward the two allies' relationship (docs/codebook.md §3.2): who did
 * what, toward whom, at which level of the §3 scale, for which episode, on which source. Only
 * acts of the executive branch have a level and count; acts of Congress, courts and others are
 * recorded apart. A CSV row of data/us-acts/<decade>.csv; fields in column order.
 */
import { z } from 'zod';
import { EPISODE_ID } from './episode.js';
import { datedSourceColumns, requireTitleOrUrl } from './source.js';
import {
  blankAsNull,
  Confidence,
  columnsOf,
  DatePrecision,
  InvolvementLevel,
  IsoDate,
} from './vocabulary.js';

export const US_ACT_ID = /^A\d{8}-\d{2}$/;

export const Branch = z.enum(['executive', 'congress', 'court', 'other']);
export type Branch = z.infer<typeof Branch>;

export const ActType = z.enum([
  'statement',
  'call',
  'letter',
  'visit',
  'envoy',
  'meeting-convened',
  'meeting-hosted',
  'proposal',
  'demand',
  'linkage',
  'neutrality',
  'other',
]);
export type ActType = z.infer<typeof ActType>;

const text = z.string().trim().min(1, 'must not be empty');

export const UsAct = z
  .strictObject({
    id: z.string().regex(US_ACT_ID, 'expected an id like A20190822-01 (A, the date, a number)'),
    date: IsoDate,
    datePrecision: DatePrecision,
    actor: text,
    branch: Branch,
    target: z.enum(['KOR', 'JPN', 'both']),
    type: ActType,
    level: blankAsNull(z.coerce.number().pipe(InvolvementLevel)),
    episode: blankAsNull(z.string().regex(EPISODE_ID, 'expected an episode id')),
    summary: text,
    quote: blankAsNull(z.string().trim()),
    ...datedSourceColumns,
    confidence: Confidence,
    notes: blankAsNull(z.string()),
  })
  .superRefine((act, ctx) => {
    requireTitleOrUrl(act, ctx);
    const digits = act.date.replaceAll('-', '');
    if (!act.id.startsWith(`A${digits}-`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id ${act.id} does not match its date ${act.date} (expected A${digits}-NN)`,
      });
    }
    if (act.datePrecision !== 'day' && !act.date.endsWith('-01')) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `a date known only to the ${act.datePrecision} is written as its first day`,
      });
    }
    if (act.branch === 'executive' && act.level === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: 'an act of the executive branch needs its level, 0–4 (codebook §3.2)',
      });
    }
    if (act.branch !== 'executive' && act.level !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: `an act of ${act.branch === 'other' ? 'a non-government actor' : act.branch} never counts: leave its level empty (codebook §3.2)`,
      });
    }
    if (act.quote !== null && act.quote.split(/\s+/).length > 40) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: 'a quote is at most 40 words; summarise the rest',
      });
    }
  });
export type UsAct = z.infer<typeof UsAct>;

export const US_ACT_COLUMNS = columnsOf(UsAct);
