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
  /** Record v2 (codebook §2.1, §3.2, §4.1, §8, §12, §13). */
  disputesByDecade: Row[];
  usActsByDecade: Row[];
  usActsByLevel: Row[];
  instruments: Row[];
  instrumentsAtStart: Row[];
  commitment: Row[];
  crises: Row[];
  pollSeries: Row[];
}

const LEVELS = [0, 1, 2, 3, 4]
  .map((level) => `count(*) FILTER (WHERE us_involvement = ${level}) AS "level${level}"`)
  .join(', ');

export async function dataReport(db: Database): Promise<DataReport> {
  const [totals = {}] = await db.query(`SELECT
    (SELECT count(*) FROM episodes) AS episodes,
    (SELECT count(*) FROM episodes WHERE kind = 'dispute') AS dispute,
    (SELECT count(*) FROM episodes WHERE kind = 'rapprochement') AS rapprochement,
    (SELECT count(*) FROM episodes WHERE kind = 'us-initiative') AS "usInitiative",
    (SELECT count(*) FROM us_acts) AS "usActs",
    (SELECT count(*) FROM instrument_states) AS "instrumentStates",
    (SELECT count(*) FROM commitment_events) AS "commitmentEvents",
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
  const decade = (column: string) => `(year(${column}) // 10 * 10)::VARCHAR || 's'`;
  const verified = "round(avg((confidence = 'verified')::INTEGER), 3)";
  const disputesByDecade = await db.query(`SELECT ${decade('start_date')} AS decade,
      count(*) FILTER (WHERE kind = 'dispute') AS disputes,
      count(*) FILTER (WHERE kind = 'rapprochement') AS rapprochements,
      count(*) FILTER (WHERE kind = 'us-initiative') AS "usInitiatives",
      round(avg((confidence."usInvolvement" = 'verified')::INTEGER) FILTER (WHERE kind = 'dispute'), 3)
        AS "disputeLevelsVerified"
    FROM episodes GROUP BY ALL ORDER BY decade`);
  const usActsByDecade = await db.query(`SELECT ${decade('date')} AS decade, count(*) AS acts,
      count(*) FILTER (WHERE branch = 'executive') AS executive,
      count(*) FILTER (WHERE branch <> 'executive') AS "notCounted",
      count(*) FILTER (WHERE episode_id IS NOT NULL) AS "inEpisodes", ${verified} AS "shareVerified"
    FROM us_acts GROUP BY ALL ORDER BY decade`);
  const usActsByLevel =
    await db.query(`SELECT level, count(*) AS acts, ${verified} AS "shareVerified"
    FROM us_acts WHERE branch = 'executive' GROUP BY level ORDER BY level`);
  const instruments = await db.query(`SELECT instrument, count(*) AS states,
      strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last,
      ${verified} AS "shareVerified"
    FROM instrument_states GROUP BY instrument ORDER BY instrument`);
  const instrumentsAtStart = await db.query(`SELECT id AS episode, instruments,
      instruments_at_start AS "atStart"
    FROM episodes WHERE len(instruments) > 0 ORDER BY start_date`);
  const commitment = await db.query(`SELECT 'troops' AS series, ally,
      min(year) || '–' || max(year) AS span, count(DISTINCT year) FILTER (WHERE is_primary) AS years,
      count(*) AS rows, ${verified} AS "shareVerified"
    FROM troops GROUP BY ally
    UNION ALL
    SELECT 'events', ally, min(year(date)) || '–' || max(year(date)), count(DISTINCT year(date)),
      count(*), ${verified}
    FROM commitment_events GROUP BY ally
    ORDER BY series DESC, ally`);
  const crises = await db.query(`SELECT 'nk-provocations' AS series, count(*) AS rows,
      min(year(date)) || '–' || max(year(date)) AS span, ${verified} AS "shareVerified"
    FROM nk_provocations
    UNION ALL
    SELECT series, count(*), min(left(period, 4)) || '–' || max(left(period, 4)), ${verified}
    FROM china_series GROUP BY series ORDER BY series`);
  const pollSeries = await db.query(`SELECT series, respondents, min(year) AS first,
      max(year) AS last, count(*) AS "values", any_value(break_note) AS "break"
    FROM polls GROUP BY series, respondents ORDER BY min(year), series, respondents`);
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
    disputesByDecade,
    usActsByDecade,
    usActsByLevel,
    instruments,
    instrumentsAtStart,
    commitment,
    crises,
    pollSeries,
  };
}
