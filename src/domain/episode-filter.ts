/**
 * Which episodes a user asks for. The CLI and the HTTP API both hand raw text to
 * `parseEpisodeFilter`, so both accept and reject exactly the same inputs.
 */
import { z } from 'zod';
import { Issue } from './vocabulary.js';

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter((part) => part !== '')
        : value,
    z.array(item).min(1, 'must name at least one value'),
  );

/** Whole numbers given as text become numbers; anything else is checked as given. */
const wholeText = (value: unknown) =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

const year = z.preprocess(
  wholeText,
  z
    .number({ error: 'expected a year such as 1998' })
    .int('expected a whole year')
    .min(1900, 'expected a year from 1900')
    .max(2100, 'expected a year up to 2100'),
);

const level = z.preprocess(
  wholeText,
  z
    .number({ error: 'expected a level from 0 to 4' })
    .int('expected a level from 0 to 4')
    .min(0, 'expected a level from 0 to 4')
    .max(4, 'expected a level from 0 to 4'),
);

export const EpisodeFilter = z
  .strictObject({
    /** Primary issue types, comma-separated. */
    issue: list(Issue).optional(),
    /** Episodes active in or after this year (inclusive). */
    from: year.optional(),
    /** Episodes active in or before this year (inclusive). */
    to: year.optional(),
    /** US involvement levels, comma-separated. */
    level: list(level).optional(),
    /** Minimum US involvement level. */
    minLevel: level.optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    message: '"from" must not be after "to"',
    path: ['from'],
  });
export type EpisodeFilter = z.infer<typeof EpisodeFilter>;

/** Raw text parameters, as a query string or CLI flags give them. */
export type RawFilter = Record<string, string | undefined>;

export function parseEpisodeFilter(raw: RawFilter): z.ZodSafeParseResult<EpisodeFilter> {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  return EpisodeFilter.safeParse(present, { reportInput: true });
}
