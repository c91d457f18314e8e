/**
 * `fineline fetch gdelt --from DATE --to DATE [--version 1|2]`: downloads GDELT's event files
 * for a range from its published lists, verified by size and MD5, records every slot in
 * `fetch_log`, and ingests the verified files not ingested before. Exit 0 when every slot was
 * downloaded, skipped, missing or empty (reported, not failures); 1 when any failed; 2 for bad
 * usage, including a download larger than 1 GiB without --yes.
 *
 * The root program gets positional options here: `--version` after `fetch gdelt` is this
 * command's GDELT version, not the program's `-v, --version` (which still works before any
 * command: `fineline --version`).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { databasePath } from '../../config.js';
import { FinelineError, StoreError, UsageError } from '../../errors.js';
import { defaultEffects } from '../../fetch/effects.js';
import {
  type FetchReport,
  type FetchSummary,
  fetchGdelt,
  type Problem,
  summarize,
} from '../../fetch/fetch.js';
import { DEFAULT_BASE_URL } from '../../fetch/filelist.js';
import { ensureFetchLog, fileKey, ingestedFiles, recordFetch } from '../../fetch/log.js';
import { DEFAULT_RETRY_POLICY } from '../../fetch/retry.js';
import { type GdeltVersion, parseInstant } from '../../fetch/slots.js';
import { type FileReport, ingestFiles } from '../../ingest/ingest.js';
import { openDatabase } from '../../store/database.js';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';

/** Downloads above this need --yes. */
export const CONFIRM_ABOVE_BYTES = 1024 ** 3;

interface Options {
  from: string;
  to: string;
  version: string;
  baseUrl?: string;
  cache?: string;
  db?: string;
  actors?: string;
  ingest: boolean;
  yes?: boolean;
  concurrency: string;
  retries: string;
  retryDelay: string;
  json?: boolean;
}

type IngestResult = Awaited<ReturnType<typeof ingestFiles>>;

export function registerFetch(program: Command, context: CommandContext): void {
  program.enablePositionalOptions();
  const fetch = program
    .command('fetch')
    .description('download event data from its publishers, verified, and ingest it');
  fetch
    .command('gdelt')
    .description(
      "download GDELT event files for a date range from GDELT's file lists, verify size and MD5, resume and retry, report every missing or empty slot, and ingest the verified files",
    )
    .requiredOption('--from <date>', 'first day or UTC instant (2019-10-24, 2019-10-24T14:30)')
    .requiredOption('--to <date>', 'last day or UTC instant, included')
    .option(
      '--version <n>',
      'GDELT version: 2 (15-minute files from 2015-02-18 23:00 UTC) or 1 (daily files from 2013-04-01, yearly and monthly back-files from 1979)',
      '2',
    )
    .option('--base-url <url>', `server root (default: $FINELINE_GDELT_URL or ${DEFAULT_BASE_URL})`)
    .option('--cache <dir>', 'download directory (default: downloads/ beside the database)')
    .option('--db <path>', 'database file (default: $FINELINE_DB or .fineline/fineline.duckdb)')
    .option('--actors <list>', 'actors to keep when ingesting: CAMEO country codes, or "all"')
    .option('--no-ingest', 'download and verify only')
    .option('--yes', 'go ahead with a download larger than 1 GiB')
    .option('--concurrency <n>', 'downloads at once', '4')
    .option(
      '--retries <n>',
      'retries per file after the first attempt',
      String(DEFAULT_RETRY_POLICY.retries),
    )
    .option(
      '--retry-delay <ms>',
      'pause before the first retry; doubles each time',
      String(DEFAULT_RETRY_POLICY.baseDelayMs),
    )
    .option('--json', 'print the report as JSON')
    .action(async (options: Options) => {
      await runFetch(options, context);
    });
}

