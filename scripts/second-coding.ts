/**
 * The blind second coding (docs/codebook.md §14), in two steps kept for provenance:
 *
 * - `npx tsx scripts/second-coding.ts draw` draws the sample: the dispute episodes of the
 *   bundled data, sorted by id, shuffled by a seeded Fisher–Yates shuffle (mulberry32, the
 *   seed below), the first 25 taken. It writes data/coding/second/sample.json.
 * - `npx tsx scripts/second-coding.ts packet DIR` writes what the second coder may see, to a
 *   folder outside the repository: for each sampled episode its id, title, start date,
 *   description and sources (publisher, title, date, URL), and nothing that was coded — no
 *   kind, level, US response, escalation, outcome or rationale.
 * - `npx tsx scripts/second-coding.ts freeze` writes the first coding of the sampled episodes
 *   as it stood when the second coding came back, before any disagreement was settled, to
 *   data/coding/second/first-coding.csv (settlements later change the record, not this file).
 * - `npx tsx scripts/second-coding.ts agreement` compares first-coding.csv with
 *   second-coding.csv: Krippendorff's alpha per variable (ordinal for usInvolvement and
 *   escalationAtTrigger, nominal for kind and outcome, and nominal for usInvolvement besides)
 *   with a 90% percentile bootstrap interval over episodes (src/models/reliability.ts), the
 *   raw agreement and the confusion tables, to data/coding/second/agreement.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadBundle } from '../src/data/bundle.js';
import { Outcome } from '../src/domain/vocabulary.js';
import { createRandom } from '../src/models/random.js';
import { alphaWithInterval, confusionTable, type Metric } from '../src/models/reliability.js';

/** The seed of the draw, fixed before the draw was made (the date the draw was planned). */
export const SEED = 20261203;
export const SAMPLE_SIZE = 25;

async function draw(): Promise<void> {
  const bundle = await loadBundle('data');
  const disputes = bundle.episodes
    .map((e) => e.value)
    .filter((e) => e.kind === 'dispute')
    .map((e) => e.id)
    .sort();
  const random = createRandom(SEED);
  const order = [...disputes];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  const sample = order.slice(0, SAMPLE_SIZE).sort();
  mkdirSync('data/coding/second', { recursive: true });
  writeFileSync(
    'data/coding/second/sample.json',
    `${JSON.stringify({ seed: SEED, from: disputes.length, size: sample.length, episodes: sample }, null, 2)}\n`,
  );
  console.log(`drew ${sample.length} of ${disputes.length} disputes`);
}

async function packet(dir: string): Promise<void> {
  const bundle = await loadBundle('data');
  const { episodes: ids } = JSON.parse(readFileSync('data/coding/second/sample.json', 'utf8')) as {
    episodes: string[];
  };
  const chosen = bundle.episodes.map((e) => e.value).filter((e) => ids.includes(e.id));
  const units = chosen.map((e) => ({
    id: e.id,
    title: e.title,
    start: e.start,
    description: e.description,
    sources: e.sources.map((s) => ({
      publisher: s.publisher,
      title: s.title,
      date: s.date,
      url: s.url,
    })),
  }));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'packet.json'), `${JSON.stringify(units, null, 2)}\n`);
  console.log(`wrote ${units.length} episodes to ${join(dir, 'packet.json')}`);
}

const FOLDER = 'data/coding/second';
const VARIABLES = ['usInvolvement', 'kind', 'escalationAtTrigger', 'outcome'] as const;
type Variable = (typeof VARIABLES)[number];
type Coding = Record<'episode' | Variable, string>;

function sampled(): string[] {
  return (JSON.parse(readFileSync(join(FOLDER, 'sample.json'), 'utf8')) as { episodes: string[] })
    .episodes;
}

