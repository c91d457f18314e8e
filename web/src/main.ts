/** The dashboard's first page: the episode timeline, a table, and a detail panel. */
import embed from 'vega-embed';
import { timelineSpec } from '../../src/charts/timeline.js';
import { type EpisodeRecord, fetchEpisodes } from './api.js';
import { levelBadge } from './badge.js';
import { renderDetail } from './detail.js';
import { h } from './element.js';
import { renderNav } from './nav.js';
import { DEFAULT_ORDER, type SortOrder, sortableHeaders, sortEpisodes } from './table-sort.js';

const timeline = document.querySelector<HTMLElement>('#timeline');
const table = document.querySelector<HTMLTableElement>('#episode-table');
const tableBody = document.querySelector<HTMLElement>('#episode-table tbody');
const detail = document.querySelector<HTMLElement>('#detail');
const summary = document.querySelector<HTMLElement>('#summary');
const issueFilter = document.querySelector<HTMLSelectElement>('#filter-issue');
const levelFilter = document.querySelector<HTMLSelectElement>('#filter-level');

let episodes: EpisodeRecord[] = [];
let order: SortOrder = DEFAULT_ORDER;
let selected: string | null = null;

function select(id: string): void {
  const episode = episodes.find((e) => e.id === id);
  if (episode === undefined || detail === null) return;
  selected = id;
  renderDetail(detail, episode);
  for (const row of tableBody?.querySelectorAll('tr') ?? []) {
    row.classList.toggle('selected', row.dataset.id === id);
  }
}

function renderTable(): void {
  tableBody?.replaceChildren(
    ...sortEpisodes(episodes, order).map((e) => {
      const row = h(
        'tr',
        { 'data-id': e.id, ...(e.id === selected ? { class: 'selected' } : {}) },
        h('td', { class: 'date' }, e.start),
        h('td', {}, e.title),
        h('td', {}, e.issue),
        h('td', {}, levelBadge(e.usInvolvement)),
        h('td', { class: 'nowrap' }, e.outcome),
      );
      row.addEventListener('click', () => select(e.id));
      return row;
    }),
  );
}

async function renderTimeline(): Promise<void> {
  if (timeline === null) return;
  const today = new Date().toISOString().slice(0, 10);
  const narrow = timeline.clientWidth < 640;
  const spec = timelineSpec(episodes, { today, ...(narrow ? { legendColumns: 2 } : {}) });
  const result = await embed(timeline, spec, {
    renderer: 'svg',
    actions: false,
  });
  result.view.addEventListener('click', (_event, item) => {
    const datum = (item as { datum?: { id?: unknown } } | null | undefined)?.datum;
    if (typeof datum?.id === 'string') select(datum.id);
  });
  timeline.dataset.episodes = String(episodes.length);
}

async function refresh(): Promise<void> {
  try {
    episodes = await fetchEpisodes({
      issue: issueFilter?.value ?? '',
      minLevel: levelFilter?.value ?? '',
    });
    if (summary !== null) summary.textContent = `${episodes.length} episodes`;
    renderTable();
    await renderTimeline();
    document.body.dataset.ready = 'true';
  } catch (error) {
    summary?.replaceChildren(
      h('span', { class: 'error' }, `Could not load episodes: ${String(error)}`),
    );
    document.body.dataset.ready = 'error';
  }
}

renderNav('index.html');
if (table !== null) {
  sortableHeaders(table, order, (next) => {
    order = next;
    renderTable();
  });
}
issueFilter?.addEventListener('change', () => void refresh());
levelFilter?.addEventListener('change', () => void refresh());
void refresh();
