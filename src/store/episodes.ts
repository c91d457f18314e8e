/** Questions about episodes, asked of the database (filters run in SQL). */
import type { EpisodeFilter } from '../domain/episode-filter.js';
import type { Database, Param } from './database.js';

/** An episode as the API, the CLI and exports give it (the `episode_records` view). */
export interface EpisodeRecord {
  id: string;
  title: string;
  start: string;
  end: string | null;
  kind: string;
  issue: string;
  secondaryIssues: string[];
  description: string;
  usResponse: string;
  usActors: string[];
  usInvolvement: number;
  usInvolvementRationale: string;
  alternativeLevel: number | null;
  alternativeWhy: string | null;
  securityCooperationAtStake: boolean;
  instruments: string[];
  escalation: number;
  /** Escalation in the first 30 days (codebook §5.1); null until coded. */
  escalationAtTrigger: number | null;
  northKoreaThreat: number;
  outcome: string;
  sources: { title: string; publisher: string; date: string | null; url: string | null }[];
  confidence: Record<string, string>;
  notes: string | null;
}

/** The SQL WHERE clause and parameters of a filter. */
export function filterSql(filter: EpisodeFilter): { where: string; params: Record<string, Param> } {
  const clauses: string[] = [];
  const params: Record<string, Param> = {};
  if (filter.issue !== undefined) {
    clauses.push(`issue IN (${filter.issue.map((_, i) => `$issue${i}`).join(', ')})`);
    filter.issue.forEach((issue, i) => {
      params[`issue${i}`] = issue;
    });
  }
  if (filter.from !== undefined) {
    clauses.push(`year(coalesce("end"::DATE, current_date)) >= $from`);
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    clauses.push(`year("start"::DATE) <= $to`);
    params.to = filter.to;
  }
  if (filter.level !== undefined) {
    clauses.push(`"usInvolvement" IN (${filter.level.join(', ')})`);
  }
  if (filter.minLevel !== undefined) {
    clauses.push(`"usInvolvement" >= $minLevel`);
    params.minLevel = filter.minLevel;
  }
  return { where: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), params };
}

export async function listEpisodes(db: Database, filter: EpisodeFilter): Promise<EpisodeRecord[]> {
  const { where, params } = filterSql(filter);
  const rows = await db.query(
    `SELECT * FROM episode_records WHERE ${where} ORDER BY "start", id`,
    params,
  );
  return rows as unknown as EpisodeRecord[];
}
