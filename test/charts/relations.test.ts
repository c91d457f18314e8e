import { describe, expect, it } from 'vitest';
import {
  type EpisodeBand,
  episodeBands,
  type PeriodFrame,
  type RelationsPoint,
  relationsSpec,
  SIGNAL_COLOURS,
  type SignalBar,
  signalColourScale,
  signalSpec,
  UNUSUAL_COLOUR,
  Y_AXIS_EXTENT,
} from '../../src/charts/relations.js';
import { periodDomain } from '../../src/charts/time-axis.js';
import { layerNamed, pick, render } from './render.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Two days of daily data, as the ICEWS sample gives them. */
const POINTS: RelationsPoint[] = [
  { period: '2018-06-01', value: 0.4, unusual: false },
  { period: '2018-06-02', value: 2.3, unusual: true },
];
const DOMAIN = periodDomain(
  POINTS.map((p) => p.period),
  'day',
) as readonly [number, number];
const FRAME: PeriodFrame = { domain: DOMAIN, freq: 'day' };

/** Episodes of months and years around those two days, and one long before. */
const EPISODES: EpisodeBand[] = [
  { id: 'E1', title: 'long before', start: '1998-01-23', end: '1998-09-25', usInvolvement: 0 },
  { id: 'E2', title: 'around it', start: '2017-12-27', end: '2018-11-30', usInvolvement: 1 },
  { id: 'E3', title: 'open', start: '2018-06-02', end: null, usInvolvement: 3 },
];

const MEASURE = { title: 'tension', dyad: 'KOR-JPN', threshold: 2 };

describe('relationsSpec(points, episodes, measure, frame)', () => {
  it('takes its x domain from the series’ periods, not from the episodes', async () => {
    const spec = relationsSpec(POINTS, EPISODES, MEASURE, FRAME);
    for (const name of ['episodes', 'index', 'unusual']) {
      expect(pick(layerNamed(spec, name), 'encoding.x.scale.domainMin')).toBe(utc('2018-06-01'));
      expect(pick(layerNamed(spec, name), 'encoding.x.scale.domainMax')).toBe(utc('2018-06-03'));
    }
    const { svg, warnings } = await render(spec);
    expect(warnings).toEqual([]);
    expect(svg).toContain('X-axis for a utc scale with values from 2018-06-01 to 2018-06-03');
  });

  it('draws only the episodes that overlap the domain, clipped to it', () => {
    const bands = episodeBands(EPISODES, DOMAIN, 'KOR-JPN');
    expect(bands.map((b) => b.id)).toEqual(['E2', 'E3']);
    expect(bands.map((b) => [b.from, b.to])).toEqual([
      [utc('2018-06-01'), utc('2018-06-03')],
      [utc('2018-06-02'), utc('2018-06-03')],
    ]);
    expect(
      pick(layerNamed(relationsSpec(POINTS, EPISODES, MEASURE, FRAME), 'episodes'), 'mark.clip'),
    ).toBe(true);
  });

  it('draws the Korea–Japan episodes only over the Korea–Japan dyad', () => {
    expect(episodeBands(EPISODES, DOMAIN, 'JPN-KOR')).toHaveLength(2);
    expect(episodeBands(EPISODES, DOMAIN, 'USA-KOR')).toEqual([]);
    const spec = relationsSpec(POINTS, EPISODES, { ...MEASURE, dyad: 'USA-KOR' }, FRAME);
    expect(layerNamed(spec, 'episodes')).toBeUndefined();
  });

  it('ticks a daily series on days, with a day format', () => {
    const axis = pick(
      layerNamed(relationsSpec(POINTS, [], MEASURE, FRAME), 'index'),
      'encoding.x.axis',
    );
    expect(pick(axis, 'format')).toBe('%Y-%m-%d');
    expect(pick(axis, 'values')).toEqual([utc('2018-06-01'), utc('2018-06-02'), utc('2018-06-03')]);
  });

  it('gives the red unusual dots a legend that says what they are', async () => {
    const color = pick(
      layerNamed(relationsSpec(POINTS, EPISODES, MEASURE, FRAME), 'unusual'),
      'encoding.color',
    );
    expect(pick(color, 'datum')).toBe('unusual period (|z| ≥ 2)');
    expect(pick(color, 'scale.range')).toEqual([UNUSUAL_COLOUR]);
    const { svg } = await render(relationsSpec(POINTS, EPISODES, MEASURE, FRAME));
    expect(svg).toMatch(/aria-label="Symbol legend[^"]*unusual period \(\|z\| ≥ 2\)/);
    expect(svg).toMatch(/aria-label="Symbol legend titled 'US involvement in the episode'/);
  });

  it('draws no empty layer, so a series without unusual periods or episodes warns of nothing', async () => {
    const calm = POINTS.map((p) => ({ ...p, unusual: false }));
    const spec = relationsSpec(calm, [], MEASURE, FRAME);
    expect(layerNamed(spec, 'unusual')).toBeUndefined();
    expect(layerNamed(spec, 'episodes')).toBeUndefined();
    expect((await render(spec)).warnings).toEqual([]);
  });
});

