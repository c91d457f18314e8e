import { describe, expect, it } from 'vitest';
import {
  EPISODE_KINDS,
  KIND_SHAPES,
  kindLabel,
  kindShapeScale,
  type TimelineEpisode,
  timelineSpec,
} from '../../src/charts/timeline.js';
import { layerNamed, pick, render, sceneItems } from './render.js';

const episode = (id: string, kind: string, start: string, end: string | null): TimelineEpisode => ({
  id,
  title: `episode ${id}`,
  start,
  end,
  issue: 'history',
  kind,
  usInvolvement: 2,
  outcome: 'resolved',
});

const EPISODES = [
  episode('E1', 'dispute', '2019-08-22', '2019-11-22'),
  episode('E2', 'rapprochement', '2015-12-28', '2015-12-28'),
  episode('E3', 'dispute', '2024-11-22', null),
];
const TODAY = '2026-01-01';

describe('timelineSpec(episodes, options)', () => {
  it('shows start and end in the tooltip as YYYY-MM-DD, not epoch milliseconds', async () => {
    const { view, warnings } = await render(timelineSpec(EPISODES, { today: TODAY }), 800);
    expect(warnings).toEqual([]);
    const tooltips = sceneItems(view, 'episodes').map(
      (item) => item.tooltip as Record<string, string>,
    );
    expect(tooltips).toHaveLength(3);
    expect(tooltips.map((t) => [t.start, t.end])).toEqual([
      ['2019-08-22', '2019-11-22'],
      ['2015-12-28', '2015-12-28'],
      ['2024-11-22', 'ongoing'],
    ]);
    for (const t of tooltips) expect(JSON.stringify(t)).not.toMatch(/\d{10,}/);
  });

  it('gives each kind of episode its own symbol, with a legend', async () => {
    const spec = timelineSpec(EPISODES, { today: TODAY });
    const shape = pick(layerNamed(spec, 'episodes'), 'encoding.shape');
    expect(pick(shape, 'field')).toBe('kindName');
    expect(pick(shape, 'legend.title') ?? pick(shape, 'title')).toBe('kind');
    const { view, svg } = await render(spec, 800);
    const shapes = new Map(
      sceneItems(view, 'episodes').map((item) => [
        (item.datum as { kind: string }).kind,
        item.shape,
      ]),
    );
    expect(shapes.get('dispute')).toBe('circle');
    expect(shapes.get('rapprochement')).toBe('triangle-up');
    expect(svg).toMatch(/aria-label="Symbol legend titled 'kind' for shape/);
    expect(svg).toMatch(/aria-label="Symbol legend titled 'US involvement' for fill color/);
  });

  it('keeps each kind’s symbol whatever other kinds there are, and a new kind gets its own', () => {
    const shapeOf = (kinds: readonly string[], kind: string) => {
      const scale = kindShapeScale(kinds);
      return scale.range[scale.domain.indexOf(kindLabel(kind))];
    };
    EPISODE_KINDS.forEach((kind, i) => {
      expect(shapeOf(EPISODE_KINDS, kind)).toBe(KIND_SHAPES[i]);
      expect(shapeOf([kind], kind)).toBe(KIND_SHAPES[i]);
    });
    const scale = kindShapeScale(['dispute', 'sanction', 'rapprochement']);
    expect(scale.domain).toEqual(['dispute', 'rapprochement', 'sanction']);
    expect(new Set(scale.range).size).toBe(3);
    expect(KIND_SHAPES).not.toContain(shapeOf(['sanction'], 'sanction'));
    expect(kindLabel('us-initiative')).toBe('US initiative');
  });

  it('draws every kind of the record, US initiatives among them, without warnings', async () => {
    const coming = [
      ...EPISODES,
      episode('E4', 'us-initiative', '2023-08-18', '2023-08-18'),
      episode('E5', 'dispute', '2006-04-14', '2006-04-22'),
    ];
    const { view, warnings } = await render(timelineSpec(coming, { today: TODAY }), 800);
    expect(warnings).toEqual([]);
    const shapes = sceneItems(view, 'episodes').map((item) => item.shape);
    expect(shapes).toEqual(['circle', 'triangle-up', 'circle', 'diamond', 'circle']);
  });

  it('lays the legends out in fewer columns when asked (a narrow screen)', () => {
    const spec = timelineSpec(EPISODES, { today: TODAY, legendColumns: 2 });
    expect(pick(spec, 'encoding.color.legend.columns')).toBe(2);
    expect(pick(layerNamed(spec, 'episodes'), 'encoding.shape.legend.columns')).toBe(2);
  });
});
