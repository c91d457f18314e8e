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
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { FinelineError, UsageError } from '../../errors.js';
import { defaultEffects } from '../../fetch/effects.js';
import type { FetchReport, FetchSummary, Problem } from '../../fetch/fetch.js';
import { DEFAULT_BASE_URL } from '../../fetch/filelist.js';
import { DEFAULT_RETRY_POLICY } from '../../fetch/retry.js';
import { type GdeltVersion, parseInstant } from '../../fetch/slots.js';
import { type FetchOutcome, fetchAndIngest } from '../../fetch/workflow.js';
import { actorSet } from '../../ingest/actors.js';
import type { FileReport } from '../../ingest/ingest.js';
import { requireFile } from '../../store/access.js';
import type { CommandContext } from '../context.js';
import { commandDatabase, reading, writing } from '../database.js';
import { actorsOption, dbOption, jsonOption, parseActors } from '../flags.js';
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

type IngestResult = FetchOutcome['ingest'];

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
    .addOption(dbOption())
    .addOption(actorsOption())
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
    .addOption(jsonOption('the report'))
    .action(async (options: Options) => {
      await runFetch(options, context);
    });
}

async function runFetch(options: Options, context: CommandContext): Promise<void> {
  const { output } = context;
  const version = parseVersion(options.version);
  const dbPath = commandDatabase(context, options.db);
  requireFile(dbPath);
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
  // An unknown actor is a usage error before anything is downloaded.
  if (actors !== undefined) await reading(context, options.db, (db) => actorSet(db, actors));
  output.progress(`fetching GDELT ${version}.0 into ${cacheDir}`);
  const { report, summary, ingest } = await fetchAndIngest(
    { request, ingest: options.ingest, actors },
    {
      fetch: defaultEffects,
      database: (work) => writing(context, options.db, work),
      onIngest: (files) => output.progress(`ingesting ${files} files`),
    },
  );
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
  ingest: IngestResult,
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
