/**
 * The time axis of the period charts (relations index, US signal), as plain values: the x
 * domain a series covers and tick positions that fall on period boundaries.
 *
 * Vega picks "nice" time ticks by itself, and over two days of daily data it picks hours;
 * over a monthly series it may pick weeks. Here ticks are never finer than the series'
 * frequency: days (or multiples) for daily data, Mondays for weekly, first days of months
 * or years above that, with a label format to match. Everything is UTC, as the periods are.
 */
import type { Frequency } from '../domain/event-data.js';

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function addMonths(time: number, n: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
}

/** Epoch ms of the first day after the period that starts on `start` (ISO date). */
export function periodEndTime(start: string, freq: Frequency): number {
  const time = utc(start);
  if (freq === 'month') return addMonths(time, 1);
  return time + (freq === 'week' ? 7 : 1) * DAY_MS;
}

/** A domain in epoch ms: [start of the first period, end of the last period). */
export type TimeDomain = readonly [number, number];

/**
 * The time a series covers: from the start of its first period to the end of its last.
 * Null for no periods, so that an empty series draws no chart rather than an infinite one.
 */
export function periodDomain(periods: readonly string[], freq: Frequency): TimeDomain | null {
  if (periods.length === 0) return null;
  const sorted = [...periods].sort();
  return [utc(sorted[0] as string), periodEndTime(sorted.at(-1) as string, freq)];
}

interface Step {
  unit: 'day' | 'month' | 'year';
  step: number;
  format: string;
}

const DAYS = (steps: number[]): Step[] =>
  steps.map((step) => ({ unit: 'day', step, format: '%Y-%m-%d' }));
const MONTHS: Step[] = [1, 2, 3, 6].map((step) => ({ unit: 'month', step, format: '%b %Y' }));
const YEARS: Step[] = [1, 2, 5, 10, 20, 50, 100].map((step) => ({
  unit: 'year',
  step,
  format: '%Y',
}));

/** Tick steps from finest to coarsest, none finer than a period of the frequency. */
const STEPS: Readonly<Record<Frequency, readonly Step[]>> = {
  day: [...DAYS([1, 2, 7, 14]), ...MONTHS, ...YEARS],
  week: [...DAYS([7, 14, 28]), ...MONTHS, ...YEARS],
  month: [...MONTHS, ...YEARS],
};

function ticksOf(domain: TimeDomain, { unit, step }: Step): number[] {
  const [from, to] = domain;
  const ticks: number[] = [];
  let time: number;
  if (unit === 'day') {
    // Multiples of a week start on a Monday, as weekly periods do.
    const weekday = (new Date(from).getUTCDay() + 6) % 7;
    time = step % 7 === 0 && weekday !== 0 ? from + (7 - weekday) * DAY_MS : from;
    for (; time <= to; time += step * DAY_MS) ticks.push(time);
    return ticks;
  }
  const months = unit === 'month' ? step : step * 12;
  const d = new Date(from);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const first = Math.ceil((index + (d.getUTCDate() > 1 ? 1 : 0)) / months) * months;
  for (let i = first; ; i += months) {
    time = Date.UTC(Math.floor(i / 12), i % 12, 1);
    if (time > to) break;
    ticks.push(time);
  }
  return ticks;
}

export interface TimeAxis {
  /** Tick positions, epoch ms, each on a period boundary. */
  values: number[];
  /** d3 time format of the tick labels (UTC). */
  format: string;
}

/**
 * Ticks for a domain at a frequency: the finest step with at most `maxTicks` ticks (and at
 * least one tick where the domain allows it).
 */
export function timeAxis(domain: TimeDomain, freq: Frequency, maxTicks = 10): TimeAxis {
  const steps = STEPS[freq];
  for (const step of steps) {
    const values = ticksOf(domain, step);
    if (values.length <= Math.max(1, maxTicks)) {
      if (values.length > 0) return { values, format: step.format };
      break;
    }
  }
  // Nothing in between fits: label the start of the domain at the frequency's own format.
  return { values: [domain[0]], format: (steps[0] as Step).format };
}