async function freeze(): Promise<void> {
  const bundle = await loadBundle('data');
  const ids = sampled();
  const rows = bundle.episodes
    .map((e) => e.value)
    .filter((e) => ids.includes(e.id))
    .map((e) => [e.id, e.usInvolvement, e.kind, e.escalationAtTrigger ?? '', e.outcome].join(','));
  writeFileSync(
    join(FOLDER, 'first-coding.csv'),
    `episode,${VARIABLES.join(',')}\n${rows.join('\n')}\n`,
  );
  console.log(`froze the first coding of ${rows.length} episodes`);
}

function readCoding(file: string): Map<string, Coding> {
  const rows = parse(readFileSync(join(FOLDER, file), 'utf8'), { columns: true }) as Coding[];
  return new Map(rows.map((row) => [row.episode, row]));
}

/** The categories of a variable in order (ordinal variables by their numbers). */
const CATEGORIES: Record<Variable, string[]> = {
  usInvolvement: ['0', '1', '2', '3', '4'],
  kind: ['dispute', 'rapprochement', 'us-initiative'],
  escalationAtTrigger: ['0', '1', '2', '3'],
  outcome: [...Outcome.options],
};

function agreement(): void {
  const first = readCoding('first-coding.csv');
  const second = readCoding('second-coding.csv');
  const ids = sampled();
  const missing = ids.filter((id) => !first.has(id) || !second.has(id));
  if (missing.length > 0) throw new Error(`not coded twice: ${missing.join(', ')}`);
  const estimate = (variable: Variable, metric: Metric) => {
    const categories = CATEGORIES[variable];
    const pairs = ids.map(
      (id) =>
        [first.get(id)?.[variable] ?? '', second.get(id)?.[variable] ?? ''] as [string, string],
    );
    const coded = pairs.filter(([a, b]) => a !== '' && b !== '');
    const units = coded.map(([a, b]) => [categories.indexOf(a), categories.indexOf(b)]);
    const distinct = new Set(units.flat());
    const agree = coded.filter(([a, b]) => a === b).length;
    return {
      variable,
      metric,
      units: coded.length,
      agreement: agree / coded.length,
      alpha:
        distinct.size < 2
          ? {
              estimable: false,
              why: 'every value of both coders is the same category, so alpha is undefined (0/0)',
            }
          : { estimable: true, ...alphaWithInterval(units, metric, { draws: 5000, seed: SEED }) },
      categories,
      confusion: confusionTable(coded, categories),
      disagreements: ids
        .filter((id) => first.get(id)?.[variable] !== second.get(id)?.[variable])
        .map((id) => ({
          episode: id,
          first: first.get(id)?.[variable],
          second: second.get(id)?.[variable],
        })),
    };
  };
  const result = {
    made: 'npx tsx scripts/second-coding.ts agreement',
    sample: { seed: SEED, size: ids.length },
    interval: '90% percentile bootstrap over episodes, 5000 draws, seed 20261203',
    variables: [
      estimate('usInvolvement', 'ordinal'),
      estimate('usInvolvement', 'nominal'),
      estimate('kind', 'nominal'),
      estimate('escalationAtTrigger', 'ordinal'),
      estimate('outcome', 'nominal'),
    ],
  };
  writeFileSync(join(FOLDER, 'agreement.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const v of result.variables) {
    const a = v.alpha as { estimable: boolean; alpha?: number; interval?: [number, number] };
    console.log(
      `${v.variable} (${v.metric}): agreement ${(v.agreement * 100).toFixed(0)}%, alpha ${a.estimable ? `${a.alpha?.toFixed(3)} [${a.interval?.map((x) => x.toFixed(3)).join(', ')}]` : 'not estimable'}`,
    );
  }
}

const [step, dir] = process.argv.slice(2);
if (step === 'draw') await draw();
else if (step === 'packet' && dir !== undefined) await packet(dir);
else if (step === 'freeze') await freeze();
else if (step === 'agreement') agreement();
else console.error('usage: second-coding.ts draw | packet DIR | freeze | agreement');
