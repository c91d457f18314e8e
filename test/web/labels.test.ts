import { describe, expect, it } from 'vitest';
import { covariateLabel, fieldLabel, humanise } from '../../web/src/labels.js';

describe('fieldLabel(field)', () => {
  it('names the model’s fields in words', () => {
    expect(fieldLabel('nkTests12m')).toBe('North Korean launches and tests, prior 12 months');
    expect(fieldLabel('kind')).toBe('kind of episode');
  });

  it('splits a field it does not know into words rather than show it as code', () => {
    expect(fieldLabel('allianceTreatyInForce')).toBe('alliance treaty in force');
  });
});

describe('covariateLabel(covariate, label)', () => {
  it('keeps the API’s label, unless the label is itself a field name', () => {
    expect(covariateLabel('nkActivity', 'North Korean activity')).toBe('North Korean activity');
    expect(covariateLabel('issueTrade', 'issueTrade')).toBe('trade issue');
  });
});

describe('humanise(text)', () => {
  it('writes `field=value` and bare field names of the API’s explanations in words', () => {
    expect(
      humanise(
        'translated from the reading northKoreaThreat=2: the mean log(1 + tests in 12 months)',
      ),
    ).toBe(
      'translated from the reading North Korean threat = 2: the mean log(1 + tests in 12 months)',
    );
    expect(
      humanise('the context series does not reach back and no northKoreaThreat was given'),
    ).toBe('the context series does not reach back and no North Korean threat was given');
  });

  it('leaves other words alone', () => {
    const text = 'defaulted: a scenario is a dispute (tension) unless it says otherwise';
    expect(humanise(text)).toBe(text);
  });
});
