import { describe, expect, it } from 'vitest';
import { compactDay, dayText, isoDay, isoOrCompactDay } from '../../src/ingest/dates.js';

const parse = (parser: typeof compactDay, text: string) => {
  const bytes = Buffer.from(`x${text}y`, 'latin1');
  return parser(bytes, 1, bytes.length - 1);
};

describe('event-date parsers', () => {
  it('read real calendar dates into yyyymmdd day numbers', () => {
    expect(parse(compactDay, '20180326')).toBe(20180326);
    expect(parse(isoDay, '2018-06-01')).toBe(20180601);
    expect(parse(isoDay, '2018-06-01T12:00:00Z')).toBe(20180601);
    expect(parse(isoOrCompactDay, '20160229')).toBe(20160229);
    expect(dayText(19820102)).toBe('1982-01-02');
  });

  it('refuse what is not a date, strictly', () => {
    for (const text of [
      '2018032',
      '201803260',
      '20181301',
      '20190229',
      '19000229',
      '2018-02-30',
      '2018/06/01',
      '2018-06-01x',
      'abcdefgh',
      '',
    ]) {
      expect([text, parse(isoOrCompactDay, text)]).toEqual([text, -1]);
    }
    expect(parse(isoOrCompactDay, '20000229')).toBe(20000229);
  });
});
