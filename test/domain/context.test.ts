import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../src/domain/context.js';

describe('monthsBetween(first, last)', () => {
  it('lists every month of the span, across year ends', () => {
    expect(monthsBetween('1984-11', '1985-02')).toEqual([
      '1984-11',
      '1984-12',
      '1985-01',
      '1985-02',
    ]);
    expect(monthsBetween('1984-01', '2025-12')).toHaveLength(504);
  });
});
