/** The scenario page: a form → POST /api/predict → probabilities, reasons, analogues. */
import embed from 'vega-embed';
import { probabilitySpec } from '../../src/charts/probabilities.js';
import type { Prediction } from '../../src/models/involvement/prediction.js';
import { api, body } from './api.js';
import { levelBadge } from './badge.js';
import { h } from './element.js';
import { covariateLabel, fieldLabel, humanise } from './labels.js';
import { renderNav } from './nav.js';

const form = document.querySelector<HTMLFormElement>('#scenario-form');
const status = document.querySelector<HTMLElement>('#scenario-status');
const results = document.querySelector<HTMLElement>('#results');
const staleNote = document.querySelector<HTMLElement>('#stale-note');

const STALE_TEXT =
  'Outdated: the form has changed since this answer. Press Predict for an answer to the new scenario.';

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

/** A covariate's value as a reader takes it: yes/no for indicators, tests for the log. */
function covariateValue(covariate: string, value: number): string {
  if (covariate.startsWith('issue') || covariate === 'securityAtStake') {
    return value === 1 ? 'yes' : value === 0 ? 'no' : String(value);
  }
  if (covariate === 'nkActivity') {
    return `${value.toFixed(2)} (about ${Math.round(Math.expm1(value))} launches and tests)`;
  }
  return String(value);
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
          h('td', {}, covariateLabel(c.covariate, c.label)),
          h('td', {}, covariateValue(c.covariate, c.value)),
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
      ...prediction.derived.map((d) =>
        h(
          'li',
          { 'data-field': d.field },
          h('strong', {}, fieldLabel(d.field)),
          `: ${d.value}. ${humanise(d.how).replace(/^./, (c) => c.toUpperCase())}.`,
        ),
      ),
    );
  document
    .querySelector('#analogues tbody')
    ?.replaceChildren(
      ...prediction.analogues.map((a) =>
        h(
          'tr',
          { 'data-id': a.id },
          h('td', { class: 'title', 'data-label': 'episode' }, a.title),
          h('td', { class: 'date', 'data-label': 'start' }, a.start),
          h('td', { class: 'nowrap', 'data-label': 'similarity' }, a.similarity.toFixed(2)),
          h('td', { class: 'nowrap', 'data-label': 'US' }, levelBadge(a.usInvolvement)),
          h('td', { class: 'why', 'data-label': 'why' }, humanise(a.why)),
        ),
      ),
    );
}

/** Marks the answer on the page as not (or no longer) the answer to the form. */
function markStale(stale: boolean): void {
  if (results === null) return;
  if (stale) results.dataset.stale = 'true';
  else delete results.dataset.stale;
  results.setAttribute('aria-describedby', stale ? 'stale-note' : '');
  if (staleNote !== null) staleNote.textContent = stale ? STALE_TEXT : '';
}

/** Each request's number: an answer to an older request than the latest is dropped. */
let latest = 0;
/** Bumped by every change to the form: an answer is current only if the form is unchanged. */
let formVersion = 0;

async function predict(): Promise<void> {
  if (form === null) return;
  const request = ++latest;
  const asked = formVersion;
  document.body.dataset.ready = 'busy';
  if (status !== null) status.textContent = 'Predicting…';
  try {
    const prediction = await body(
      api.predict.$post(undefined, {
        init: {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(scenarioFromForm(new FormData(form))),
        },
      }),
    );
    if (request !== latest) return;
    await render(prediction);
    markStale(asked !== formVersion);
    if (status !== null) status.textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    if (request !== latest) return;
    status?.replaceChildren(h('span', { class: 'error' }, String(error)));
    document.body.dataset.ready = 'error';
  }
}

function formChanged(): void {
  formVersion++;
  markStale(true);
}

renderNav('scenario.html');
form?.addEventListener('input', formChanged);
form?.addEventListener('change', formChanged);
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void predict();
});
void predict();
