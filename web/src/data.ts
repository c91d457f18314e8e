/** The data page: what event data was ingested, from where, with quarantine counts. */
import type { IngestSummary } from '../../src/store/ingest-summary.js';
import { getJson } from './api.js';
import { h } from './element.js';
import { renderNav } from './nav.js';

function rows(selector: string, cells: string[][]): void {
  document
    .querySelector(`${selector} tbody`)
    ?.replaceChildren(...cells.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell)))));
}

async function render(): Promise<void> {
  renderNav('data.html');
  const status = document.querySelector('#data-status');
  try {
    const summary = await getJson<IngestSummary>('api/ingest');
    rows(
      '#datasets',
      summary.datasets.map((d) => [d.dataset, String(d.events), d.first, d.last]),
    );
    rows(
      '#files',
      summary.files.map((f) => [
        f.path,
        f.dataset,
        String(f.rowsRead),
        String(f.kept),
        String(f.filtered),
        String(f.duplicates),
        String(f.quarantined),
        f.ingestedAt,
      ]),
    );
    rows(
      '#quarantine',
      summary.quarantine.map((q) => [q.sourceFile, q.dataset, q.reason, String(q.rows)]),
    );
    rows(
      '#fetch',
      summary.fetch.map((f) => [`GDELT ${f.version}`, f.status, String(f.slots)]),
    );
    const events = summary.datasets.reduce((sum, d) => sum + d.events, 0);
    const quarantined = summary.files.reduce((sum, f) => sum + f.quarantined, 0);
    if (status !== null) {
      status.textContent =
        summary.files.length === 0
          ? 'No event data ingested yet: run `fineline ingest FILE…` or `fineline fetch gdelt --from DATE --to DATE`, then reload.'
          : `${events} events from ${summary.files.length} files; ${quarantined} rows quarantined.`;
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    status?.replaceChildren(h('span', { class: 'error' }, `Could not load: ${String(error)}`));
    document.body.dataset.ready = 'error';
  }
}

void render();
