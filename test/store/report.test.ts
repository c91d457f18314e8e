import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { dataReport } from '../../src/store/report.js';
import { gsomiaEpisode, writeBundle } from '../fixtures/bundle.js';
import { builtDatabase } from '../fixtures/database.js';

describe('dataReport(db)', () => {
  it('counts episodes by decade, issue and level, and the share verified', async () => {
    const other = {
      ...gsomiaEpisode(),
      id: 'E1998-TEST',
      start: '1998-10-08',
      end: '1998-10-08',
      kind: 'rapprochement',
      issue: 'history',
      secondaryIssues: [],
      usInvolvement: 0,
      usInvolvementAlternative: undefined,
      usResponse: { summary: 'None found.', actors: [] },
      securityCooperationAtStake: false,
      instruments: [],
      escalation: 0,
      escalationAtTrigger: 0,
      outcome: 'resolved',
      sources: [{ ...(gsomiaEpisode().sources as object[])[1], supports: ['description'] }],
      confidence: {
        dates: 'unverified',
        description: 'verified',
        usResponse: 'unverified',
        usInvolvement: 'unverified',
        covariates: 'unverified',
        outcome: 'unverified',
      },
    };
    const db = await openDatabase(
      await builtDatabase(await writeBundle({ episodes: [gsomiaEpisode(), other] })),
      { readOnly: true },
    );
    const report = await dataReport(db);
    db.close();
    expect(report.totals).toMatchObject({
      episodes: 2,
      dispute: 1,
      rapprochement: 1,
      chronologyEvents: 1,
      nkSeries: '1984-01 to 2025-12',
    });
    expect(report.episodesByDecade).toEqual([
      { decade: '1990s', episodes: 1, level0: 1, level1: 0, level2: 0, level3: 0, level4: 0 },
      { decade: '2010s', episodes: 1, level0: 0, level1: 0, level2: 0, level3: 0, level4: 1 },
    ]);
    expect(report.verification.usInvolvementJustifiedBySource).toBe(0.5);
    expect(report.verification.episodeFields.find((f) => f.field === 'description')).toMatchObject({
      shareVerified: 1,
      verified: 2,
    });
    expect(report.verification.chronology).toBe(1);
  });
});
