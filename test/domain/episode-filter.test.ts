import { describe, expect, it } from 'vitest';
import { parseEpisodeFilter } from '../../src/domain/episode-filter.js';

describe('parseEpisodeFilter(raw)', () => {
  it('parses comma-separated issues and levels and whole years', () => {
    const result = parseEpisodeFilter({
      issue: 'history, trade',
      level: '3,4',
      from: '1990',
      to: '2019',
    });
    expect(result.success && result.data).toEqual({
      issue: ['history', 'trade'],
      level: [3, 4],
      from: 1990,
      to: 2019,
    });
  });

  it('ignores parameters that are absent', () => {
    const result = parseEpisodeFilter({ issue: undefined });
    expect(result.success && result.data).toEqual({});
  });

  it.each([
    [{ issue: 'histroy' }, 'issue'],
    [{ level: '5' }, 'level'],
    [{ minLevel: 'high' }, 'minLevel'],
    [{ from: '19x0' }, 'from'],
    [{ from: '2000', to: '1990' }, 'from'],
    [{ colour: 'red' }, ''],
  ])('rejects %j, naming the parameter %s', (raw, parameter) => {
    const result = parseEpisodeFilter(raw);
    expect(result.success).toBe(false);
    if (!result.success) expect(String(result.error.issues[0]?.path[0] ?? '')).toBe(parameter);
  });
});
