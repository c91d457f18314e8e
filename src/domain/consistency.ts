/**
 * The codebook's consistency rules (docs/codebook.md, "Consistency rules"), as pure functions.
 * Rules the schema already enforces (vocabularies, ranges, date order, non-empty text, sources
 * present) are not repeated here. Errors fail the build; warnings flag a record for review and
 * are listed by `fineline data report`.
 */
import type { Episode } from './episode.js';
import { type Instrument, type InstrumentEvent, instrumentsAtStart } from './instrument.js';
import { EpisodeField } from './source.js';
import type { UsAct } from './us-act.js';

export interface Finding {
  rule: number;
  severity: 'error' | 'warning';
  record: string;
  field: string;
  message: string;
}

const FIRST_DAY = '1965-01-01';
const LAST_DAY = '2025-12-31';
const DAY_MS = 86_400_000;

/** Rules 1–22 that concern one episode. */
export function checkEpisode(e: Episode): Finding[] {
  const findings: Finding[] = [];
  const error = (rule: number, field: string, message: string) =>
    findings.push({ rule, severity: 'error', record: e.id, field, message });
  const warning = (rule: number, field: string, message: string) =>
    findings.push({ rule, severity: 'warning', record: e.id, field, message });

  if (e.id.slice(1, 5) !== e.start.slice(0, 4)) {
    error(
      1,
      'id',
      `the id's year ${e.id.slice(1, 5)} is not the start year ${e.start.slice(0, 4)}`,
    );
  }
  if (e.start < FIRST_DAY || e.start > LAST_DAY) {
    error(2, 'start', `start ${e.start} is outside the dataset's span ${FIRST_DAY} to ${LAST_DAY}`);
  }
  if (new Set(e.secondaryIssues).size !== e.secondaryIssues.length) {
    error(5, 'secondaryIssues', 'lists an issue twice');
  }
  if (e.kind !== 'dispute' && e.escalation !== 0) {
    error(7, 'escalation', `a ${e.kind} episode has escalation 0, not ${e.escalation}`);
  }
  if (e.kind === 'dispute' && e.escalation < 1) {
    error(7, 'escalation', 'a dispute has escalation 1 or more (codebook §5)');
  }
  if (e.escalationAtTrigger !== null) {
    if (e.escalationAtTrigger > e.escalation) {
      error(
        23,
        'escalationAtTrigger',
        `escalation at the trigger (${e.escalationAtTrigger}) cannot exceed the peak escalation (${e.escalation})`,
      );
    }
    if (e.kind === 'dispute' && e.escalationAtTrigger < 1) {
      error(23, 'escalationAtTrigger', 'a dispute is answered within 30 days: 1 or more (§5.1)');
    }
    if (e.kind !== 'dispute' && e.escalationAtTrigger !== 0) {
      error(23, 'escalationAtTrigger', `a ${e.kind} episode has escalation 0 at its trigger`);
    }
  }
  if (e.securityCooperationAtStake !== e.instruments.length > 0) {
    error(
      8,
      'instruments',
      e.securityCooperationAtStake
        ? 'securityCooperationAtStake is true but no instrument is named'
        : 'instruments are named but securityCooperationAtStake is false',
    );
  }
  // Rule 9's closed list is checked by the schema (Instrument); duplicates here.
  if (new Set(e.instruments).size !== e.instruments.length) {
    error(9, 'instruments', 'lists an instrument twice');
  }
  if (
    e.securityCooperationAtStake &&
    e.issue !== 'security' &&
    !e.secondaryIssues.includes('security')
  ) {
    error(
      10,
      'secondaryIssues',
      'security cooperation is at stake, so "security" must be an issue',
    );
  }
  if (e.usInvolvement >= 1 && e.usResponse.actors.length === 0) {
    error(
      11,
      'usResponse.actors',
      `involvement level ${e.usInvolvement} needs the US actors named`,
    );
  }
  if (e.kind !== 'dispute' && e.outcome === 'escalated') {
    error(
      14,
      'outcome',
      `a ${e.kind} episode cannot end "escalated" (a breakdown is a new dispute episode)`,
    );
  }
  if (e.end === null && e.outcome === 'resolved') {
    error(15, 'outcome', 'an open episode (end null) cannot be "resolved"');
  }
  e.sources.forEach((source, i) => {
    if (source.supports.length === 0) {
      error(16, `sources.${i}.supports`, 'name the fields this source supports');
    }
  });
  for (const field of EpisodeField.options) {
    const supported = e.sources.some((s) => s.supports.includes(field));
    if (supported && e.confidence[field] !== 'verified') {
      error(17, `confidence.${field}`, `a cited source supports "${field}", so mark it verified`);
    }
  }

  e.sources.forEach((source, i) => {
    const early = source.date !== null && source.date < e.start;
    const reports = source.supports.filter((f) => f !== 'description' && f !== 'covariates');
    if (early && reports.length > 0) {
      warning(
        18,
        `sources.${i}.supports`,
        `a source dated ${source.date}, before the start, cannot report ${reports.join(', ')}`,
      );
    }
  });
  if (e.usInvolvement === 0 && e.usResponse.actors.length > 0) {
    warning(
      20,
      'usResponse.actors',
      'level 0 with US actors: only for an explicit neutrality statement',
    );
  }
  const alternative = e.usInvolvementAlternative;
  if (alternative !== undefined && Math.abs(alternative.level - e.usInvolvement) > 1) {
    warning(21, 'usInvolvementAlternative.level', 'the alternative is more than one level away');
  }
  if (
    e.escalation === 3 &&
    e.outcome === 'resolved' &&
    e.end !== null &&
    (Date.parse(e.end) - Date.parse(e.start)) / DAY_MS < 7
  ) {
    warning(22, 'end', 'escalation 3 resolved within a week is unusual: check the dates');
  }
  return findings;
}

