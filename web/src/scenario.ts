/** The scenario page: a form → POST /api/predict → probabilities, reasons, analogues. */
import embed from 'vega-embed';
import { probabilitySpec } from '../../src/charts/probabilities.js';
import type { Prediction } from '../../src/models/involvement/prediction.js';
import { postJson } from './api.js';
import { levelBadge } from './badge.js';
import { h } from './element.js';
import { renderNav } from './nav.js';

const form = document.querySelector<HTMLFormElement>('#scenario-form');
const status = document.querySelector<HTMLElement>('#scenario-status');

function scenarioFromForm(data: FormData): Record<string, unknown> {
  const scenario: Record<string, unknown> = {
    date: String(data.get('date') ?? ''),
    issue: String(data.get('issue') ?? ''),
    securityCooperationAtStake: data.get('securityCooperationAtStake') !== null,
  };
  for (const field of ['escalation', 'northKoreaThreat']) {
    const value = String(data.get(field) ?? '');
    if (value !== '') scenario[field] = Number(value);
  }
  return scenario;
}

async function render(prediction: Prediction): Promise<void> {
  const figure = document.querySelector<HTMLElement>('#probabilities');
  if (figure !== null) {
    await embed(
      figure,
      probabilitySpec(prediction.probabilities, prediction.interval.probabilities),
      {
        renderer: 'svg',
        actions: false,
      },
    );
    figure.dataset.probabilities = prediction.probabilities.join(',');
  }
  const [low, high] = prediction.interval.probabilityAtLeast3;
  document
    .querySelector('#headline')
    ?.replaceChildren(
      `Most likely level ${prediction.mostLikelyLevel}; expected level ${prediction.expectedLevel}; P(active mediation or pressure, level ≥ 3) = ${prediction.probabilityAtLeast3.toFixed(2)} (90% interval ${low.toFixed(2)}–${high.toFixed(2)}). Model fitted to ${prediction.model.n} episodes.`,
    );
  document
    .querySelector('#contributions tbody')
    ?.replaceChildren(
      ...prediction.contributions.map((c) =>
        h(
          'tr',
          { 'data-covariate': c.covariate },
          h('td', {}, c.label),
          h('td', {}, String(c.value)),
          h(
            'td',
            { class: c.effect >= 0 ? 'up' : 'down' },
            `${c.effect >= 0 ? '+' : ''}${c.effect.toFixed(2)}`,
          ),
        ),
      ),
    );
  document
    .querySelector('#derived')
    ?.replaceChildren(
      ...prediction.derived.map((d) => h('li', {}, `${d.field} = ${d.value}: ${d.how}`)),
    );
  document
    .querySelector('#analogues tbody')
    ?.replaceChildren(
      ...prediction.analogues.map((a) =>
        h(
          'tr',
          { 'data-id': a.id },
          h('td', {}, a.title),
          h('td', {}, a.start),
          h('td', {}, a.similarity.toFixed(2)),
          h('td', {}, levelBadge(a.usInvolvement)),
          h('td', {}, a.why),
        ),
      ),
    );
}

/** Each request's number: an answer to an older request than the latest is dropped. */
let latest = 0;

async function predict(): Promise<void> {
  if (form === null) return;
  const request = ++latest;
  document.body.dataset.ready = 'busy';
  try {
    const prediction = await postJson<Prediction>(
      'api/predict',
      scenarioFromForm(new FormData(form)),
    );
    if (request !== latest) return;
    await render(prediction);
    if (status !== null) status.textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    if (request !== latest) return;
    status?.replaceChildren(h('span', { class: 'error' }, String(error)));
    document.body.dataset.ready = 'error';
  }
}

renderNav('scenario.html');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void predict();
});
void predict();
