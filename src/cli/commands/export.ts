/**
 * `fineline export episodes|chronology|events --format json|csv|parquet --out FILE`. Events as
 * Parquet go to a directory, partitioned by year: OUT/year=YYYY/*.parquet.
 */
import { resolve } from 'node:path';
import { Argument, type Command, Option } from 'commander';
import {
  EXPORT_FORMATS,
  EXPORT_TABLES,
  type ExportFormat,
  type ExportTable,
  exportRecords,
} from '../../store/export.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption } from '../flags.js';

export function registerExport(program: Command, context: CommandContext): void {
  program
    .command('export')
    .description('write the curated records, or the ingested events, to a file')
    .addArgument(new Argument('<records>', 'what to export').choices(Object.keys(EXPORT_TABLES)))
    .addOption(
      new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).makeOptionMandatory(),
    )
    .requiredOption(
      '--out <file>',
      'file to write (for events as parquet: a directory, OUT/year=YYYY/*.parquet)',
    )
    .addOption(dbOption())
    .action(
      async (records: ExportTable, options: { format: ExportFormat; out: string; db?: string }) => {
        await reading(context, options.db, async (db) => {
          const out = resolve(context.cwd, options.out);
          const count = await exportRecords(db, records, options.format, out);
          context.output.progress(`wrote ${count} ${records} to ${out}`);
        });
      },
    );
}
