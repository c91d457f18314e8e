/**
 * `fineline ingest FILE|DIR|GLOB… [--format …] [--actors LIST|all] [--db PATH] [--json]`:
 * reads event-data files into the database's `events` table (docs/ingest.md). Exit code 0
 * when every file was ingested, 1 when any file failed as a whole (each failed file is named
 * with its reason and left the database as it was), 2 for a usage error.
 */
import { type Command, Option } from 'commander';
import { FinelineError } from '../../errors.js';
import { FORMATS, type Format } from '../../ingest/format.js';
import { type Counts, type IngestProgress, ingestFiles } from '../../ingest/ingest.js';
import { expandInputs, isDirectory } from '../../ingest/inputs.js';
import type { CommandContext } from '../context.js';
import { writing } from '../database.js';
import { actorsOption, dbOption, jsonOption, parseActors } from '../flags.js';
import type { Column, Stream } from '../output.js';

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
    .addOption(actorsOption())
    .addOption(dbOption())
    .addOption(jsonOption('the per-file counts'))
    .action(async (inputs: string[], options: Options) => {
      const actors = parseActors(options.actors);
      const files = expandInputs(inputs, context.cwd);
      if (files.every((file) => isDirectory(file.path))) {
        throw new FinelineError(
          `no event files in ${inputs.join(', ')}: a directory is read for files ending in .csv, .tsv, .tab, .txt or .zip`,
        );
      }
      const bar = progressBar(context.output.io.stderr, files.length);
      const result = await writing(context, options.db, (db) =>
        ingestFiles(db, files, {
          format: options.format,
          ...(actors === undefined ? {} : { actors }),
          onProgress: bar.update,
        }),
      ).finally(() => bar.done());
      print(context, result, options.json === true);
      for (const file of result.files) {
        if (file.note !== undefined) context.output.notice(`note: ${file.file}: ${file.note}`);
      }
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

interface TableRow extends Counts {
  file: string;
  format: string;
  status: string;
}

type IngestResult = Awaited<ReturnType<typeof ingestFiles>>;

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
        status: r.status,
        ...(r.error === undefined ? {} : { error: r.error }),
        ...(r.note === undefined ? {} : { note: r.note }),
      })),
      totals: result.totals,
    });
    return;
  }
  output.table(
    [...result.files, { file: 'total', format: '', status: '', ...result.totals }],
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
