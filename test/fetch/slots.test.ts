import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import {
  checkRange,
  expectedSlots,
  GDELT2_FIRST_SLOT,
  parseInstant,
} from '../../src/fetch/slots.js';

const at = (iso: string) => Date.parse(iso);
const ids = (version: 1 | 2, from: string, to: string) =>
  expectedSlots(version, { from: at(from), to: at(to) }).map((slot) => slot.id);

describe('parseInstant(text, edge, flag)', () => {
  it('reads a day as its first instant for a start and its last for an end', () => {
    expect(parseInstant('2019-10-24', 'start', '--from')).toBe(at('2019-10-24T00:00:00Z'));
    expect(parseInstant('2019-10-24', 'end', '--to')).toBe(at('2019-10-24T23:59:59.999Z'));
    expect(parseInstant('20191024', 'start', '--from')).toBe(at('2019-10-24T00:00:00Z'));
  });

  it('reads UTC instants in ISO form and in GDELT slot form', () => {
    expect(parseInstant('2019-10-24T14:30', 'start', '--from')).toBe(at('2019-10-24T14:30:00Z'));
    expect(parseInstant('2019-10-24 14:30:15Z', 'end', '--to')).toBe(at('2019-10-24T14:30:15Z'));
    expect(parseInstant('20191024143000', 'end', '--to')).toBe(at('2019-10-24T14:30:00Z'));
  });

  it('rejects malformed and impossible dates with a usage error naming the flag', () => {
    expect(() => parseInstant('24/10/2019', 'start', '--from')).toThrow(
      'invalid --from "24/10/2019": expected a UTC day (2019-10-24) or instant',
    );
    expect(() => parseInstant('2019-02-30', 'end', '--to')).toThrow(
      'invalid --to "2019-02-30": no such date or time',
    );
    expect(() => parseInstant('2019-10-24T25:00', 'start', '--from')).toThrow(UsageError);
  });
});

describe('checkRange(version, range, now)', () => {
  const now = at('2026-01-01T00:00:00Z');

  it('refuses a range whose start is after its end', () => {
    expect(() =>
      checkRange(2, { from: at('2019-10-25T00:00:00Z'), to: at('2019-10-24T00:00:00Z') }, now),
    ).toThrow('--from 2019-10-25 00:00 UTC is after --to 2019-10-24 00:00 UTC');
  });

  it('refuses dates before each version begins, pointing GDELT 2.0 users to version 1', () => {
    const early = { from: at('2014-06-01T00:00:00Z'), to: at('2014-06-02T00:00:00Z') };
    expect(() => checkRange(2, early, now)).toThrow('use --version 1 for earlier dates');
    expect(checkRange(1, early, now)).toEqual(early);
    expect(() =>
      checkRange(1, { from: at('1978-12-31T00:00:00Z'), to: at('1979-01-02T00:00:00Z') }, now),
    ).toThrow('GDELT 1.0 begins on 1979-01-01');
  });

  it('clamps the end of a range to now and refuses one that starts in the future', () => {
    const range = { from: at('2025-12-31T00:00:00Z'), to: at('2026-06-01T00:00:00Z') };
    expect(checkRange(2, range, now)).toEqual({ from: range.from, to: now });
    expect(() =>
      checkRange(2, { from: at('2026-02-01T00:00:00Z'), to: at('2026-03-01T00:00:00Z') }, now),
    ).toThrow('is in the future');
  });
});

describe('expectedSlots(version, range) for GDELT 2.0', () => {
  it('lists every 15-minute slot whose time lies in the range, both ends included', () => {
    expect(ids(2, '2018-03-26T04:15:00Z', '2018-03-26T05:00:00Z')).toEqual([
      '20180326041500',
      '20180326043000',
      '20180326044500',
      '20180326050000',
    ]);
    expect(
      expectedSlots(2, { from: at('2019-10-24T14:30:00Z'), to: at('2019-10-24T14:30:00Z') }),
    ).toEqual([{ version: 2, id: '20191024143000', file: '20191024143000.export.CSV.zip' }]);
  });

  it('rounds a start inside a quarter hour up and an end down', () => {
    expect(ids(2, '2019-10-24T14:31:00Z', '2019-10-24T15:14:59Z')).toEqual([
      '20191024144500',
      '20191024150000',
    ]);
    expect(ids(2, '2019-10-24T14:31:00Z', '2019-10-24T14:44:00Z')).toEqual([]);
  });

  it('has 96 slots in a day', () => {
    const day = ids(2, '2019-10-24T00:00:00Z', '2019-10-24T23:59:59.999Z');
    expect(day).toHaveLength(96);
    expect(day[0]).toBe('20191024000000');
    expect(day[95]).toBe('20191024234500');
  });

  it('starts at the first published slot, 2015-02-18 23:00 UTC', () => {
    expect(GDELT2_FIRST_SLOT).toBe(at('2015-02-18T23:00:00Z'));
    expect(ids(2, '2015-02-18T00:00:00Z', '2015-02-19T00:00:00Z')).toEqual([
      '20150218230000',
      '20150218231500',
      '20150218233000',
      '20150218234500',
      '20150219000000',
    ]);
  });

  it('enumerates a decade as one arithmetic sequence, leap days included', () => {
    const slots = ids(2, '2015-02-18T23:00:00Z', '2025-02-18T22:45:00Z');
    // 3,653 days (2016, 2020 and 2024 are leap years) of 96 slots.
    expect(slots).toHaveLength(3653 * 96);
    expect(slots[0]).toBe('20150218230000');
    expect(slots[slots.length - 1]).toBe('20250218224500');
    expect(slots).toContain('20200229120000');
    expect(new Set(slots).size).toBe(slots.length);
  });
});

describe('expectedSlots(version, range) for GDELT 1.0', () => {
  it('uses yearly back-files to 2005, monthly files to March 2013 and daily files after', () => {
    const slots = expectedSlots(1, {
      from: at('2004-06-01T00:00:00Z'),
      to: at('2013-04-02T00:00:00Z'),
    });
    const names = slots.map((slot) => slot.file);
    expect(names.slice(0, 3)).toEqual(['2004.zip', '2005.zip', '200601.zip']);
    expect(names).toContain('201303.zip');
    expect(names.slice(-2)).toEqual(['20130401.export.CSV.zip', '20130402.export.CSV.zip']);
    expect(names).toHaveLength(2 + 87 + 2);
  });

  it('takes the whole file that holds each day of the range', () => {
    expect(ids(1, '1985-07-04T00:00:00Z', '1985-07-04T00:00:00Z')).toEqual(['1985']);
    expect(ids(1, '2010-02-15T00:00:00Z', '2010-04-01T00:00:00Z')).toEqual([
      '201002',
      '201003',
      '201004',
    ]);
    expect(ids(1, '2019-10-24T14:30:00Z', '2019-10-25T00:00:00Z')).toEqual([
      '20191024',
      '20191025',
    ]);
  });

  it('lists 1979 to 2025 in 27 years, 87 months and one file a day from 2013-04-01', () => {
    const slots = expectedSlots(1, {
      from: at('1979-01-01T00:00:00Z'),
      to: at('2025-12-31T00:00:00Z'),
    });
    const days = (at('2025-12-31T00:00:00Z') - at('2013-04-01T00:00:00Z')) / 86_400_000 + 1;
    expect(slots).toHaveLength(27 + 87 + days);
  });
});
