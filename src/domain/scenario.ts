/**
 * A scenario for `fineline predict` and `POST /api/predict`: a hypothetical ROK–Japan dispute
 * described by what can be observed at its start. Fields left out are derived from the date
 * (the context series) or defaulted, and the prediction says which and how.
 */
import { z } from 'zod';
import { issueMessage, UsageError } from '../errors.js';
import { Instrument } from './instrument.js';
import { EpisodeKind, IsoDate, Issue, Scale0to3 } from './vocabulary.js';

export const Scenario = z.strictObject({
  date: IsoDate,
  issue: Issue,
  securityCooperationAtStake: z.boolean(),
  /** The coder's 0–3 reading (codebook §7); translated into the series' scale. */
  northKoreaThreat: Scale0to3.optional(),
  /** North Korean launches and nuclear tests in the 12 months before the date, if known. */
  nkTests12m: z.number().int().min(0).optional(),
  escalation: Scale0to3.optional(),
  kind: EpisodeKind.optional(),
  instruments: z.array(Instrument).optional(),
  /** How many historical analogues to return (default 5). */
  analogues: z.number().int().min(0).max(50).optional(),
});
export type Scenario = z.infer<typeof Scenario>;

/**
 * Parses a scenario from JSON text, naming the offending field on failure, e.g.
 * `invalid scenario (stdin): field issue: invalid value "histroy": expected one of history, …`.
 */
export function parseScenario(text: string, origin: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `invalid scenario (${origin}): not JSON (${error instanceof Error ? error.message : String(error)}). Expected e.g. {"date":"2026-03-01","issue":"history","securityCooperationAtStake":false}`,
    );
  }
  return scenarioFrom(value, origin);
}

/** Validates an already-parsed scenario value (e.g. an HTTP body). */
/** At most five names, each cut to 40 characters. */
function listed(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => (k.length > 40 ? `${k.slice(0, 39)}…` : k));
  return keys.length > 5 ? `${shown.join(', ')} and ${keys.length - 5} more` : shown.join(', ');
}

export function scenarioFrom(value: unknown, origin: string): Scenario {
  const parsed = Scenario.safeParse(value, { reportInput: true });
  if (parsed.success) {
    if (parsed.data.kind === 'rapprochement' && (parsed.data.escalation ?? 0) > 0) {
      throw new UsageError(
        `invalid scenario (${origin}): field escalation: a rapprochement has escalation 0 (codebook rule 7); got ${parsed.data.escalation}`,
        { field: 'escalation' },
      );
    }
    return parsed.data;
  }
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.join('.');
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${listed(issue.keys)}; known: ${Object.keys(Scenario.shape).join(', ')}`
        : issueMessage(issue);
    return field === '' ? message : `field ${field}: ${message}`;
  });
  const first = parsed.error.issues[0];
  const field =
    first?.code === 'unrecognized_keys'
      ? listed(first.keys.slice(0, 1))
      : first?.path.map(String).join('.');
  const shown =
    problems.length > 5 ? [...problems.slice(0, 5), `${problems.length - 5} more`] : problems;
  throw new UsageError(`invalid scenario (${origin}): ${shown.join('; ')}`, {
    field: field === '' ? undefined : field,
  });
}