/** Rule 19: episodes of the same kind and primary issue that overlap in time. */
export function checkOverlaps(episodes: readonly Episode[], today: string): Finding[] {
  const findings: Finding[] = [];
  const sorted = [...episodes].sort((a, b) => a.start.localeCompare(b.start));
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (b.start > (a.end ?? today)) continue;
      if (a.kind === b.kind && a.issue === b.issue) {
        findings.push({
          rule: 19,
          severity: 'warning',
          record: b.id,
          field: 'start',
          message: `overlaps ${a.id} (same kind and issue): should they be one episode? (§1.3)`,
        });
      }
    }
  });
  return findings;
}

/**
 * Rule 24 (§3.2): each episode's `usInvolvement` is the highest level among its executive
 * acts, or 0 when it has none; acts name existing episodes. Findings name both the episode
 * and the act that decide it.
 */
export function checkActs(
  episodes: readonly Episode[],
  acts: readonly Pick<UsAct, 'id' | 'branch' | 'level' | 'episode'>[],
  /** Ids of episode files that failed validation: they exist, and are reported once, there. */
  invalid: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  const ids = new Set([...episodes.map((e) => e.id), ...invalid]);
  for (const act of acts) {
    if (act.episode !== null && !ids.has(act.episode)) {
      findings.push({
        rule: 24,
        severity: 'error',
        record: act.id,
        field: 'episode',
        message: `no episode has id ${act.episode} (see data/episodes/)`,
      });
    }
  }
  for (const e of episodes) {
    const counted = acts.filter((a) => a.episode === e.id && a.branch === 'executive');
    const top = counted.reduce<(typeof counted)[number] | undefined>(
      (best, a) => (best === undefined || (a.level ?? 0) > (best.level ?? 0) ? a : best),
      undefined,
    );
    const highest = top?.level ?? 0;
    if (highest !== e.usInvolvement) {
      findings.push({
        rule: 24,
        severity: 'error',
        record: e.id,
        field: 'usInvolvement',
        message:
          top === undefined
            ? `usInvolvement is ${e.usInvolvement}, but no executive act in data/us-acts/ names this episode (an episode without acts is level 0, codebook §3.2)`
            : `usInvolvement is ${e.usInvolvement}, but the highest level among this episode's executive acts is ${highest} (act ${top.id}; codebook §3.2)`,
      });
    }
  }
  return findings;
}

/**
 * Rule 25 (§4.1): every instrument an episode lists has a history, and every history is in
 * date order. Rule 27 (warning): a dispute whose instruments were all created after it began
 * (a rapprochement or initiative often creates the instrument it is about).
 */
export function checkInstruments(
  episodes: readonly Episode[],
  states: readonly Pick<InstrumentEvent, 'instrument' | 'date' | 'state'>[],
): Finding[] {
  const findings: Finding[] = [];
  const histories = new Map<Instrument, Pick<InstrumentEvent, 'date' | 'state'>[]>();
  for (const state of states) {
    const history = histories.get(state.instrument) ?? [];
    const last = history.at(-1);
    if (last !== undefined && state.date < last.date) {
      findings.push({
        rule: 25,
        severity: 'error',
        record: state.instrument,
        field: 'date',
        message: `the history of ${state.instrument} is out of date order: ${state.date} after ${last.date}`,
      });
    }
    history.push(state);
    histories.set(state.instrument, history);
  }
  for (const e of episodes) {
    for (const instrument of e.instruments) {
      if (!histories.has(instrument)) {
        findings.push({
          rule: 25,
          severity: 'error',
          record: e.id,
          field: 'instruments',
          message: `${instrument} has no history in data/instruments.csv (codebook §4.1)`,
        });
      }
    }
    if (
      e.kind === 'dispute' &&
      e.instruments.length > 0 &&
      instrumentsAtStart(e.instruments, e.start, histories).length === 0
    ) {
      findings.push({
        rule: 27,
        severity: 'warning',
        record: e.id,
        field: 'instruments',
        message: `no instrument at stake existed when the episode began (${e.instruments.join(', ')}): check the coding (§4.1)`,
      });
    }
  }
  return findings;
}
