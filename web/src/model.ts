/** The model page: coefficients with intervals, calibration, out-of-sample scores. */
import embed from 'vega-embed';
import { calibrationSpec } from '../../src/charts/calibration.js';
import { coefficientSpec } from '../../src/charts/coefficients.js';
import type { BaselineName, Evaluation } from '../../src/models/involvement/evaluation.js';
import { api, body } from './api.js';
import { h } from './element.js';
import { renderNav } from './nav.js';

const BASELINES: BaselineName[] = ['climatology', 'issueOnly', 'uniform'];

function scoreRows(evaluation: Omit<Evaluation, 'cases'>): HTMLTableRowElement[] {
  const rows = [
    { name: 'model', s: evaluation.model, skill: '' },
    ...BASELINES.map((name) => {
      const skill = evaluation.skill[name];
      return {
        name,
        s: evaluation.baselines[name],
        skill: `${skill.rps.toFixed(3)} (${skill.interval[0].toFixed(2)} to ${skill.interval[1].toFixed(2)})`,
      };
    }),
  ];
  return rows.map((r) =>
    h(
      'tr',
      { 'data-scheme': evaluation.scheme, 'data-forecaster': r.name },
      h('td', {}, evaluation.scheme),
      h('td', {}, r.name),
      h('td', {}, String(evaluation.n)),
      h('td', {}, r.s.rps.toFixed(3)),
      h('td', {}, r.s.brier.toFixed(3)),
      h('td', {}, r.s.logScore.toFixed(3)),
      h('td', {}, r.s.accuracy.toFixed(2)),
      h('td', {}, r.s.withinOne.toFixed(2)),
      h('td', {}, r.skill),
    ),
  );
}

async function render(): Promise<void> {
  renderNav('model.html');
  try {
    const { model, evaluation } = await body(api.model.$get());
    const description = document.querySelector('#model-description');
    if (description !== null) {
      description.textContent = `${model.description}. Fitted to ${model.n} episodes; log-likelihood ${model.logLik.toFixed(2)}${model.converged ? '' : ' (did not converge)'}.`;
    }
    document
      .querySelector('#coefficient-table tbody')
      ?.replaceChildren(
        ...model.coefficients.map((c) =>
          h(
            'tr',
            { 'data-covariate': c.covariate },
            h('td', {}, c.label),
            h('td', {}, c.estimate.toFixed(2)),
            h('td', {}, `${c.interval[0].toFixed(2)} to ${c.interval[1].toFixed(2)}`),
            h('td', {}, c.oddsRatio.toFixed(2)),
            h('td', {}, c.definition),
          ),
        ),
      );
    document
      .querySelector('#score-table tbody')
      ?.replaceChildren(
        ...scoreRows(evaluation.leaveOneOut),
        ...scoreRows(evaluation.rollingOrigin),
      );
    const coefficients = document.querySelector<HTMLElement>('#coefficients');
    const calibration = document.querySelector<HTMLElement>('#calibration');
    if (coefficients !== null) {
      await embed(coefficients, coefficientSpec(model.coefficients), {
        renderer: 'svg',
        actions: false,
      });
    }
    if (calibration !== null) {
      await embed(calibration, calibrationSpec(evaluation.leaveOneOut.calibration), {
        renderer: 'svg',
        actions: false,
      });
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    document
      .querySelector('#model-description')
      ?.replaceChildren(
        h('span', { class: 'error' }, `Could not load the model: ${String(error)}`),
      );
    document.body.dataset.ready = 'error';
  }
}

void render();
