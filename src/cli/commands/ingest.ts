/**
 * `fineline ingest FILE|DIR|GLOB… [--format …] [--actors LIST|all] [--db PATH] [--json]`:
 * reads event-data files into the database's `events` table (docs/ingest.md). Exit code 0
 * when every file was ingested, 1 when any file failed as a whole (each failed file is named
 * with its reason and left the database as it was), 2 for a usage error.
 */
import { existsSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { databasePath } from '../../config.js';
import { FinelineError, StoreError, UsageError } from '../../errors.js';
import { FORMATS, type Format } from '../../ingest/format.js';
import { type Counts, type IngestProgress, ingestFiles } from '../../ingest/ingest.js';
import { expandInputs } from '../../ingest/inputs.js';
import { type Database, openDatabase } from '../../store/database.js';
import type { CommandContext } from '../context.js';
import type { Column, Stream } from '../output.js';

type IngestResult = Awaited<ReturnType<typeof ingestFiles>>;

interface Options {
  format: Format;
  actors?: string;
  db?: string;
  json?: boolean;
}

export function registerIngest(program: Command, context: CommandContext): void {
  program
    .command('ingest')
    .description(
      'read GDELT 1.0/2.0, ICEWS or POLECAT event files (plain or .zip) into the events table',
    )
    .argument('<inputs...>', 'files, directories or glob patterns')
    .addOption(new Option('--format <format>', 'file format').choices(FORMATS).default('auto'))
    .option(
      '--actors <list>',
      'CAMEO country codes whose events to keep, comma-separated, or "all" (default: the triad in the database, USA,KOR,JPN,PRK,CHN as bundled)',
    )
    .option('--db <path>', 'database file (made by `fineline build`)')
    .option('--json', 'print the per-file counts as JSON')
    .action(async (inputs: string[], options: Options) => {
      const actors = parseActors(options.actors);
      const files = expandInputs(inputs, context.cwd);
      const db = await openForIngest(databasePath(options.db, context.env, context.cwd));
      const bar = progressBar(context.output.io.stderr, files.length);
      let result: IngestResult;
      try {
        result = await ingestFiles(db, files, {
          format: options.format,
          ...(actors === undefined ? {} : { actors }),
          onProgress: bar.update,
        });
      } finally {
        bar.done();
        db.close();
      }
      print(context, result, options.json === true);
      const failures = result.files.filter((file) => file.error !== undefined);
      if (failures.length > 0) {
        const noun = files.length === 1 ? 'file' : 'files';
        throw new FinelineError(
          [
            `${failures.length} of ${files.length} ${noun} could not be ingested (the database is as it was before each of them):`,
            ...failures.map((f) => `  ${f.error}`),
          ].join('\n'),
        );
      }
    });
}

function parseActors(text: string | undefined): readonly string[] | 'all' | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'all') return 'all';
  const codes = text.split(',').map((code) => code.trim().toUpperCase());
  const bad = codes.find((code) => !/^[A-Z]{3}$/.test(code));
  if (bad !== undefined) {
    throw new UsageError(
      `invalid --actors value ${JSON.stringify(bad)}: expected CAMEO country codes such as USA,KOR,JPN, or "all"`,
    );
  }
  return codes;
}

/** Opens the built database read-write, with the same teaching error as the other commands. */
async function openForIngest(path: string): Promise<Database> {
  if (!existsSync(path)) {
    throw new StoreError(
      `no database at ${path}: run \`fineline build\` first (or pass --db PATH / set FINELINE_DB)`,
    );
  }
  const db = await openDatabase(path);
  const tables = await db.query(
    "SELECT table_name FROM information_schema.tables WHERE table_name IN ('actors', 'cameo_codes')",
  );
  if (tables.length < 2) {
    db.close();
    throw new StoreError(
      `${path} is not a database made by \`fineline build\` (it has no actors and cameo_codes tables): run \`fineline build --db ${path}\` first`,
    );
  }
  return db;
}

interface TableRow extends Counts {
  file: string;
  format: string;
  status: string;
}

const COLUMNS: Column<TableRow>[] = [
  { header: 'file', value: (r) => r.file, max: 60 },
  { header: 'format', value: (r) => r.format },
  { header: 'rows', value: (r) => r.rowsRead },
  { header: 'kept', value: (r) => r.kept },
  { header: 'filtered', value: (r) => r.filtered },
  { header: 'duplicates', value: (r) => r.duplicates },
  { header: 'quarantined', value: (r) => r.quarantined },
  { header: 'status', value: (r) => r.status },
];

function print(context: CommandContext, result: IngestResult, json: boolean): void {
  const { output } = context;
  if (json) {
    output.json({
      files: result.files.map((r) => ({
        file: r.file,
        format: r.format,
        rowsRead: r.rowsRead,
        kept: r.kept,
        filtered: r.filtered,
        duplicates: r.duplicates,
        quarantined: r.quarantined,
        ...(r.error === undefined ? {} : { error: r.error }),
      })),
      totals: result.totals,
    });
    return;
  }
  output.table(
    [
      ...result.files.map((r) => ({ ...r, status: r.error === undefined ? 'ok' : 'failed' })),
      { file: 'total', format: '', status: '', ...result.totals },
    ],
    COLUMNS,
  );
}

/**
 * A one-line progress bar on stderr, redrawn in place, only at a terminal (silent in pipes
 * and tests). Output has no in-place line, so the bar writes to its stderr stream directly.
 */
function progressBar(stderr: Stream, files: number) {
  const active = stderr.isTTY === true;
  const seen = new Map<string, number>();
  let last = 0;
  let drawn = false;
  return {
    update: (progress: IngestProgress) => {
      if (!active) return;
      if (!seen.has(progress.file)) seen.set(progress.file, seen.size + 1);
      const now = Date.now();
      if (now - last < 100 && progress.bytesRead < progress.bytesTotal) return;
      last = now;
      const share = progress.bytesTotal === 0 ? 1 : progress.bytesRead / progress.bytesTotal;
      const width = 24;
      const filled = Math.min(width, Math.round(share * width));
      const name = progress.file.split('/').pop() ?? progress.file;
      stderr.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% file ${seen.get(progress.file)}/${files} ${name.slice(0, 40)}\u001b[K`,
      );
      drawn = true;
    },
    done: () => {
      if (drawn) stderr.write('\r\u001b[K');
    },
  };
}
