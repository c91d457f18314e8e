/**
 * Turns the validated bundle into the rows of each table (a pure function). Sources cited by
 * several records are stored once, keyed by `sourceKey`.
 */

import type { Bundle } from '../data/bundle.js';
import type { Episode } from '../domain/episode.js';
import { type Instrument, type InstrumentEvent, instrumentsAtStart } from '../domain/instrument.js';
import { type Source, sourceKey } from '../domain/source.js';
import { type BundleTableName, SCHEMA_VERSION } from './schema.js';

export type TableRows = Record<BundleTableName, Record<string, unknown>[]>;

export function bundleRows(bundle: Bundle, builtAt: Date, version: string): TableRows {
  const sources = new Map<string, Source>();
  const cite = (source: Source): string => {
    const key = sourceKey(source);
    if (!sources.has(key)) sources.set(key, source);
    return key;
  };
  const roleOf = (code: string): string => {
    if (code === bundle.triad.patron) return 'patron';
    if (bundle.triad.allies.includes(code)) return 'ally';
    if (bundle.triad.context.includes(code)) return 'context';
    return 'other';
  };

  // Instruments at stake at the start are derived from the histories (codebook §4.1).
  const histories = new Map<Instrument, InstrumentEvent[]>();
  for (const { value } of bundle.instruments) {
    histories.set(value.instrument, [...(histories.get(value.instrument) ?? []), value]);
  }
  const atStart = (e: Episode) => instrumentsAtStart(e.instruments, e.start, histories);

  const episodeSources: Record<string, unknown>[] = [];
  const episodes = bundle.episodes.map(({ value: e, file }) => {
    e.sources.forEach((source, position) => {
      episodeSources.push({
        episode_id: e.id,
        position,
        source_id: cite(source),
        supports: source.supports,
      });
    });
    return {
      id: e.id,
      title: e.title,
      start_date: e.start,
      end_date: e.end,
      kind: e.kind,
      issue: e.issue,
      secondary_issues: e.secondaryIssues,
      description: e.description,
      us_response: e.usResponse.summary,
      us_actors: e.usResponse.actors,
      us_involvement: e.usInvolvement,
      us_involvement_rationale: e.usInvolvementRationale,
      alternative_level: e.usInvolvementAlternative?.level ?? null,
      alternative_why: e.usInvolvementAlternative?.why ?? null,
      security_cooperation_at_stake: e.securityCooperationAtStake,
      instruments: e.instruments,
      instruments_at_start: atStart(e),
      security_cooperation_at_stake_at_start: atStart(e).length > 0,
      escalation: e.escalation,
      escalation_at_trigger: e.escalationAtTrigger,
      north_korea_threat: e.northKoreaThreat,
      outcome: e.outcome,
      confidence: e.confidence,
      notes: e.notes ?? null,
      file,
    };
  });

  const chronology = bundle.chronology.map(({ value: c, file, line }) => ({
    id: c.id,
    date: c.date,
    date_precision: c.datePrecision,
    actor: c.actor,
    target: c.target,
    cameo: c.cameo,
    description: c.description,
    issue: c.issue,
    episode_id: c.episode,
    source_id: cite({
      publisher: c.sourcePublisher,
      title: c.sourceTitle,
      date: c.sourceDate,
      url: c.sourceUrl,
    }),
    confidence: c.confidence,
    file,
    line: line ?? null,
  }));

  const { leaders, elections, polls, nkTests, nkProvocations, china } = bundle.context;
  const sourceOf = (row: {
    sourcePublisher: string;
    sourceTitle: string | null;
    sourceUrl: string | null;
    sourceDate?: string | null;
  }) =>
    cite({
      publisher: row.sourcePublisher,
      title: row.sourceTitle,
      date: row.sourceDate ?? null,
      url: row.sourceUrl,
    });
  const context = {
    leaders: leaders.map(({ value: l }) => ({
      country: l.country,
      office: l.office,
      name: l.name,
      start_date: l.start,
      end_date: l.end,
      party: l.party,
      source_id: sourceOf(l),
      confidence: l.confidence,
    })),
    elections: elections.map(({ value: e }) => ({
      country: e.country,
      date: e.date,
      type: e.type,
      source_id: sourceOf(e),
      confidence: e.confidence,
    })),
    polls: polls.map(({ value: p }) => ({
      year: p.year,
      pollster: p.pollster,
      respondents: p.respondents,
      measure: p.measure,
      value: p.value,
      series: p.series,
      break_note: p.breakNote,
      source_id: sourceOf(p),
      confidence: p.confidence,
    })),
    nk_tests_monthly: nkTests.map(({ value: m }) => ({
      month: `${m.month}-01`,
      missile_launches: m.missileLaunches,
      nuclear_tests: m.nuclearTests,
      confidence: m.confidence,
      note: m.note,
    })),
    nk_provocations: nkProvocations.map(({ value: p }) => ({
      date: p.date,
      date_precision: p.datePrecision,
      kind: p.kind,
      summary: p.summary,
      deaths: p.deaths,
      target: p.target,
      severity: p.severity,
      severity_basis: p.severityBasis,
      source_id: sourceOf(p),
      confidence: p.confidence,
      notes: p.notes,
    })),
    china_series: china.map(({ value: c }) => ({
      series: c.series,
      period: c.period,
      value: c.value,
      unit: c.unit,
      definition: c.definition,
      source_id: sourceOf(c),
      confidence: c.confidence,
      notes: c.notes,
    })),
  };

  const commitment = {
    troops: bundle.commitment.troops.map(({ value: t }) => ({
      year: t.year,
      ally: t.ally,
      troops: t.troops,
      basis: t.basis,
      includes_okinawa: t.includesOkinawa,
      is_primary: t.primary,
      source_id: sourceOf(t),
      confidence: t.confidence,
      notes: t.notes,
    })),
    commitment_events: bundle.commitment.events.map(({ value: e }) => ({
      date: e.date,
      date_precision: e.datePrecision,
      ally: e.ally,
      direction: e.direction,
      kind: e.kind,
      summary: e.summary,
      actor: e.actor,
      branch: e.branch,
      source_id: sourceOf(e),
      confidence: e.confidence,
      notes: e.notes,
    })),
  };

  const usActs = bundle.usActs.map(({ value: a, file, line }) => ({
    id: a.id,
    date: a.date,
    date_precision: a.datePrecision,
    actor: a.actor,
    branch: a.branch,
    target: a.target,
    type: a.type,
    level: a.level,
    episode_id: a.episode,
    summary: a.summary,
    quote: a.quote,
    source_id: sourceOf(a),
    confidence: a.confidence,
    notes: a.notes,
    file,
    line: line ?? null,
  }));
  const instrumentStates = bundle.instruments.map(({ value: i }) => ({
    instrument: i.instrument,
    date: i.date,
    date_precision: i.datePrecision,
    state: i.state,
    summary: i.summary,
    source_id: sourceOf(i),
    confidence: i.confidence,
    notes: i.notes,
  }));

  return {
    ...context,
    ...commitment,
    us_acts: usActs,
    instrument_states: instrumentStates,
    cameo_codes: bundle.cameo.map((c) => ({
      code: c.code,
      name: c.name,
      goldstein: c.goldstein,
      quad_class: c.quadClass,
      plover: c.plover,
      plover_mode: c.ploverMode,
      plover_contexts: c.ploverContexts,
      plover_mapping: c.ploverMapping,
    })),
    meta: [
      { key: 'builtAt', value: builtAt.toISOString() },
      { key: 'finelineVersion', value: version },
      { key: 'schemaVersion', value: SCHEMA_VERSION },
      { key: 'triad', value: JSON.stringify(bundle.triad) },
    ],
    actors: bundle.actors.map((a) => ({
      cameo: a.cameo,
      name: a.name,
      iso3: a.iso3,
      iso2: a.iso2,
      fips: a.fips,
      cow_code: a.cowCode,
      cow_abbrev: a.cowAbbrev,
      icews_names: a.icewsNames,
      role: roleOf(a.cameo),
    })),
    sources: [...sources].map(([key, s]) => ({
      source_id: key,
      publisher: s.publisher,
      title: s.title,
      date: s.date,
      url: s.url,
    })),
    episodes,
    episode_sources: episodeSources,
    chronology,
  };
}
