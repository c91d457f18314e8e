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
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../src/data/bundle.js';
import { createRandom } from '../src/models/random.js';

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

const [step, dir] = process.argv.slice(2);
if (step === 'draw') await draw();
else if (step === 'packet' && dir !== undefined) await packet(dir);
else console.error('usage: second-coding.ts draw | packet DIR');
