/**
 * The security-cooperation instruments of the triad (docs/codebook.md §4) and their dated
 * histories (§4.1): the closed list of ids, the states an instrument passes through, and the
 * rules that read a history — whether an instrument existed on a date, and which of an
 * episode's instruments were at stake at its start. A CSV row of data/instruments.csv is one
 * dated state of one instrument.
 */
import { z } from 'zod';
import { datedSourceColumns, requireTitleOrUrl } from './source.js';
import { blankAsNull, Confidence, columnsOf, DatePrecision, IsoDate } from './vocabulary.js';

export const Instrument = z.enum([
  'gsomia',
  'tisa',
  'trilateral-exercises',
  'missile-warning-data-sharing',
  'tcog',
  'trilateral-summit',
  'trilateral-ministerial',
  'camp-david-commitments',
  'defence-exchanges',
  'base-access-korea-contingency',
  'security-linked-aid',
  'kedo',
  'six-party-coordination',
  'other-security',
]);
export type Instrument = z.infer<typeof Instrument>;

/** Instruments that are recurring activities: their history is occurrences, held or cancelled. */
export const RECURRING: ReadonlySet<Instrument> = new Set([
  'trilateral-exercises',
  'trilateral-summit',
  'trilateral-ministerial',
  'defence-exchanges',
]);

export const InstrumentState = z.enum([
  'proposed',
  'negotiating',
  'signed',
  'in-force',
  'renewal-due',
  'renewed',
  'termination-notified',
  'suspended',
  'lapsed',
  'terminated',
  'normalised',
  'held',
  'cancelled',
]);
export type InstrumentState = z.infer<typeof InstrumentState>;

/** States that bring an agreement or institution into being, or confirm it (§4.1). */
const CREATING: ReadonlySet<InstrumentState> = new Set([
  'signed',
  'in-force',
  'renewal-due',
  'renewed',
  'normalised',
]);

/** States that end an instrument (§4.1). */
const ENDING: ReadonlySet<InstrumentState> = new Set(['lapsed', 'terminated']);

/** States that threaten an instrument (the events freeze alerts forecast, §4.1). */
export const THREATENING: ReadonlySet<InstrumentState> = new Set([
  'termination-notified',
  'suspended',
  'lapsed',
  'terminated',
  'cancelled',
]);

export const InstrumentEvent = z
  .strictObject({
    instrument: Instrument,
    date: IsoDate,
    datePrecision: DatePrecision,
    state: InstrumentState,
    summary: z.string().trim().min(1, 'must not be empty'),
    ...datedSourceColumns,
    confidence: Confidence,
    notes: blankAsNull(z.string()),
  })
  .superRefine((row, ctx) => {
    requireTitleOrUrl(row, ctx);
    const recurring = RECURRING.has(row.instrument);
    const occurrence = row.state === 'held' || row.state === 'cancelled';
    if (recurring !== occurrence && !['proposed', 'lapsed', 'terminated'].includes(row.state)) {
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: recurring
          ? `${row.instrument} is a recurring activity: its states are held, cancelled, proposed, lapsed or terminated (codebook §4.1)`
          : `${row.state} is for recurring activities; ${row.instrument} is an agreement or institution (codebook §4.1)`,
      });
    }
    if (row.datePrecision !== 'day' && !row.date.endsWith('-01')) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `a date known only to the ${row.datePrecision} is written as its first day`,
      });
    }
  });
export type InstrumentEvent = z.infer<typeof InstrumentEvent>;
export const INSTRUMENT_COLUMNS = columnsOf(InstrumentEvent);

/**
 * Whether `instrument` existed before `date` (codebook §4.1), by its states dated before that
 * day: an agreement or institution once signed or in force exists until a later `lapsed` or
 * `terminated` (a notice or suspension does not end it; proposals for follow-on mechanisms
 * do not undo it); a recurring activity exists from its first occurrence `held`, until a
 * later `lapsed` or `terminated`.
 */
export function existedOn(
  instrument: Instrument,
  history: readonly Pick<InstrumentEvent, 'date' | 'state'>[],
  date: string,
): boolean {
  const before = history.filter((event) => event.date < date);
  const starts = RECURRING.has(instrument)
    ? (state: InstrumentState) => state === 'held'
    : (state: InstrumentState) => CREATING.has(state);
  const first = before.findIndex((event) => starts(event.state));
  if (first < 0) return false;
  const lastStart = before.findLastIndex((event) => starts(event.state));
  return !before.slice(lastStart).some((event) => ENDING.has(event.state));
}

/**
 * The instruments of `listed` that existed before `start` (codebook §4.1, "at stake at the
 * start"): those created during the episode, its first day included, are left out.
 */
export function instrumentsAtStart(
  listed: readonly Instrument[],
  start: string,
  histories: ReadonlyMap<Instrument, readonly Pick<InstrumentEvent, 'date' | 'state'>[]>,
): Instrument[] {
  return listed.filter((instrument) =>
    existedOn(instrument, histories.get(instrument) ?? [], start),
  );
}
