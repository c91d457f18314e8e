import { describe, expect, it } from 'vitest';
import type { EpisodeRecord } from '../../web/src/api.js';
import { DEFAULT_ORDER, nextOrder, sortEpisodes } from '../../web/src/table-sort.js';

const episode = (id: string, start: string, usInvolvement: number, title: string) =>
  ({ id, start, usInvolvement, title, issue: 'history', outcome: 'resolved' }) as EpisodeRecord;

const EPISODES = [
  episode('E3', '2019-08-22', 4, 'GSOMIA'),
  episode('E1', '1965-02-17', 4, 'Normalization'),
  episode('E2', '2015-12-28', 2, 'Comfort women agreement'),
];

describe('sortEpisodes(episodes, order)', () => {
  it('sorts by date, oldest first, by default', () => {
    expect(sortEpisodes(EPISODES, DEFAULT_ORDER).map((e) => e.id)).toEqual(['E1', 'E2', 'E3']);
  });

  it('sorts levels as numbers, and breaks ties by date in either direction', () => {
    const up = sortEpisodes(EPISODES, { key: 'usInvolvement', direction: 'ascending' });
    expect(up.map((e) => e.id)).toEqual(['E2', 'E1', 'E3']);
    const down = sortEpisodes(EPISODES, { key: 'usInvolvement', direction: 'descending' });
    expect(down.map((e) => e.id)).toEqual(['E1', 'E3', 'E2']);
  });

  it('does not change the list it is given', () => {
    sortEpisodes(EPISODES, { key: 'title', direction: 'ascending' });
    expect(EPISODES.map((e) => e.id)).toEqual(['E3', 'E1', 'E2']);
  });
});

describe('nextOrder(current, key)', () => {
  it('reverses the sorted column, and starts another ascending', () => {
    expect(nextOrder(DEFAULT_ORDER, 'start')).toEqual({ key: 'start', direction: 'descending' });
    expect(nextOrder({ key: 'start', direction: 'descending' }, 'issue')).toEqual({
      key: 'issue',
      direction: 'ascending',
    });
  });
});