async function runFetch(options: Options, context: CommandContext): Promise<void> {
  const { output } = context;
  const version = parseVersion(options.version);
  const dbPath = databasePath(options.db, context.env, context.cwd);
  if (!existsSync(dbPath)) {
    throw new StoreError(
      `no database at ${dbPath}: run \`fineline build\` first (or pass --db PATH / set FINELINE_DB)`,
    );
  }
  const cacheDir = resolve(context.cwd, options.cache ?? resolve(dirname(dbPath), 'downloads'));
  const actors = parseActors(options.actors);
  const request = {
    version,
    range: {
      from: parseInstant(options.from, 'start', '--from'),
      to: parseInstant(options.to, 'end', '--to'),
    },
    baseUrl: parseBaseUrl(options.baseUrl ?? context.env.FINELINE_GDELT_URL ?? DEFAULT_BASE_URL),
    cacheDir,
    retry: {
      ...DEFAULT_RETRY_POLICY,
      retries: parseCount(options.retries, '--retries', 0),
      baseDelayMs: parseCount(options.retryDelay, '--retry-delay', 0),
    },
    concurrency: parseCount(options.concurrency, '--concurrency', 1),
    ...(options.yes === true ? {} : { maxBytes: CONFIRM_ABOVE_BYTES }),
    // At a terminal: each download or failure, and a heartbeat every 1,000 slots.
    onProgress: (p: { done: number; total: number; slot: string; status: string }) => {
      if (p.status === 'downloaded' || p.status === 'failed' || p.done % 1000 === 0) {
        output.progress(`[${p.done}/${p.total}] ${p.slot} ${p.status}`);
      }
    },
  };
  output.progress(`fetching GDELT ${version}.0 into ${cacheDir}`);
  const report = await fetchGdelt(request, defaultEffects);
  const summary = summarize(report);

  const db = await openDatabase(dbPath);
  let ingest: IngestResult | null = null;
  try {
    await ensureFetchLog(db);
    const before = await ingestedFiles(db, version);
    const ingestedAt = new Map(before);
    const fresh = report.outcomes.filter(
      (o) =>
        (o.status === 'downloaded' || o.status === 'skipped') &&
        o.path !== undefined &&
        o.md5 !== undefined &&
        !before.has(fileKey(o.slot, o.md5)),
    );
    const now = defaultEffects.now();
    try {
      if (options.ingest && fresh.length > 0) {
        output.progress(`ingesting ${fresh.length} files`);
        ingest = await ingestFiles(
          db,
          fresh.map((o) => o.path as string),
          {
            format: version === 2 ? 'gdelt2' : 'gdelt1',
            ...(actors === undefined ? {} : { actors }),
          },
        );
        const failed = new Set(
          ingest.files.filter((f) => f.error !== undefined).map((f) => f.file),
        );
        for (const o of fresh) {
          if (!failed.has(o.path as string))
            ingestedAt.set(fileKey(o.slot, o.md5 as string), now.toISOString());
        }
      } else if (options.ingest) {
        ingest = {
          files: [],
          totals: { rowsRead: 0, kept: 0, filtered: 0, duplicates: 0, quarantined: 0 },
        };
      }
    } finally {
      // The log is written even when ingestion throws: downloads are facts either way.
      await recordFetch(db, report.outcomes, now, ingestedAt);
    }
  } finally {
    db.close();
  }

  if (options.json === true) {
    output.json({ version, from: report.from, to: report.to, cache: cacheDir, ...summary, ingest });
  } else {
    printReport(output, report, summary, ingest);
  }
  const problems = failures(summary, ingest?.files ?? []);
  if (problems.length > 0) throw new FinelineError(problems.join('\n'));
}

function printReport(
  output: Output,
  report: FetchReport,
  summary: FetchSummary,
  ingest: IngestResult | null,
): void {
  output.line(`GDELT ${report.version}.0, ${report.from} to ${report.to}: ${summary.slots} slots`);
  output.table(
    [
      { status: 'downloaded', slots: summary.downloaded },
      { status: 'skipped (already verified)', slots: summary.skipped },
      { status: 'missing', slots: summary.missing.length },
      { status: 'empty', slots: summary.empty.length },
      { status: 'failed', slots: summary.failed.length },
    ],
    [
      { header: 'status', value: (row) => row.status },
      { header: 'slots', value: (row) => row.slots },
    ],
  );
  const problems = [
    ...summary.missing.map((p) => ({ ...p, status: 'missing' })),
    ...summary.empty.map((p) => ({ ...p, status: 'empty' })),
    ...summary.failed.map((p) => ({ ...p, status: 'failed' })),
  ].sort((a, b) => a.slot.localeCompare(b.slot));
  if (problems.length > 0) {
    output.line('');
    output.table(problems, [
      { header: 'slot', value: (p) => p.slot },
      { header: 'status', value: (p) => p.status },
      { header: 'reason', value: (p) => p.reason, max: 80 },
      { header: 'url', value: (p) => p.url, max: 80 },
    ]);
  }
  if (ingest !== null) {
    const t = ingest.totals;
    output.line(
      `\ningested ${ingest.files.length} files: ${t.rowsRead} rows read, ${t.kept} kept, ${t.filtered} filtered out, ${t.duplicates} duplicates, ${t.quarantined} quarantined`,
    );
  }
}

/** One teaching line per failed slot or failed ingestion. */
function failures(summary: FetchSummary, files: readonly FileReport[]): string[] {
  const lines = summary.failed.map((p: Problem) => `${p.url}: ${p.reason}; not ingested`);
  for (const file of files) {
    if (file.error !== undefined) lines.push(`${file.file}: ingestion failed: ${file.error}`);
  }
  if (lines.length === 0) return [];
  const noun = lines.length === 1 ? 'file' : 'files';
  return [
    `${lines.length} ${noun} failed (run again to retry; verified files are kept):`,
    ...lines.map((l) => `  ${l}`),
  ];
}

function parseVersion(text: string): GdeltVersion {
  if (text === '1' || text === '2') return Number(text) as GdeltVersion;
  throw new UsageError(`invalid --version "${text}": expected 1 or 2 (the GDELT version)`);
}

function parseCount(text: string, flag: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(`invalid ${flag} "${text}": expected a whole number from ${min}`);
  }
  return n;
}

function parseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`invalid --base-url "${text}": expected an http:// or https:// URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`invalid --base-url "${text}": expected an http:// or https:// URL`);
  }
  return text;
}

function parseActors(text: string | undefined): readonly string[] | 'all' | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'all') return 'all';
  const codes = text
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  const bad = codes.find((code) => !/^[A-Z0-9]+$/.test(code));
  if (codes.length === 0 || bad !== undefined) {
    throw new UsageError(
      `invalid --actors "${text}": expected CAMEO country codes separated by commas (KOR,JPN,USA) or "all"`,
    );
  }
  return codes;
}
