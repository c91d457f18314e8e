/** The coloured badge of a US involvement level, as the table and the detail panel show it. */
import { INVOLVEMENT_COLOURS } from '../../src/charts/timeline.js';
import { h } from './element.js';

export function levelBadge(level: number): HTMLSpanElement {
  return h(
    'span',
    { class: 'level', style: `background:${INVOLVEMENT_COLOURS[level] ?? '#999'}` },
    String(level),
  );
}
