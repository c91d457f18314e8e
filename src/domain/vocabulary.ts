/**
 * The closed vocabularies of the dataset, as defined in docs/codebook.md.
 * Each is a zod enum, so data files are checked against exactly these values
 * and the TypeScript types follow from them.
 */
import { z } from 'zod';

/** Issue types of a dispute (codebook: issue types). One is primary per episode. */
export const Issue = z.enum(['history', 'territory', 'trade', 'security', 'other']);
export type Issue = z.infer<typeof Issue>;

/**
 * What an episode is (codebook §2.1): a dispute between the two governments, a rapprochement
 * they pursue, or a trilateral or US-convened initiative.
 */
export const EpisodeKind = z.enum(['dispute', 'rapprochement', 'us-initiative']);
export type EpisodeKind = z.infer<typeof EpisodeKind>;

/** How an episode ended (codebook: outcome). */
export const Outcome = z.enum(['escalated', 'stalemate', 'de-escalated', 'resolved']);
export type Outcome = z.infer<typeof Outcome>;

/**
 * US involvement, ordinal 0–4 (codebook §3): 0 none or explicit neutrality; 1 public
 * statements or urging; 2 quiet diplomacy or facilitation; 3 active mediation or hosting
 * talks; 4 leverage or pressure on one or both allies.
 */
export const InvolvementLevel = z.number().int().min(0).max(4);
export type InvolvementLevel = 0 | 1 | 2 | 3 | 4;

export const INVOLVEMENT_LABELS: Readonly<Record<InvolvementLevel, string>> = {
  0: 'none / neutral',
  1: 'public statements',
  2: 'quiet diplomacy',
  3: 'active mediation',
  4: 'leverage / pressure',
};

/** A 0–3 ordinal scale (escalation, North Korean threat). */
export const Scale0to3 = z.number().int().min(0).max(3);

/** verified: checked against a cited source; unverified: from general knowledge. */
export const Confidence = z.enum(['verified', 'unverified']);
export type Confidence = z.infer<typeof Confidence>;

/** Precision of a date that may be known only to the month or year. */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** The file formats records are exported to. */
export const EXPORT_FORMATS = ['json', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An ISO calendar date, YYYY-MM-DD, that exists in the calendar. */
export const IsoDate = z.iso.date({ error: 'expected an ISO date YYYY-MM-DD' });

/** A CSV cell that may be empty: empty text reads as null, anything else must match `schema`. */
export function blankAsNull<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? null : value), schema.nullable());
}

/** The column names of a CSV record schema, in the order its fields are declared. */
export function columnsOf(schema: { shape: Record<string, unknown> }): string[] {
  return Object.keys(schema.shape);
}
