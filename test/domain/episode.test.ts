import { describe, expect, it } from 'vitest';
import { Episode } from '../../src/domain/episode.js';
import { gsomiaEpisode } from '../fixtures/bundle.js';

function problems(record: Record<string, unknown>): string[] {
  const result = Episode.safeParse(record);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('Episode (the episode schema)', () => {
  it('accepts a complete, sourced episode', () => {
    expect(problems(gsomiaEpisode())).toEqual([]);
  });

  it('rejects an issue type outside the codebook vocabulary', () => {
    expect(problems({ ...gsomiaEpisode(), issue: 'histroy' })[0]).toMatch(/^issue: .*history/);
  });

  it('rejects an involvement level outside 0–4', () => {
    expect(problems({ ...gsomiaEpisode(), usInvolvement: 5 })[0]).toMatch(/^usInvolvement:/);
  });

  it('rejects an episode whose end is before its start', () => {
    expect(problems({ ...gsomiaEpisode(), end: '2019-08-01' })).toEqual([
      'end: end 2019-08-01 is before start 2019-08-22',
    ]);
  });

  it('rejects a date that does not exist', () => {
    expect(problems({ ...gsomiaEpisode(), start: '2019-02-30' })[0]).toMatch(/^start: /);
  });

  it('requires at least one source', () => {
    const found = problems({ ...gsomiaEpisode(), sources: [] });
    expect(found[0]).toBe('sources: every episode needs at least one source');
    // and, consequently, nothing can be marked verified
    expect(found.slice(1)).toContain(
      'confidence.usInvolvement: is "verified" but no source lists "usInvolvement" in its supports',
    );
  });

  it('refuses a field marked verified that no cited source supports', () => {
    const episode = gsomiaEpisode();
    episode.confidence = { ...(episode.confidence as object), covariates: 'verified' };
    expect(problems(episode)).toEqual([
      'confidence.covariates: is "verified" but no source lists "covariates" in its supports',
    ]);
  });

  it('refuses an alternative coding equal to the coding chosen', () => {
    const episode = { ...gsomiaEpisode(), usInvolvementAlternative: { level: 4, why: 'same' } };
    expect(problems(episode)).toEqual([
      'usInvolvementAlternative.level: the alternative coding must differ from the coding chosen',
    ]);
  });

  it('refuses a secondary issue that repeats the primary', () => {
    expect(problems({ ...gsomiaEpisode(), secondaryIssues: ['security'] })).toEqual([
      'secondaryIssues: repeats the primary issue "security"',
    ]);
  });

  it('refuses fields it does not know, catching typos', () => {
    expect(problems({ ...gsomiaEpisode(), outcomes: 'resolved' })[0]).toMatch(/outcomes/);
  });
});
