/** Reads the involvement model's inputs (models/involvement/inputs.ts) from the database. */
import type { EpisodeInput } from '../models/involvement/cases.js';
import type { ModelInputs } from '../models/involvement/inputs.js';
import type { Database } from './database.js';
import { listEpisodes } from './episodes.js';

export async function loadModelInputs(db: Database): Promise<ModelInputs> {
  const episodes = await listEpisodes(db, {});
  const series = await db.query(
    `SELECT strftime(month, '%Y-%m-%d') AS month,
            coalesce(missile_launches, 0) + coalesce(nuclear_tests, 0) AS tests
       FROM nk_tests_monthly ORDER BY month`,
  );
  return {
    episodes: episodes.map((e) => ({
      id: e.id,
      title: e.title,
      start: e.start,
      kind: e.kind,
      issue: e.issue as EpisodeInput['issue'],
      securityCooperationAtStake: e.securityCooperationAtStake,
      instruments: e.instruments,
      escalation: e.escalation,
      northKoreaThreat: e.northKoreaThreat,
      usInvolvement: e.usInvolvement,
    })),
    series: series.map((row) => ({ month: String(row.month), tests: Number(row.tests) })),
  };
}
