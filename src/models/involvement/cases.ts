/**
 * Episodes as cases for the involvement model: the outcome (US involvement level) beside the
 * features derived from the episode's record and the context series. Pure: the episodes and
 * the series are passed in (src/store/model-inputs.ts reads them from the database).
 */
import type { Issue } from '../../domain/vocabulary.js';
import { type Features, type NkMonth, nkTestsBefore, readingScale } from './features.js';

/** The fields of an episode record the model reads. */
export interface EpisodeInput {
  id: string;
  title: string;
  start: string;
  kind: string;
  issue: Issue;
  securityCooperationAtStake: boolean;
  instruments: readonly string[];
  escalation: number;
  northKoreaThreat: number;
  usInvolvement: number;
}

export interface Case {
  id: string;
  title: string;
  start: string;
  kind: string;
  instruments: readonly string[];
  /** Observed US involvement level, 0–4. */
  y: number;
  features: Features;
}

export interface CaseSet {
  cases: Case[];
  /** log(1 + tests) at each level of the coder's 0–3 reading (see readingScale). */
  readingScale: readonly number[];
  series: readonly NkMonth[];
}

export function buildCases(episodes: readonly EpisodeInput[], series: readonly NkMonth[]): CaseSet {
  const counted = episodes.map((episode) => ({
    episode,
    tests: nkTestsBefore(episode.start, series),
  }));
  const scale = readingScale(
    counted
      .filter((c) => c.tests !== null)
      .map((c) => ({ reading: c.episode.northKoreaThreat, nkActivity: Math.log1p(c.tests ?? 0) })),
  );
  const cases = counted
    .map(
      ({ episode, tests }): Case => ({
        id: episode.id,
        title: episode.title,
        start: episode.start,
        kind: episode.kind,
        instruments: episode.instruments,
        y: episode.usInvolvement,
        features: {
          issue: episode.issue,
          securityCooperationAtStake: episode.securityCooperationAtStake,
          escalation: episode.escalation,
          nkActivity: tests === null ? (scale[episode.northKoreaThreat] ?? 0) : Math.log1p(tests),
          nkTests12m: tests,
          provenance: {
            nkActivity: tests === null ? 'translated-reading' : 'series',
            escalation: 'coded',
          },
        },
      }),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return { cases, readingScale: scale, series };
}
