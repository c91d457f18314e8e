/**
 * Sortable columns for the episode table: the order as a plain value, a pure sort, and the
 * header buttons that change it. Each sortable header holds a <button> (focusable, and
 * pressed with Enter or Space like any button); the header's aria-sort says the order to
 * assistive technology, and the same attribute draws the arrow in style.css.
 */
import type { EpisodeRecord } from './api.js';

export const SORT_KEYS = ['start', 'title', 'issue', 'usInvolvement', 'outcome'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** The order the API gives: oldest first. */
export const DEFAULT_ORDER: SortOrder = { key: 'start', direction: 'ascending' };

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));
}

/** The episodes in this order; ties keep date order (then id), whichever the direction. */
export function sortEpisodes(
  episodes: readonly EpisodeRecord[],
  order: SortOrder,
): EpisodeRecord[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...episodes].sort(
    (a, b) =>
      sign * compareValues(a[order.key], b[order.key]) ||
      a.start.localeCompare(b.start) ||
      a.id.localeCompare(b.id),
  );
}

/** Pressing a column's header: the same column flips, another starts ascending. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

function isSortKey(value: string | undefined): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value ?? '');
}

/** Shows an order on the headers (aria-sort on the sorted one, "none" on the others). */
export function showOrder(table: HTMLTableElement, order: SortOrder): void {
  for (const header of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    header.setAttribute('aria-sort', header.dataset.sort === order.key ? order.direction : 'none');
  }
}

/** Wires the header buttons of a table: each press reports the new order. */
export function sortableHeaders(
  table: HTMLTableElement,
  initial: SortOrder,
  onChange: (order: SortOrder) => void,
): void {
  let order = initial;
  showOrder(table, order);
  for (const header of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    const key = header.dataset.sort;
    if (!isSortKey(key)) continue;
    header.querySelector('button')?.addEventListener('click', () => {
      order = nextOrder(order, key);
      showOrder(table, order);
      onChange(order);
    });
  }
}
