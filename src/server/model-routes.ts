/**
 * `GET /api/model` (coefficients with intervals and the out-of-sample evaluation) and
 * `POST /api/predict` (a scenario in, probabilities out). The model is fitted from the
 * database on first use and kept until the database changes (its generation moves on).
 */
import { Hono } from 'hono';
import { scenarioFrom } from '../domain/scenario.js';
import type { Evaluation } from '../models/involvement/evaluation.js';
import {
  contrastEpisodes,
  evaluateInvolvementModel,
  fitInvolvementModel,
  HEADLINE_PAIR,
} from '../models/involvement/model.js';
import { predictScenario } from '../models/involvement/prediction.js';
import { RISK_MODEL } from '../models/involvement/specification.js';
import { summariseModel } from '../models/involvement/summary.js';
import type { Database } from '../store/database.js';
import { loadModelInputs } from '../store/model-inputs.js';
import { jsonBody } from './body.js';
import type { ApiEnv } from './env.js';

/** A scenario is a handful of fields: 16 KiB is far more than one needs. */
const SCENARIO_BODY = {
  limit: 16 * 1024,
  what: 'invalid scenario (request body)',
  example: '{"date":"2026-03-01","issue":"security","securityCooperationAtStake":true}',
};

export function modelRoutes() {
  const fitted = perGeneration(async (db) => fitInvolvementModel(await loadModelInputs(db)));
  const evaluation = perGeneration(async (db) =>
    evaluateInvolvementModel(await loadModelInputs(db)),
  );
  return new Hono<ApiEnv>()
    .get('/model', async (c) => {
      const { db, generation } = c.var;
      const involvement = await fitted(db, generation);
      const report = await evaluation(db, generation);
      return c.json({
        model: summariseModel(involvement.model),
        specification: RISK_MODEL,
        evaluation: {
          leaveOneOut: withoutCases(report.leaveOneOut),
          rollingOrigin: withoutCases(report.rollingOrigin),
          ablation: report.ablation,
        },
        headline: contrastEpisodes(involvement, ...HEADLINE_PAIR),
      });
    })
    .post('/predict', async (c) => {
      const body = await jsonBody(c, SCENARIO_BODY);
      const scenario = scenarioFrom(body, 'request body');
      const { model, set } = await fitted(c.var.db, c.var.generation);
      return c.json(predictScenario(model, set, scenario));
    });
}

function withoutCases(evaluation: Evaluation): Omit<Evaluation, 'cases'> {
  const { cases: _cases, ...rest } = evaluation;
  return rest;
}

/**
 * Computes `make` once per database generation and shares its promise; a failure is retried
 * on the next call.
 */
function perGeneration<T>(make: (db: Database) => Promise<T>) {
  let cached: { generation: number; value: Promise<T> } | undefined;
  return (db: Database, generation: number): Promise<T> => {
    if (cached?.generation !== generation) {
      const value = make(db).catch((error: unknown) => {
        if (cached?.value === value) cached = undefined;
        throw error;
      });
      cached = { generation, value };
    }
    return cached.value;
  };
}
