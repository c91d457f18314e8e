import { FinelineError } from '../../errors.js';

/**
 * Checking an ordinal-model data set once, where it enters the fit, so the Newton iterations
 * can trust it. Every message says what was wrong, where (row, column, level) and what to do.
 */

/** Bad input to a model fit: the caller has to change the data or the options. */
export class ModelInputError extends FinelineError {
  override readonly exitCode = 2;
}

export interface OrdinalData {
  /** One row of covariates per observation (no intercept column: the thresholds play that part). */
  x: readonly (readonly number[])[];
  /** Observed level of each row, an integer in 0..levels−1. */
  y: readonly number[];
  /** Number of ordered levels K (at least 2). */
  levels: number;
  /** Case weights (frequency weights, as in MASS::polr); 1 for every row when omitted. */
  weights?: readonly number[];
  /** Covariate names, one per column; x1, x2, … when omitted. */
  names?: readonly string[];
}

/** The data after checking: weights filled in, names settled. */
export interface OrdinalDesign {
  x: readonly (readonly number[])[];
  y: readonly number[];
  weights: readonly number[];
  levels: number;
  names: string[];
}

/**
 * `penalised`: a Gaussian prior on β will be used. A constant covariate is then harmless (the
 * prior pins its coefficient at 0 and the posterior stays proper), which happens in
 * cross-validation folds that lack a category; without a prior it is an error.
 */
export function checkOrdinalData(data: OrdinalData, penalised = false): OrdinalDesign {
  const { x, y, levels } = data;
  if (!Number.isInteger(levels) || levels < 2) {
    throw new ModelInputError(
      `an ordinal model needs an integer number of levels ≥ 2 (found ${levels})`,
    );
  }
  if (y.length === 0) {
    throw new ModelInputError('cannot fit an ordinal model to empty data: y has no observations');
  }
  if (x.length !== y.length) {
    throw new ModelInputError(
      `x has ${x.length} rows but y has ${y.length} values: give one covariate row per observation`,
    );
  }
  const weights = data.weights ?? y.map(() => 1);
  if (weights.length !== y.length) {
    throw new ModelInputError(
      `weights has ${weights.length} values but y has ${y.length}: give one weight per observation`,
    );
  }
  const columns = x[0]?.length ?? 0;
  const names = data.names === undefined ? defaultNames(columns) : [...data.names];
  if (names.length !== columns) {
    throw new ModelInputError(
      `names has ${names.length} entries but x has ${columns} columns: name every covariate`,
    );
  }
  x.forEach((row, i) => {
    if (row.length !== columns) {
      throw new ModelInputError(
        `row ${i} of x has ${row.length} values, expected ${columns} like row 0`,
      );
    }
    row.forEach((value, j) => {
      if (!Number.isFinite(value)) {
        throw new ModelInputError(
          `x[${i}] covariate "${names[j]}" is ${value}: covariates must be finite numbers (drop or impute the row)`,
        );
      }
    });
  });
  const totals = new Array<number>(levels).fill(0);
  y.forEach((level, i) => {
    if (!Number.isInteger(level) || level < 0 || level >= levels) {
      throw new ModelInputError(`y[${i}] is ${level}: levels must be integers 0..${levels - 1}`);
    }
    const weight = weights[i] ?? Number.NaN;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new ModelInputError(`weights[${i}] is ${weight}: weights must be finite and ≥ 0`);
    }
    totals[level] = (totals[level] ?? 0) + weight;
  });
  totals.forEach((total, level) => {
    if (total === 0) throw new ModelInputError(emptyLevelMessage(level, levels));
  });
  if (!penalised) checkColumnsVary(x, weights, names);
  return { x, y, weights, levels, names };
}

function defaultNames(columns: number): string[] {
  return Array.from({ length: columns }, (_, j) => `x${j + 1}`);
}

/**
 * With no observations at level k the likelihood is maximised with the thresholds on either
 * side of k equal (or one of them infinite at the ends), so they have no finite, ordered MLE.
 */
function emptyLevelMessage(level: number, levels: number): string {
  const which =
    level === 0
      ? 'θ_0 would run off to −∞'
      : level === levels - 1
        ? `θ_${levels - 2} would run off to +∞`
        : `θ_${level - 1} and θ_${level} would collapse into one`;
  return (
    `level ${level} of 0..${levels - 1} has no observations (or zero total weight), so the ` +
    `thresholds cannot be estimated: ${which}. Merge level ${level} with a neighbouring ` +
    'level (and renumber), or drop it from the scale'
  );
}

/** A constant covariate is confounded with the thresholds: say which one. */
function checkColumnsVary(
  x: readonly (readonly number[])[],
  weights: readonly number[],
  names: readonly string[],
): void {
  names.forEach((name, j) => {
    let first: number | undefined;
    const varies = x.some((row, i) => {
      if ((weights[i] ?? 0) === 0) return false;
      const value = row[j] ?? 0;
      if (first === undefined) first = value;
      return value !== first;
    });
    if (!varies) {
      throw new ModelInputError(
        `covariate "${name}" takes the same value in every (weighted) row: it cannot be ` +
          'told apart from the thresholds. Drop it',
      );
    }
  });
}

/** Prior precisions 1/sd² per coefficient (zeros when there is no prior). */
export function priorPrecisions(
  prior: { sd: number | readonly number[] } | undefined,
  names: readonly string[],
): number[] {
  if (prior === undefined) return names.map(() => 0);
  const sds = typeof prior.sd === 'number' ? names.map(() => prior.sd as number) : [...prior.sd];
  if (sds.length !== names.length) {
    throw new ModelInputError(
      `prior.sd has ${sds.length} entries but there are ${names.length} coefficients: ` +
        'give one sd for all or one per coefficient',
    );
  }
  return sds.map((sd, j) => {
    if (!(Number.isFinite(sd) && sd > 0)) {
      throw new ModelInputError(
        `prior sd for "${names[j]}" is ${sd}: it must be a finite number > 0 (omit the prior for a flat one)`,
      );
    }
    return 1 / (sd * sd);
  });
}
