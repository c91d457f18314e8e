/**
 * `fineline export episodes|chronology|events --format json|csv|parquet --out FILE|-`. Events
 * as Parquet go to a directory, partitioned by year: OUT/year=YYYY/*.parquet. `--out -`
 * writes the file to stdout.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Argument, type Command, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../domain/vocabulary.js';
import { UsageError } from '../../errors.js';
import { EXPORT_TABLES, type ExportTable, exportRecords } from '../../store/export.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption } from '../flags.js';

interface Options {
  format: ExportFormat;
  out: string;
  db?: string;
}

export function registerExport(program: Command, context: CommandContext): void {
  program
    .command('export')
    .description('write the curated records, or the ingested events, to a file or to stdout')
    .addArgument(new Argument('<records>', 'what to export').choices(Object.keys(EXPORT_TABLES)))
    .addOption(
      new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).makeOptionMandatory(),
    )
    .requiredOption(
      '--out <file>',
      'file to write, or - for stdout (for events as parquet: a directory, OUT/year=YYYY/*.parquet)',
    )
    .addOption(dbOption())
    .action(async (records: ExportTable, options: Options) => {
      if (options.out === '-') {
        await exportToStdout(context, records, options);
        return;
      }
      const out = resolve(context.cwd, options.out);
      requireFolder(out);
      const count = await reading(context, options.db, (db) =>
        exportRecords(db, records, options.format, out),
      );
      context.output.progress(`wrote ${count} ${records} to ${out}`);
    });
}

/** Exports to a temporary file, then copies its bytes to stdout. */
async function exportToStdout(
  context: CommandContext,
  records: ExportTable,
  options: Options,
): Promise<void> {
  if (records === 'events' && options.format === 'parquet') {
    throw new UsageError(
      'events as parquet are a directory partitioned by year (OUT/year=YYYY/*.parquet) and cannot go to stdout: pass --out DIR, or --format csv|json with --out -',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'fineline-export-'));
  try {
    const file = join(dir, `${records}.${options.format}`);
    await reading(context, options.db, (db) => exportRecords(db, records, options.format, file));
    context.output.io.stdout.write(await readFile(file));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function requireFolder(out: string): void {
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(
      `cannot write ${out}: the folder ${folder} does not exist (create it first, or choose another --out)`,
    );
  }
}
