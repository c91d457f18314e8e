import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { PLOVER_SCORES, ploverScore } from '../../src/domain/plover.js';

describe('PLOVER scores (PLOVER manual Draft 2.0, Table tab:ploverscores)', () => {
  it('gives the score of the mode where the table lists it, else of the type', () => {
    expect(ploverScore('CONSULT', 'visit')).toBe(4);
    expect(ploverScore('CONSULT', 'Phone')).toBe(1.5);
    expect(ploverScore('CONSULT')).toBe(2.5);
    expect(ploverScore('ASSAULT', 'massacre')).toBe(-9);
    expect(ploverScore('DEMAND', 'change')).toBe(-1);
    expect(ploverScore('FIGHT')).toBeNull();
  });

  it('has no score for ACCUSE without a mode (the manual prints +3, against its modes)', () => {
    expect(ploverScore('ACCUSE')).toBeNull();
    expect(ploverScore('ACCUSE', 'allege')).toBe(-3.5);
  });

  it('stays within −10..+10 and covers every PLOVER type of the CAMEO table', async () => {
    const scores = PLOVER_SCORES.map((s) => s.score).filter((s) => s !== null);
    expect(Math.min(...scores)).toBe(-10);
    expect(Math.max(...scores)).toBe(10);
    const csv = await readFile(join(PATHS.dataDir, 'cameo.csv'), 'utf8');
    const types = new Set(
      csv
        .split('\n')
        .slice(1)
        .map((line) => /,([A-Z]+),[a-z_-]*,/.exec(line)?.[1])
        .filter((type) => type !== undefined),
    );
    for (const type of types) {
      expect(
        PLOVER_SCORES.some((s) => s.type === type),
        type,
      ).toBe(true);
    }
  });
});
