/** The relations page: a dyad's index over time, episodes overlaid, the US signal beneath. */
import embed from 'vega-embed';
import {
  isEpisodeDyad,
  type PeriodFrame,
  relationsSpec,
  type SignalBar,
  signalSpec,
} from '../../src/charts/relations.js';
import { periodDomain } from '../../src/charts/time-axis.js';
import type { Frequency } from '../../src/domain/event-data.js';
import type { IndexResult } from '../../src/indices/relations.js';
import type { SignalResult } from '../../src/indices/us-signal.js';
import { api, body, type EpisodeRecord, fetchEpisodes, fetchIndex } from './api.js';
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
/** The views on the page, finalised before they are replaced (they listen for resizes). */
const views = new Map<HTMLElement, { finalize(): void }>();

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

/** Draws a spec in a figure, or, when there is nothing to draw, says so instead. */
async function draw(
  figure: HTMLElement,
  spec: Parameters<typeof embed>[1] | null,
  empty: string,
): Promise<void> {
  views.get(figure)?.finalize();
  views.delete(figure);
  if (spec === null) {
    figure.dataset.state = 'empty';
    figure.replaceChildren(h('p', { class: 'empty-chart', role: 'note' }, empty));
    return;
  }
  figure.dataset.state = 'drawn';
  const result = await embed(figure, spec, { renderer: 'svg', actions: false });
  views.set(figure, result);
}

/** The frame both charts share: one x domain, ticks and legends for the figure's width. */
function frameFor(periods: string[], frequency: Frequency): PeriodFrame | null {
  const domain = periodDomain(periods, frequency);
  if (domain === null) return null;
  const width = indexChart?.clientWidth ?? 800;
  return {
    domain,
    freq: frequency,
    maxTicks: Math.max(2, Math.floor(width / 90)),
    ...(width < 640 ? { legendColumns: 2 } : {}),
  };
}

function emptyIndexMessage(index: IndexResult, chronology: boolean, total: number): string {
  const { definition, range } = index;
  const pair = `${definition.dyad.source} and ${definition.dyad.target}`;
  if (total === 0) {
    return `No ${chronology ? 'chronology' : definition.source} events between ${pair} from ${range.from} to ${range.to}: nothing to draw. Choose another dyad or source.`;
  }
  return `No tension values to draw from ${range.from} to ${range.to}: tension is a z-score against the previous ${definition.baseline} ${definition.freq}s, and the ${definition.source} data here is too short for that baseline. Choose a longer period (week or month) or ingest more data.`;
}

async function refresh(): Promise<void> {
  const request = ++latest;
  document.body.dataset.ready = 'busy';
  const chosen = source?.value ?? 'chronology';
  const chronology = chosen === 'chronology';
  // The curated chronology is scored monthly.
  if (freq !== null) freq.disabled = chronology;
  const frequency = (chronology ? 'month' : (freq?.value ?? 'month')) as Frequency;
  const chosenDyad = dyad?.value ?? 'KOR-JPN';
  const query = new URLSearchParams({ source: chosen, freq: frequency });
  try {
    if (episodes.length === 0) episodes = await fetchEpisodes({});
    const indexQuery = new URLSearchParams(query);
    indexQuery.set('dyad', chosenDyad);
    const [index, signal] = await Promise.all([
      fetchIndex(Object.fromEntries(indexQuery)),
      body(api.signal.$get({ query: Object.fromEntries(query) })),
    ]);
    if (request !== latest) return;
    const pair = index.series[0];
    const periods = pair?.periods ?? [];
    const points = periods.map((p) => ({
      period: p.period,
      value: chronology ? p.score : p.tension,
      unusual: p.unusual,
    }));
    const total = periods.reduce((sum, p) => sum + p.total, 0);
    const title = chronology
      ? 'relation score (−9 hostile … +9 friendly)'
      : 'tension (−z of net cooperation)';
    document
      .querySelector('#index-title')
      ?.replaceChildren(
        `${pair?.label ?? 'KOR↔JPN'}: ${title}, ${index.range.from} to ${index.range.to}`,
      );
    // Both charts take the x domain of their own periods, and the same one, so they line up.
    const frame = frameFor(
      [...periods.map((p) => p.period), ...signal.periods.map((p) => p.period)],
      frequency,
    );
    const bands = isEpisodeDyad(chosenDyad) ? episodes : [];
    if (indexChart !== null) {
      const drawable = frame !== null && total > 0 && points.some((p) => p.value !== null);
      await draw(
        indexChart,
        drawable
          ? relationsSpec(
              points,
              bands,
              { title, dyad: chosenDyad, threshold: index.definition.threshold },
              frame,
            )
          : null,
        emptyIndexMessage(index, chronology, total),
      );
      indexChart.dataset.periods = String(points.length);
      indexChart.dataset.unusual = String(points.filter((p) => p.unusual).length);
    }
    const notes = [...index.notes];
    if (!isEpisodeDyad(chosenDyad)) {
      notes.push(
        'the curated episodes are disputes between South Korea and Japan, so their bands are drawn only for that dyad',
      );
    }
    document
      .querySelector('#index-notes')
      ?.replaceChildren(...notes.map((note) => h('li', {}, note)));
    const bars = signalBars(signal);
    const events = bars.reduce((sum, b) => sum + b.events, 0);
    if (signalChart !== null) {
      await draw(
        signalChart,
        frame !== null && events > 0
          ? signalSpec(bars, `${signal.patron}→ally events`, frame)
          : null,
        `No ${signal.patron}→${signal.allies.join('/')} events of these kinds from ${signal.range.from} to ${signal.range.to}: nothing to draw.`,
      );
      signalChart.dataset.events = String(events);
    }
    const trilateral = signal.periods.reduce((sum, p) => sum + p.trilateralDays, 0);
    document
      .querySelector('#signal-summary')
      ?.replaceChildren(
        `${signal.patron}→${signal.allies.join('/')} events by kind per period; ${trilateral} days meet the trilateral rule. ${signal.notes.map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}.`).join(' ')}`,
      );
    if (status !== null) {
      status.textContent = `${total} ${chronology ? 'chronology' : chosen} events between the two, ${index.coverage.first} to ${index.coverage.last}`;
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    if (request !== latest) return;
    status?.replaceChildren(
      h('span', { class: 'error' }, String(error instanceof Error ? error.message : error)),
    );
    for (const figure of [indexChart, signalChart]) {
      if (figure === null) continue;
      views.get(figure)?.finalize();
      views.delete(figure);
      figure.replaceChildren();
      delete figure.dataset.state;
    }
    document.body.dataset.ready = 'error';
  }
}

renderNav('relations.html');
dyad?.addEventListener('change', () => void refresh());
source?.addEventListener('change', () => void refresh());
freq?.addEventListener('change', () => void refresh());
void refresh();