const BARS: SignalBar[] = [
  { period: '2018-06-01', kind: 'consultations', events: 7 },
  { period: '2018-06-01', kind: 'mediation', events: 3 },
  { period: '2018-06-02', kind: 'pressure', events: 1 },
];

describe('signalSpec(bars, title, frame)', () => {
  it('shares the index chart’s x scale, ticks and y-axis width, so the two line up', () => {
    const index = pick(layerNamed(relationsSpec(POINTS, [], MEASURE, FRAME), 'index'), 'encoding');
    const signal = pick(signalSpec(BARS, 'USA→ally events', FRAME), 'encoding');
    expect(pick(signal, 'x.scale')).toEqual(pick(index, 'x.scale'));
    expect(pick(signal, 'x.axis')).toEqual(pick(index, 'x.axis'));
    for (const encoding of [index, signal]) {
      expect(pick(encoding, 'y.axis.minExtent')).toBe(Y_AXIS_EXTENT);
      expect(pick(encoding, 'y.axis.maxExtent')).toBe(Y_AXIS_EXTENT);
    }
  });

  it('plots draw the same width and the same left offset in both charts', async () => {
    const a = await render(relationsSpec(POINTS, EPISODES, MEASURE, FRAME), 700);
    const b = await render(signalSpec(BARS, 'USA→ally events', FRAME), 700);
    const domainLine = (svg: string) =>
      svg.match(
        /<g class="mark-rule role-axis-domain"[^>]*><line transform="translate\(0,[\d.]+\)" x2="([\d.]+)"/,
      )?.[1];
    expect(domainLine(a.svg)).toBeDefined();
    expect(domainLine(a.svg)).toBe(domainLine(b.svg));
    expect(a.view.origin()[0]).toBe(b.view.origin()[0]);
  });

  it('gives each kind of signal the same colour in every view', () => {
    const all = signalColourScale(['appeals', 'consultations', 'mediation', 'pressure']);
    const some = signalColourScale(['pressure']);
    expect(some).toEqual(all);
    expect(all.range[all.domain.indexOf('pressure')]).toBe(SIGNAL_COLOURS[3]);
    // A kind the chart does not know yet comes after the four, without moving them.
    const more = signalColourScale(['negotiation', 'appeals']);
    expect(more.domain.slice(0, 4)).toEqual(all.domain);
    expect(more.range.slice(0, 4)).toEqual(all.range);
    expect(more.domain[4]).toBe('negotiation');
    expect(pick(signalSpec(BARS.slice(2), 't', FRAME), 'encoding.color.scale')).toEqual(all);
  });

  it('draws the bars of a period across the period, and warns of nothing', async () => {
    const { svg, warnings } = await render(signalSpec(BARS, 'USA→ally events', FRAME));
    expect(warnings).toEqual([]);
    expect(svg).toContain('X-axis for a utc scale with values from 2018-06-01 to 2018-06-03');
  });
});
