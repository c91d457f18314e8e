import { describe, expect, it } from 'vitest';
import { checkActs, checkInstruments } from '../../src/domain/consistency.js';
import type { Episode } from '../../src/domain/episode.js';
import { existedOn, type Instrument, instrumentsAtStart } from '../../src/domain/instrument.js';

type State = { date: string; state: Parameters<typeof existedOn>[1][number]['state'] };
const history = (...states: [string, State['state']][]): State[] =>
  states.map(([date, state]) => ({ date, state }));

describe('existedOn(instrument, history, date) (codebook §4.1)', () => {
  const gsomia = history(
    ['2012-06-26', 'negotiating'],
    ['2016-11-23', 'signed'],
    ['2019-08-22', 'termination-notified'],
    ['2019-11-22', 'suspended'],
    ['2023-03-21', 'normalised'],
  );

  it('is false before an agreement is signed, and on the day it is signed', () => {
    expect(existedOn('gsomia', gsomia, '2012-07-01')).toBe(false);
    expect(existedOn('gsomia', gsomia, '2016-11-23')).toBe(false);
    expect(existedOn('gsomia', gsomia, '2016-11-24')).toBe(true);
  });

  it('stays true through a termination notice and a suspension', () => {
    expect(existedOn('gsomia', gsomia, '2019-09-01')).toBe(true);
    expect(existedOn('gsomia', gsomia, '2020-01-01')).toBe(true);
  });

  it('ends with a lapse or a termination, and a proposal after signing does not undo it', () => {
    const tcog = history(['1999-04-01', 'in-force'], ['2003-01-01', 'lapsed']);
    expect(existedOn('tcog', tcog, '2001-01-01')).toBe(true);
    expect(existedOn('tcog', tcog, '2004-01-01')).toBe(false);
    const camp = history(['2023-08-18', 'signed'], ['2024-05-31', 'proposed']);
    expect(existedOn('camp-david-commitments', camp, '2024-06-01')).toBe(true);
  });

  it('counts a recurring activity from its first occurrence, cancellations or not', () => {
    const exercises = history(
      ['2016-06-01', 'cancelled'],
      ['2016-06-28', 'held'],
      ['2018-10-05', 'cancelled'],
    );
    expect(existedOn('trilateral-exercises', exercises, '2016-06-10')).toBe(false);
    expect(existedOn('trilateral-exercises', exercises, '2018-11-01')).toBe(true);
  });
});

describe('instrumentsAtStart(listed, start, histories)', () => {
  it('leaves out the instruments created during the episode', () => {
    const histories = new Map<Instrument, State[]>([
      ['gsomia', history(['2016-11-23', 'signed'])],
      ['camp-david-commitments', history(['2023-08-18', 'signed'])],
      ['trilateral-summit', history(['2014-03-25', 'held'], ['2023-08-18', 'held'])],
    ]);
    expect(
      instrumentsAtStart(
        ['trilateral-summit', 'camp-david-commitments', 'gsomia'],
        '2023-08-18',
        histories,
      ),
    ).toEqual(['trilateral-summit', 'gsomia']);
    expect(instrumentsAtStart(['kedo'], '2000-01-01', histories)).toEqual([]);
  });
});

const episode = (id: string, usInvolvement: number, instruments: Instrument[] = []) =>
  ({ id, start: '2019-08-22', usInvolvement, instruments }) as unknown as Episode;

describe('checkActs(episodes, acts) (rule 24)', () => {
  const act = (
    id: string,
    level: number | null,
    branch = 'executive',
    episodeId: string | null = 'E1',
  ) => ({
    id,
    level,
    branch: branch as 'executive',
    episode: episodeId,
  });

  it('accepts an episode whose level is its highest executive act, and one with no acts at 0', () => {
    expect(checkActs([episode('E1', 4), episode('E2', 0)], [act('A1', 2), act('A2', 4)])).toEqual(
      [],
    );
  });

  it('names the episode and the act that disagree', () => {
    const [finding] = checkActs([episode('E1', 4)], [act('A1', 2), act('A2', 3)]);
    expect(finding).toMatchObject({ rule: 24, record: 'E1', field: 'usInvolvement' });
    expect(finding?.message).toContain(
      "highest level among this episode's executive acts is 3 (act A2",
    );
  });

  it('never counts acts of Congress or courts', () => {
    const findings = checkActs([episode('E1', 0)], [act('A1', null, 'congress')]);
    expect(findings).toEqual([]);
    expect(checkActs([episode('E1', 1)], [act('A1', null, 'congress')])[0]?.message).toContain(
      'no executive act',
    );
  });

  it('reports an act naming an episode that does not exist', () => {
    expect(checkActs([], [act('A1', 1, 'executive', 'E9')])[0]).toMatchObject({
      rule: 24,
      record: 'A1',
      field: 'episode',
    });
  });
});

describe('checkInstruments(episodes, states) (rules 25, 27)', () => {
  it('requires a history for every instrument an episode lists', () => {
    const [finding] = checkInstruments([episode('E1', 0, ['tisa'])], []);
    expect(finding).toMatchObject({ rule: 25, severity: 'error', record: 'E1' });
  });

  it('requires each history in date order', () => {
    const findings = checkInstruments(
      [],
      [
        { instrument: 'gsomia', date: '2019-01-01', state: 'renewed' },
        { instrument: 'gsomia', date: '2016-11-23', state: 'signed' },
      ],
    );
    expect(findings[0]).toMatchObject({ rule: 25, record: 'gsomia' });
  });

  it('warns when every instrument a dispute put at stake was created after it began', () => {
    const findings = checkInstruments(
      [{ ...episode('E1', 0, ['gsomia']), kind: 'dispute' } as Episode],
      [{ instrument: 'gsomia', date: '2020-01-01', state: 'signed' }],
    );
    expect(findings).toEqual([expect.objectContaining({ rule: 27, severity: 'warning' })]);
  });
});
