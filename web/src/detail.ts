/** The detail panel: what happened, what the US did, how it is coded, and the sources. */
import { INVOLVEMENT_NAMES, kindLabel } from '../../src/charts/timeline.js';
import type { EpisodeRecord } from './api.js';
import { levelBadge } from './badge.js';
import { h } from './element.js';

export function renderDetail(panel: HTMLElement, episode: EpisodeRecord): void {
  const flag = (field: string) =>
    episode.confidence[field] === 'verified'
      ? null
      : h(
          'span',
          { class: 'unverified', title: 'not checked against a cited source' },
          ' (unverified)',
        );
  const level = levelBadge(episode.usInvolvement);
  const sources = h(
    'ol',
    { class: 'sources' },
    ...episode.sources.map((s) =>
      h(
        'li',
        {},
        s.url === null
          ? s.title
          : h('a', { href: s.url, target: '_blank', rel: 'noreferrer' }, s.title),
        ` — ${s.publisher}${s.date === null ? '' : `, ${s.date}`}`,
      ),
    ),
  );
  panel.replaceChildren(
    h('h2', { 'data-episode-id': episode.id }, episode.title),
    h(
      'p',
      {},
      // Each date on one line: a browser may otherwise break "2019-08-22" at a hyphen.
      h('span', { class: 'date' }, episode.start),
      ' – ',
      h('span', { class: 'date' }, episode.end ?? 'ongoing'),
      ` · ${kindLabel(episode.kind)} · ${episode.issue}`,
      flag('dates'),
    ),
    h('p', {}, episode.description, flag('description')),
    h(
      'dl',
      {},
      h('dt', {}, 'US response', flag('usResponse')),
      h('dd', {}, episode.usResponse),
      h(
        'dt',
        {},
        'US involvement ',
        level,
        ` ${INVOLVEMENT_NAMES[episode.usInvolvement] ?? ''}`,
        flag('usInvolvement'),
      ),
      h('dd', {}, episode.usInvolvementRationale),
      h('dt', {}, 'Outcome', flag('outcome')),
      h('dd', {}, episode.outcome),
      h('dt', {}, 'Sources'),
      h('dd', {}, sources),
    ),
  );
}
