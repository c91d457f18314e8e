import { describe, expect, it } from 'vitest';
import { checkEpisode, checkOverlaps } from '../../src/domain/consistency.js';
import { Episode } from '../../src/domain/episode.js';
import { gsomiaEpisode } from '../fixtures/bundle.js';

const episode = (changes: Record<string, unknown> = {}) =>
  Episode.parse({ ...gsomiaEpisode(), ...changes });
const rules = (e: Episode) => checkEpisode(e).map((f) => [f.rule, f.severity, f.field]);

describe('checkEpisode(episode) — the codebook consistency rules', () => {
  it('finds nothing wrong with a consistent episode', () => {
    expect(checkEpisode(episode())).toEqual([]);
  });

  it('rule 1: the id carries the start year', () => {
    expect(rules(episode({ id: 'E2018-GSOMIA-TERMINATION' }))).toEqual([[1, 'error', 'id']]);
  });

  it('rule 2: the start lies within 1965–2025', () => {
    expect(
      rules(episode({ id: 'E1960-X', start: '1960-01-01', end: null, outcome: 'stalemate' })),
    ).toEqual([[2, 'error', 'start']]);
  });

  it('rule 7: rapprochement and US initiative have escalation 0, a dispute at least 1', () => {
    expect(rules(episode({ kind: 'rapprochement', escalationAtTrigger: 0 }))).toEqual([
      [7, 'error', 'escalation'],
    ]);
    expect(rules(episode({ kind: 'us-initiative', escalationAtTrigger: 0 }))).toEqual([
      [7, 'error', 'escalation'],
    ]);
    expect(rules(episode({ escalation: 0, escalationAtTrigger: 0 }))).toEqual([
      [7, 'error', 'escalation'],
      [23, 'error', 'escalationAtTrigger'],
    ]);
  });

  it('rule 23: escalation at the trigger is at most the peak, 1+ for a dispute, 0 otherwise', () => {
    expect(rules(episode({ escalation: 2, escalationAtTrigger: 3 }))).toEqual([
      [23, 'error', 'escalationAtTrigger'],
    ]);
    expect(rules(episode({ escalationAtTrigger: 0 }))).toEqual([
      [23, 'error', 'escalationAtTrigger'],
    ]);
    expect(
      rules(episode({ kind: 'rapprochement', escalation: 0, escalationAtTrigger: 1 })),
    ).toEqual([
      [23, 'error', 'escalationAtTrigger'],
      [23, 'error', 'escalationAtTrigger'],
    ]);
    expect(rules(episode({ escalationAtTrigger: null }))).toEqual([]);
  });

  it('rule 8: security cooperation at stake if and only if instruments are named', () => {
    expect(rules(episode({ instruments: [] }))).toEqual([[8, 'error', 'instruments']]);
    expect(rules(episode({ securityCooperationAtStake: false }))).toEqual([
      [8, 'error', 'instruments'],
    ]);
  });

  it('rule 9: no instrument twice (the closed list itself is the schema)', () => {
    expect(rules(episode({ instruments: ['gsomia', 'gsomia'] }))).toEqual([
      [9, 'error', 'instruments'],
    ]);
    expect(Episode.safeParse({ ...gsomiaEpisode(), instruments: ['GSOMIA'] }).success).toBe(false);
  });

  it('rule 10: an instrument at stake makes security an issue', () => {
    expect(rules(episode({ issue: 'trade', secondaryIssues: ['history'] }))).toEqual([
      [10, 'error', 'secondaryIssues'],
    ]);
  });

  it('rule 11: involvement of 1 or more names the US actors', () => {
    const e = episode();
    e.usResponse.actors = [];
    expect(rules(e)).toEqual([[11, 'error', 'usResponse.actors']]);
  });

  it('rules 14 and 15: outcomes that cannot be', () => {
    expect(
      rules(
        episode({
          kind: 'rapprochement',
          escalation: 0,
          escalationAtTrigger: 0,
          outcome: 'escalated',
        }),
      ),
    ).toEqual([[14, 'error', 'outcome']]);
    expect(rules(episode({ end: null, outcome: 'resolved' }))).toEqual([[15, 'error', 'outcome']]);
  });

  it('rule 17: a field a source supports is marked verified', () => {
    const e = episode();
    e.confidence.outcome = 'unverified';
    expect(rules(e)).toEqual([[17, 'error', 'confidence.outcome']]);
  });

  it('rule 18 (warning): a source older than the episode cannot report its events', () => {
    const e = episode();
    const [first] = e.sources;
    if (first !== undefined) first.date = '2019-01-01';
    expect(rules(e)).toEqual([[18, 'warning', 'sources.0.supports']]);
  });

  it('rules 20 and 21 (warnings): level 0 with actors; an alternative two levels away', () => {
    expect(rules(episode({ usInvolvement: 0, usInvolvementAlternative: undefined }))).toEqual([
      [20, 'warning', 'usResponse.actors'],
    ]);
    expect(rules(episode({ usInvolvementAlternative: { level: 1, why: 'x' } }))).toEqual([
      [21, 'warning', 'usInvolvementAlternative.level'],
    ]);
  });

  it('rule 22 (warning): escalation 3 resolved within a week', () => {
    expect(rules(episode({ end: '2019-08-25', outcome: 'resolved' }))).toEqual([
      [22, 'warning', 'end'],
    ]);
  });
});

describe('checkOverlaps(episodes, today) — rule 19', () => {
  it('flags episodes of one kind and issue that overlap, and only those', () => {
    const a = episode();
    const b = episode({ id: 'E2019-OTHER', start: '2019-10-01', end: '2019-12-01' });
    const c = episode({ id: 'E2019-LATER', start: '2019-12-01', end: null, outcome: 'stalemate' });
    const d = episode({
      id: 'E2019-TRADE',
      start: '2019-09-01',
      issue: 'trade',
      secondaryIssues: ['security'],
    });
    const findings = checkOverlaps([a, b, c, d], '2026-01-01');
    expect(findings.map((f) => [f.record, f.message.slice(0, 25)])).toEqual([
      ['E2019-OTHER', 'overlaps E2019-GSOMIA-TER'],
      ['E2019-LATER', 'overlaps E2019-OTHER (sam'],
    ]);
  });
});
