/**
 * The coverage report of the curated data (`fineline data report`): counts by decade, issue
 * and US involvement level, and the share of facts verified against a cited source, all
 * computed in SQL over the built database.
 */
import type { Database, Row } from './database.js';

export interface DataReport {
  totals: Row;
  episodesByDecade: Row[];
  episodesByIssue: Row[];
  episodesByLevel: Row[];
  verification: {
    episodeFields: Row[];
    usInvolvementJustifiedBySource: number;
    chronology: number;
    context: Row[];
  };
  chronologyByDecade: Row[];
}

const LEVELS = [0, 1, 2, 3, 4]
  .map((level) => `count(*) FILTER (WHERE us_involvement = ${level}) AS "level${level}"`)
  .join(', ');

export async function dataReport(db: Database): Promise<DataReport> {
  const [totals = {}] = await db.query(`SELECT
    (SELECT count(*) FROM episodes) AS episodes,
    (SELECT count(*) FROM episodes WHERE kind = 'dispute') AS dispute,
    (SELECT count(*) FROM episodes WHERE kind = 'rapprochement') AS rapprochement,
    (SELECT count(*) FROM chronology) AS "chronologyEvents",
    (SELECT count(*) FROM sources) AS sources,
    (SELECT strftime(min(month), '%Y-%m') || ' to ' || strftime(max(month), '%Y-%m') FROM nk_tests_monthly) AS "nkSeries",
    (SELECT count(*) FROM leaders) AS leaders,
    (SELECT count(*) FROM elections) AS elections,
    (SELECT count(*) FROM polls) AS "pollValues"`);
  const episodesByDecade =
    await db.query(`SELECT (year(start_date) // 10 * 10)::VARCHAR || 's' AS decade,
      count(*) AS episodes, ${LEVELS}
    FROM episodes GROUP BY ALL ORDER BY decade`);
  const episodesByIssue = await db.query(`SELECT issue, count(*) AS episodes, ${LEVELS},
      round(avg(us_involvement), 2) AS "meanLevel"
    FROM episodes GROUP BY issue ORDER BY episodes DESC, issue`);
  const episodesByLevel = await db.query(`SELECT us_involvement AS level, count(*) AS episodes,
      count(*) FILTER (WHERE kind = 'dispute') AS dispute,
      count(*) FILTER (WHERE security_cooperation_at_stake) AS "securityAtStake"
    FROM episodes GROUP BY level ORDER BY level`);
  const episodeFields = await db.query(`SELECT field,
      round(avg((confidence = 'verified')::INTEGER), 3) AS "shareVerified",
      count(*) FILTER (WHERE confidence = 'verified') AS verified, count(*) AS episodes
    FROM episode_confidence GROUP BY field ORDER BY field`);
  const [justified] = await db.query(`SELECT round(avg((
      e.confidence."usInvolvement" = 'verified' AND EXISTS (
        SELECT 1 FROM episode_sources es
        WHERE es.episode_id = e.id AND list_contains(es.supports, 'usInvolvement')))::INTEGER), 3) AS share
    FROM episodes e`);
  const [chronology] = await db.query(
    `SELECT round(avg((confidence = 'verified')::INTEGER), 3) AS share FROM chronology`,
  );
  const context = await db.query(`SELECT series, count(*) AS rows,
      round(avg((confidence = 'verified')::INTEGER), 3) AS "shareVerified"
    FROM (SELECT 'leaders' AS series, confidence FROM leaders
          UNION ALL SELECT 'elections', confidence FROM elections
          UNION ALL SELECT 'polls', confidence FROM polls
          UNION ALL SELECT 'nk-tests-monthly', confidence FROM nk_tests_monthly)
    GROUP BY series ORDER BY series`);
  const chronologyByDecade =
    await db.query(`SELECT (year(date) // 10 * 10)::VARCHAR || 's' AS decade,
      count(*) AS events, count(DISTINCT episode_id) AS episodes,
      round(avg((confidence = 'verified')::INTEGER), 3) AS "shareVerified"
    FROM chronology GROUP BY ALL ORDER BY decade`);
  return {
    totals,
    episodesByDecade,
    episodesByIssue,
    episodesByLevel,
    verification: {
      episodeFields,
      usInvolvementJustifiedBySource: Number(justified?.share ?? 0),
      chronology: Number(chronology?.share ?? 0),
      context,
    },
    chronologyByDecade,
  };
}
