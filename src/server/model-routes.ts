/**
 * `GET /api/model` (coefficients with intervals and the out-of-sample evaluation) and
 * `POST /api/predict` (a scenario in, probabilities out). The model is fitted from the
 * database on first use and kept: the database is read-only while the server runs.
 */
import type { Hono } from 'hono';
import { scenarioFrom } from '../domain/scenario.js';
import { UsageError } from '../errors.js';
import type { Evaluation } from '../models/evaluation.js';
import {
  contrastEpisodes,
  evaluateInvolvementModel,
  fitInvolvementModel,
  HEADLINE_PAIR,
} from '../models/involvement.js';
import { predictScenario } from '../models/prediction.js';
import { RISK_MODEL } from '../models/specification.js';
import { summariseModel } from '../models/summary.js';
import type { Database } from '../store/database.js';
import { loadModelInputs } from '../store/model-inputs.js';

export function registerModelRoutes(app: Hono, db: Database): void {
  const inputs = once(() => loadModelInputs(db));
  const fitted = once(async () => fitInvolvementModel(await inputs()));
  const evaluation = once(async () => evaluateInvolvementModel(await inputs()));

  app.get('/api/model', async (c) => {
    const involvement = await fitted();
    const report = await evaluation();
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
  });

  app.post('/api/predict', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new UsageError(
        'invalid scenario (request body): not JSON. Send e.g. {"date":"2026-03-01","issue":"security","securityCooperationAtStake":true} with Content-Type: application/json',
      );
    }
    const scenario = scenarioFrom(body, 'request body');
    const { model, set } = await fitted();
    return c.json(predictScenario(model, set, scenario));
  });
}

function withoutCases(evaluation: Evaluation): Omit<Evaluation, 'cases'> {
  const { cases: _cases, ...rest } = evaluation;
  return rest;
}

/** Runs `make` once, on first call, and shares its promise; a failure is retried next time. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= make().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
