/** The relations page: a dyad's index over time, episodes overlaid, the US signal beneath. */
import embed from 'vega-embed';
import { relationsSpec, type SignalBar, signalSpec } from '../../src/charts/relations.js';
import type { IndexResult } from '../../src/indices/relations.js';
import type { SignalResult } from '../../src/indices/us-signal.js';
import { type EpisodeRecord, fetchEpisodes, getJson } from './api.js';
import { h } from './element.js';
import { renderNav } from './nav.js';

const dyad = document.querySelector<HTMLSelectElement>('#index-dyad');
const source = document.querySelector<HTMLSelectElement>('#index-source');
const freq = document.querySelector<HTMLSelectElement>('#index-freq');
const status = document.querySelector<HTMLElement>('#relations-status');
const indexChart = document.querySelector<HTMLElement>('#index-chart');
const signalChart = document.querySelector<HTMLElement>('#signal-chart');

let episodes: EpisodeRecord[] = [];
/** Each refresh's number: an answer to an older request than the latest is dropped. */
let latest = 0;

function signalBars(signal: SignalResult): SignalBar[] {
  return signal.periods.flatMap((p) =>
    signal.kinds.map((kind) => ({
      period: p.period,
      kind: kind.name,
      events: p.toAllies.reduce(
        (sum, ally) =>
          sum +
          Number(ally[kind.name as 'appeals' | 'consultations' | 'mediation' | 'pressure'] ?? 0),
        0,
      ),
    })),
  );
}

async function refresh(): Promise<void> {
  const request = ++latest;
  document.body.dataset.ready = 'busy';
  const chosen = source?.value ?? 'chronology';
  // The curated chronology is scored monthly.
  if (freq !== null) freq.disabled = chosen === 'chronology';
  const query = new URLSearchParams({
    source: chosen,
    freq: chosen === 'chronology' ? 'month' : (freq?.value ?? 'month'),
  });
  try {
    if (episodes.length === 0) episodes = await fetchEpisodes({});
    const indexQuery = new URLSearchParams(query);
    indexQuery.set('dyad', dyad?.value ?? 'KOR-JPN');
    const [index, signal] = await Promise.all([
      getJson<IndexResult>(`api/index?${indexQuery}`),
      getJson<SignalResult>(`api/signal?${query}`),
    ]);
    if (request !== latest) return;
    const pair = index.series[0];
    const chronology = chosen === 'chronology';
    const points = (pair?.periods ?? []).map((p) => ({
      period: p.period,
      value: chronology ? p.score : p.tension,
      unusual: p.unusual,
    }));
    const title = chronology
      ? 'relation score (−9 hostile … +9 friendly)'
      : 'tension (−z of net cooperation)';
    document
      .querySelector('#index-title')
      ?.replaceChildren(
        `${pair?.label ?? 'KOR↔JPN'}: ${title}, ${index.range.from} to ${index.range.to}`,
      );
    if (indexChart !== null) {
      await embed(indexChart, relationsSpec(points, episodes, { title, ...index.range }), {
        renderer: 'svg',
        actions: false,
      });
      indexChart.dataset.periods = String(points.length);
      indexChart.dataset.unusual = String(points.filter((p) => p.unusual).length);
    }
    document
      .querySelector('#index-notes')
      ?.replaceChildren(...index.notes.map((note) => h('li', {}, note)));
    const bars = signalBars(signal);
    if (signalChart !== null) {
      await embed(signalChart, signalSpec(bars, `${signal.patron}→ally events`), {
        renderer: 'svg',
        actions: false,
      });
      signalChart.dataset.events = String(bars.reduce((sum, b) => sum + b.events, 0));
    }
    const trilateral = signal.periods.reduce((sum, p) => sum + p.trilateralDays, 0);
    document
      .querySelector('#signal-summary')
      ?.replaceChildren(
        `${signal.patron}→${signal.allies.join('/')} events by kind per period; ${trilateral} days meet the trilateral rule. ${signal.notes.map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}.`).join(' ')}`,
      );
    if (status !== null) {
      const total = (pair?.periods ?? []).reduce((sum, p) => sum + p.total, 0);
      status.textContent = `${total} ${chronology ? 'chronology' : chosen} events between the two, ${index.coverage.first} to ${index.coverage.last}`;
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    if (request !== latest) return;
    status?.replaceChildren(
      h('span', { class: 'error' }, String(error instanceof Error ? error.message : error)),
    );
    indexChart?.replaceChildren();
    signalChart?.replaceChildren();
    document.body.dataset.ready = 'error';
  }
}

renderNav('relations.html');
dyad?.addEventListener('change', () => void refresh());
source?.addEventListener('change', () => void refresh());
freq?.addEventListener('change', () => void refresh());
void refresh();
