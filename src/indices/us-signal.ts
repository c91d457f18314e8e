/**
 * The US-involvement signal: per period, what the patron (the USA in Fineline's triad) did
 * towards each of the two allies, by kind — appeals, consultations, mediation and
 * negotiation, pressure — and the days of apparent trilateral meetings, beside the allies'
 * tension from the relations index. It is raw material for the ordinal involvement scale of
 * the codebook, not that scale: counts of coded events, with the kinds' CAMEO codes below.
 *
 * Kinds overlap on purpose (046 "engage in negotiation" is a consultation and a negotiation;
 * 105 "demand mediation" is pressure and a mediation code): each is its own count and they do
 * not add up to `events`.
 */
import { UsageError } from '../errors.js';
import type { Database } from '../store/database.js';
import { readIndexActors } from './actors.js';
import { eventsFrom } from './coverage.js';
import type { IndexDefinition } from './definition.js';
import { computeIndex, type IndexResult } from './relations.js';
import { type SignalKind, type SignalPlan, signalSql } from './sql.js';

/**
 * Mediation and negotiation codes (docs/indices.md): 028 appeal to
 * accept mediation, 038 intent to accept mediation, 039 intent to mediate, 045 mediate,
 * 046 engage in negotiation, 105 demand mediation, 126 reject mediation, 135 threaten to halt
 * mediation, 165 halt mediation, and the meet/negotiate variants 036, 108, 125, 134, 164.
 * Matched exactly: sub-codes (1051–1056) are other demands.
 */
export const MEDIATION_CODES = [
  '028',
  '038',
  '039',
  '045',
  '046',
  '105',
  '126',
  '135',
  '165',
  '036',
  '108',
  '125',
  '134',
  '164',
] as const;

/** The kinds of patron→ally events counted, by CAMEO root (02 appeal …) or exact code. */
export const SIGNAL_KINDS: readonly SignalKind[] = [
  { name: 'appeals', roots: ['02'] },
  { name: 'consultations', roots: ['04'] },
  { name: 'mediation', codes: MEDIATION_CODES },
  { name: 'pressure', roots: ['10', '11', '13'] },
];

/**
 * The trilateral rule: a day on which the source has a consultation (CAMEO root 04: consult,
 * phone, visit, host, meet elsewhere, mediate, negotiate) between patron and each ally and
 * one between the two allies, in either direction. docs/indices.md gives its weaknesses.
 */
export const MEETING_ROOTS = ['04'] as const;

export interface AllyActs {
  ally: string;
  /** Every patron→ally event of the period. */
  events: number;
  appeals: number;
  consultations: number;
  mediation: number;
  pressure: number;
}

export interface SignalPeriod {
  period: string;
  /** Patron→ally counts, one entry per ally in the dyad's order. */
  toAllies: AllyActs[];
  /** Days of the period that meet the trilateral rule. */
  trilateralDays: number;
  /** The allies' tension (−z of normalised net cooperation of the pair). */
  tension: number | null;
  unusual: boolean;
  /** The relation score of the pair (chronology only). */
  score: number | null;
}

export interface SignalResult {
  definition: IndexDefinition;
  patron: string;
  allies: [string, string];
  datasets: string[];
  range: { from: string; to: string };
  kinds: { name: string; roots?: readonly string[]; codes?: readonly string[] }[];
  meetingRoots: readonly string[];
  notes: string[];
  periods: SignalPeriod[];
}

/** Computes the signal for the definition's dyad (the two allies) and the database's patron. */
export async function usSignal(db: Database, definition: IndexDefinition): Promise<SignalResult> {
  const { patron } = await readIndexActors(db);
  const allies: [string, string] = [definition.dyad.source, definition.dyad.target];
  if (allies.includes(patron)) {
    throw new UsageError(
      `the US-involvement signal needs a dyad of two allies other than the patron ${patron}, such as KOR-JPN (found ${allies.join('-')})`,
    );
  }
  const index: IndexResult = await computeIndex(db, {
    ...definition,
    dyad: { ...definition.dyad, directed: false },
  });
  const plan: SignalPlan = {
    events: eventsFrom(definition.source),
    freq: definition.freq,
    kinds: SIGNAL_KINDS,
    meetingRoots: MEETING_ROOTS,
  };
  const rows = await db.query(signalSql(plan), {
    p: patron,
    a: allies[0],
    b: allies[1],
    from: index.range.from,
    to: index.range.to,
  });
  const pair = new Map((index.series[0]?.periods ?? []).map((p) => [p.period, p]));
  const periods: SignalPeriod[] = [];
  for (let i = 0; i < rows.length; i += 2) {
    const [first, second] = [rows[i], rows[i + 1]];
    if (first === undefined || second === undefined) break;
    const period = String(first.period);
    const relation = pair.get(period);
    periods.push({
      period,
      toAllies: [acts(first), acts(second)],
      trilateralDays: Number(first.trilateral_days),
      tension: relation?.tension ?? null,
      unusual: relation?.unusual ?? false,
      score: relation?.score ?? null,
    });
  }
  const notes = [...index.notes];
  if (definition.source === 'chronology') {
    notes.push(
      'the curated chronology usually records a trilateral meeting as one row between two of the three, so the trilateral rule finds few of them there',
    );
  }
  if (definition.source === 'polecat') {
    notes.push('POLECAT events without a CAMEO code count in `events` but in no kind');
  }
  return {
    definition: index.definition,
    patron,
    allies,
    datasets: index.datasets,
    range: index.range,
    kinds: SIGNAL_KINDS.map((k) => ({ ...k })),
    meetingRoots: MEETING_ROOTS,
    notes,
    periods,
  };
}

function acts(row: Record<string, unknown>): AllyActs {
  return {
    ally: String(row.ally),
    events: Number(row.events),
    appeals: Number(row.appeals),
    consultations: Number(row.consultations),
    mediation: Number(row.mediation),
    pressure: Number(row.pressure),
  };
}
