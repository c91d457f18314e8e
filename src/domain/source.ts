/** A document that supports facts in the dataset: a news report, an official statement, a book. */
import { z } from 'zod';
import { blankAsNull, IsoDate } from './vocabulary.js';

/** Fields of an episode that a source can vouch for (docs/data-format.md). */
export const EpisodeField = z.enum([
  'dates',
  'description',
  'usResponse',
  'usInvolvement',
  'covariates',
  'outcome',
]);
export type EpisodeField = z.infer<typeof EpisodeField>;

const text = z.string().trim().min(1, 'must not be empty');

/** A cited document. Chronology rows may lack a title where the page shows none (then a URL). */
export const Source = z.strictObject({
  publisher: text,
  title: text.nullable(),
  date: IsoDate.nullable(),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL or null' }).nullable(),
});
export type Source = z.infer<typeof Source>;

/** A source as cited by an episode, with the fields it supports. */
export const EpisodeSource = Source.extend({
  title: text,
  supports: z.array(EpisodeField).default([]),
});
export type EpisodeSource = z.infer<typeof EpisodeSource>;

/**
 * A stable identifier for a source, so that the same document cited by several records is
 * stored once: its URL when it has one, else publisher, title and date.
 */
export function sourceKey(source: Source): string {
  return source.url ?? `${source.publisher}|${source.title}|${source.date ?? ''}`;
}

/** The source columns of a CSV record: a publisher, and a title or a URL (or both). */
export const sourceColumns = {
  sourcePublisher: z.string().trim().min(1, 'every record needs a source publisher'),
  sourceTitle: blankAsNull(z.string().trim()),
  sourceUrl: blankAsNull(
    z.url({ protocol: /^https?$/, error: 'expected an http(s) URL or empty' }),
  ),
};

/** The source columns with the document's date, in the files' order: publisher, title, date, URL. */
export const datedSourceColumns = {
  sourcePublisher: sourceColumns.sourcePublisher,
  sourceTitle: sourceColumns.sourceTitle,
  sourceDate: blankAsNull(IsoDate),
  sourceUrl: sourceColumns.sourceUrl,
};

/** Refinement for records with `sourceColumns`: a source must be findable again. */
export function requireTitleOrUrl(
  row: { sourceTitle: string | null; sourceUrl: string | null },
  ctx: z.RefinementCtx,
): void {
  if (row.sourceTitle === null && row.sourceUrl === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['sourceTitle'],
      message: 'a source needs a title or a URL (or both) to be found again',
    });
  }
}
