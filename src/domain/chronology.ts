/** A dated event of the chronology: who did what to whom, coded in CAMEO (docs/data-format.md). */
import { z } from 'zod';
import { Confidence, DatePrecision, IsoDate, Issue } from './vocabulary.js';

export const CHRONOLOGY_ID = /^C\d{8}-\d{2}$/;

const code = z.string().regex(/^[A-Z]{3}$/, 'expected a CAMEO country code such as KOR');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? null : value), schema.nullable());

/** A CSV row of data/chronology/*.csv, all fields text as read. */
export const ChronologyEvent = z
  .strictObject({
    id: z.string().regex(CHRONOLOGY_ID, 'expected an id like C19650622-01'),
    date: IsoDate,
    datePrecision: DatePrecision,
    actor: code,
    target: optional(code),
    cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO event code of 2–4 digits, such as 036'),
    description: z.string().trim().min(1, 'must not be empty'),
    issue: Issue,
    episode: optional(z.string()),
    sourcePublisher: z.string().trim().min(1, 'every event needs a source publisher'),
    sourceTitle: optional(z.string().trim()),
    sourceDate: optional(IsoDate),
    sourceUrl: optional(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL or empty' })),
    confidence: Confidence,
  })
  .superRefine((event, ctx) => {
    if (event.sourceTitle === null && event.sourceUrl === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceTitle'],
        message: 'a source needs a title or a URL (or both) to be found again',
      });
    }
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

export const CHRONOLOGY_COLUMNS = [
  'id',
  'date',
  'datePrecision',
  'actor',
  'target',
  'cameo',
  'description',
  'issue',
  'episode',
  'sourcePublisher',
  'sourceTitle',
  'sourceDate',
  'sourceUrl',
  'confidence',
] as const;
