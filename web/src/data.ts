/** The data page: what event data was ingested, from where, with quarantine counts. */
import { api, body } from './api.js';
import { h } from './element.js';
import { renderNav } from './nav.js';

/** Fills a table's body; an empty table says so in one row across its columns. */
function rows(selector: string, cells: string[][], empty: string): void {
  const table = document.querySelector<HTMLTableElement>(selector);
  // A table with grouped headers says how many columns its rows have.
  const span =
    table?.dataset.columns ?? String(table?.querySelector('thead tr')?.children.length ?? 1);
  table
    ?.querySelector('tbody')
    ?.replaceChildren(
      ...(cells.length === 0
        ? [h('tr', { class: 'empty' }, h('td', { colspan: span }, empty))]
        : cells.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
    );
}

/** `2026-12-03T18:51:08Z` → `2026-12-03 18:51 UTC`, kept on one line. */
function when(instant: string): string {
  return `${instant.slice(0, 10)}\u00a0${instant.slice(11, 16)}\u00a0UTC`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

async function render(): Promise<void> {
  renderNav('data.html');
  const status = document.querySelector('#data-status');
  try {
    const summary = await body(api.ingest.$get());
    rows(
      '#datasets',
      summary.datasets.map((d) => [d.dataset, String(d.events), d.first, d.last]),
      'No events yet.',
    );
    rows(
      '#files',
      summary.files.map((f) => [
        f.lastPath === f.path ? f.path : `${f.path} (last read from ${f.lastPath})`,
        f.dataset,
        String(f.keptTotal),
        String(f.runs),
        when(f.firstIngestedAt),
        String(f.rowsRead),
        String(f.kept),
        String(f.filtered),
        String(f.duplicates),
        String(f.quarantined),
        when(f.ingestedAt),
      ]),
      'No files ingested yet.',
    );
    rows(
      '#quarantine',
      summary.quarantine.map((q) => [q.sourceFile, q.dataset, q.reason, String(q.rows)]),
      'No rows quarantined.',
    );
    rows(
      '#fetch',
      summary.fetch.map((f) => [`GDELT ${f.version}`, f.status, String(f.slots)]),
      'No GDELT fetches yet (fineline fetch gdelt --from DATE --to DATE).',
    );
    const events = summary.datasets.reduce((sum, d) => sum + d.events, 0);
    const quarantined = summary.files.reduce((sum, f) => sum + f.quarantined, 0);
    if (status !== null) {
      status.textContent =
        summary.files.length === 0
          ? 'No event data ingested yet: run `fineline ingest FILE…` or `fineline fetch gdelt --from DATE --to DATE`, then reload.'
          : `${plural(events, 'event')} from ${plural(summary.files.length, 'file')}; ${plural(quarantined, 'row')} quarantined.`;
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    status?.replaceChildren(h('span', { class: 'error' }, `Could not load: ${String(error)}`));
    document.body.dataset.ready = 'error';
  }
}

void render();
