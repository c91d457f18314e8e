/**
 * Benchmark: `ingestFiles` against DuckDB's own CSV reader on the same bytes (issue 4 asks
 * for ingest at ≥ 0.7× DuckDB's rate and a peak RSS under 1 GB whatever the input size).
 *
 * Input: the two real GDELT 2.0 exports in ../shared/data/events, replicated into ≥ 1 GB in a
 * temporary directory, with every GLOBALEVENTID and SOURCEURL rewritten per replica so the
 * replicas are distinct events (not duplicates). Two shapes of the same bytes:
 *   - "15-minute files": one file per replica, as GDELT publishes them (~1,400 files);
 *   - "large files": the same rows concatenated into ~100 MB files.
 * For each shape, in child processes (so that peak RSS is the run's own):
 *   (a) ingestFiles with the default actor set into a freshly built database;
 *   (b) DuckDB read_csv of the same files into a table with all 61 columns.
 * Writes bench/output/ingest.json and prints it. Run: npx tsx bench/ingest.ts [--mb N]
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATHS, VERSION } from '../src/config.js';
import { loadBundle } from '../src/data/bundle.js';
import { ingestFiles } from '../src/ingest/ingest.js';
import { buildDatabase } from '../src/store/build.js';
import { openDatabase } from '../src/store/database.js';
import { BENCH_ACCESS } from './access.js';

const SOURCES = ['20180326044500.export.CSV', '20191024143000.export.CSV'].map((name) =>
  join(PATHS.packageRoot, '..', 'shared', 'data', 'events', name),
);
const LARGE_FILE_BYTES = 100 << 20;

interface Run {
  seconds: number;
  maxRssMB: number;
  result?: unknown;
}

/** Child process: one measured run. */
async function child(kind: string, db: string, listFile: string): Promise<void> {
  const files = (await readFile(listFile, 'utf8')).split('\n').filter((f) => f !== '');
  const started = performance.now();
  let result: unknown;
  if (kind === 'ingest') {
    const database = await openDatabase(db);
    result = (await ingestFiles(database, files)).totals;
    database.close();
  } else {
    const database = await openDatabase(':memory:');
    const columns = Array.from({ length: 61 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
    const list = files.map((f) => `'${f}'`).join(', ');
    // DuckDB's reader with the layout given (no sniffing, no quoting: GDELT fields hold
    // quote characters), all 61 columns as text: the least work a faithful copy needs.
    await database.run(
      `CREATE TABLE raw AS SELECT * FROM read_csv([${list}], delim = '\t', header = false, quote = '', escape = '', auto_detect = false, columns = {${columns}})`,
    );
    result = (await database.query('SELECT count(*)::BIGINT AS rows FROM raw'))[0];
    database.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMB, result })}\n`);
}

function measure(kind: string, db: string, listFile: string): Promise<Run> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, self, 'child', kind, db, listFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${kind} run exited ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run);
    });
  });
}

/** Replicas of the real files, ids and URLs made distinct, as 15-minute files and large files. */
async function makeInput(
  dir: string,
  megabytes: number,
): Promise<{ small: string[]; large: string[] }> {
  const sources = await Promise.all(SOURCES.map((path) => readFile(path, 'utf8')));
  const small: string[] = [];
  const large: string[] = [];
  let total = 0;
  let bucket: string[] = [];
  let bucketBytes = 0;
  const flushLarge = async () => {
    if (bucket.length === 0) return;
    const path = join(dir, 'large', `part-${String(large.length).padStart(3, '0')}.export.CSV`);
    await writeFile(path, bucket.join(''));
    large.push(path);
    bucket = [];
    bucketBytes = 0;
  };
  await mkdir(join(dir, 'small'));
  await mkdir(join(dir, 'large'));
  for (let replica = 0; total < megabytes * 2 ** 20; replica++) {
    for (const [s, text] of sources.entries()) {
      const offset = BigInt(replica + 1) * 10_000_000_000n;
      const lines = text.split('\n').filter((line) => line !== '');
      const rewritten = `${lines
        .map((line) => {
          const fields = line.split('\t');
          fields[0] = String(BigInt(fields[0] ?? '0') + offset);
          fields[60] = `${fields[60] ?? ''}#replica-${replica}`;
          return fields.join('\t');
        })
        .join('\n')}\n`;
      const path = join(dir, 'small', `${String(replica).padStart(5, '0')}-${s}.export.CSV`);
      await writeFile(path, rewritten);
      small.push(path);
      bucket.push(rewritten);
      bucketBytes += Buffer.byteLength(rewritten);
      total += Buffer.byteLength(rewritten);
      if (bucketBytes >= LARGE_FILE_BYTES) await flushLarge();
    }
  }
  await flushLarge();
  return { small, large };
}

async function sizeOf(files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return bytes;
}

async function main(): Promise<void> {
  const mbFlag = process.argv.indexOf('--mb');
  const megabytes = mbFlag > 0 ? Number(process.argv[mbFlag + 1]) : 1024;
  const dir = await mkdtemp(join(tmpdir(), 'fineline-bench-ingest-'));
  try {
    const input = await makeInput(dir, megabytes);
    const bundle = await loadBundle(PATHS.dataDir);
    const shapes: Record<string, unknown> = {};
    for (const [shape, files] of Object.entries({
      '15-minute files': input.small,
      'large files': input.large,
    })) {
      const bytes = await sizeOf(files);
      const listFile = join(dir, `${shape.replace(/\W+/g, '-')}.txt`);
      await writeFile(listFile, files.join('\n'));
      const db = join(dir, `${shape.replace(/\W+/g, '-')}.duckdb`);
      await buildDatabase(bundle, db, VERSION, BENCH_ACCESS);
      const duckdb = await measure('duckdb', db, listFile);
      const ingest = await measure('ingest', db, listFile);
      const mb = bytes / 2 ** 20;
      shapes[shape] = {
        files: files.length,
        megabytes: Math.round(mb),
        ingest: {
          seconds: round(ingest.seconds),
          mbPerSecond: round(mb / ingest.seconds),
          peakRssMB: Math.round(ingest.maxRssMB),
          totals: ingest.result,
        },
        duckdbReadCsv: {
          seconds: round(duckdb.seconds),
          mbPerSecond: round(mb / duckdb.seconds),
          peakRssMB: Math.round(duckdb.maxRssMB),
          rows: duckdb.result,
        },
        ratio: round(duckdb.seconds / ingest.seconds),
      };
      await rm(db, { force: true });
    }
    const result = {
      benchmark: 'fineline ingest (ingestFiles, default actor set) vs DuckDB read_csv',
      input: 'the two real GDELT 2.0 exports, replicated with distinct ids and URLs',
      targets: { ratio: 0.7, peakRssMB: 1024 },
      shapes,
      when: new Date().toISOString(),
    };
    await mkdir(join(PATHS.packageRoot, 'bench', 'output'), { recursive: true });
    await writeFile(
      join(PATHS.packageRoot, 'bench', 'output', 'ingest.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[2] === 'child') {
  const [, , , kind = '', db = '', list = ''] = process.argv;
  await child(kind, db, list);
} else {
  await main();
}
