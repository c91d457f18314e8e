/**
 * Human names for the model's fields and covariates, for the scenario page. The API answers
 * with field names (`nkTests12m`) in `derived[].field` and inside the `how` sentences; the
 * page shows their names in words instead. Labels match the form's and the model page's.
 */

/** Scenario fields and covariates, by the name the API uses. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  date: 'date',
  issue: 'primary issue',
  kind: 'kind of episode',
  escalation: 'escalation (0–3)',
  securityCooperationAtStake: 'security cooperation at stake',
  securityAtStake: 'security cooperation at stake',
  northKoreaThreat: 'North Korean threat reading (0–3)',
  nkTests12m: 'North Korean launches and tests, prior 12 months',
  nkActivity: 'North Korean activity, log(1 + launches and tests in the prior 12 months)',
  instruments: 'instruments at stake',
  issueTerritory: 'territorial issue',
  issueTrade: 'trade issue',
  issueSecurity: 'security issue',
  issueOther: 'other issue',
};

/** Shorter names for use inside a sentence ("the reading North Korean threat = 2"). */
const INLINE_LABELS: Readonly<Record<string, string>> = {
  northKoreaThreat: 'North Korean threat',
  nkTests12m: 'North Korean launches and tests in the prior 12 months',
  nkActivity: 'North Korean activity',
  securityCooperationAtStake: 'security cooperation at stake',
};

/** True for a name written like code: camelCase or with digits inside (`nkTests12m`). */
export function looksLikeFieldName(text: string): boolean {
  return /^[a-z]+(?:[A-Z0-9][a-z0-9]*)+$/.test(text);
}

/** The human name of a field; an unknown camelCase name is split into words. */
export function fieldLabel(field: string): string {
  return (
    FIELD_LABELS[field] ??
    (looksLikeFieldName(field) ? field.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase() : field)
  );
}

/** A covariate's label as the API gives it, unless that is a field name. */
export function covariateLabel(covariate: string, label: string): string {
  return label === '' || looksLikeFieldName(label) ? fieldLabel(covariate) : label;
}

/** A sentence from the API with its field names in words: `northKoreaThreat=2` and all. */
export function humanise(text: string): string {
  return text.replace(
    /\b([a-z]+(?:[A-Z0-9][a-z0-9]*)+)\b(=(\S+?))?(?=[\s:;,.)]|$)/g,
    (match, name, _eq, value) => {
      if (!(name in FIELD_LABELS)) return match;
      const label = INLINE_LABELS[name] ?? fieldLabel(name);
      return value === undefined ? label : `${label} = ${value}`;
    },
  );
}
