/** A dated event of the chronology: who did what to whom, coded in CAMEO (docs/data-format.md). */
import { z } from 'zod';
import { requireTitleOrUrl, sourceColumns } from './source.js';
import { blankAsNull, Confidence, columnsOf, DatePrecision, IsoDate, Issue } from './vocabulary.js';

export const CHRONOLOGY_ID = /^C\d{8}-\d{2}$/;

const code = z.string().regex(/^[A-Z]{3}$/, 'expected a CAMEO country code such as KOR');

/** A CSV row of data/chronology/*.csv, all fields text as read. */
export const ChronologyEvent = z
  .strictObject({
    id: z.string().regex(CHRONOLOGY_ID, 'expected an id like C19650622-01'),
    date: IsoDate,
    datePrecision: DatePrecision,
    actor: code,
    target: blankAsNull(code),
    cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO event code of 2–4 digits, such as 036'),
    description: z.string().trim().min(1, 'must not be empty'),
    issue: Issue,
    episode: blankAsNull(z.string()),
    sourcePublisher: sourceColumns.sourcePublisher,
    sourceTitle: sourceColumns.sourceTitle,
    sourceDate: blankAsNull(IsoDate),
    sourceUrl: sourceColumns.sourceUrl,
    confidence: Confidence,
  })
  .superRefine((event, ctx) => {
    requireTitleOrUrl(event, ctx);
    const digits = event.date.replaceAll('-', '');
    if (!event.id.startsWith(`C${digits}-`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id ${event.id} does not match its date ${event.date} (expected C${digits}-NN)`,
      });
    }
    if (event.datePrecision !== 'day' && !event.date.endsWith('-01')) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `a date known only to the ${event.datePrecision} is written as its first day`,
      });
    }
  });
export type ChronologyEvent = z.infer<typeof ChronologyEvent>;

export const CHRONOLOGY_COLUMNS = columnsOf(ChronologyEvent);
