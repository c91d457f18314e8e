/**
 * `fineline export episodes|chronology|events --format json|csv|parquet --out FILE`. Events as
 * Parquet go to a directory, partitioned by year: OUT/year=YYYY/*.parquet.
 */
import { resolve } from 'node:path';
import { Argument, type Command, Option } from 'commander';
import { databasePath } from '../../config.js';
import { openBuiltDatabase } from '../../store/database.js';
import {
  EXPORT_FORMATS,
  EXPORT_TABLES,
  type ExportFormat,
  type ExportTable,
  exportRecords,
} from '../../store/export.js';
import type { CommandContext } from '../context.js';

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
    .option('--db <path>', 'database file')
    .action(
      async (records: ExportTable, options: { format: ExportFormat; out: string; db?: string }) => {
        const db = await openBuiltDatabase(databasePath(options.db, context.env, context.cwd));
        try {
          const out = resolve(context.cwd, options.out);
          const count = await exportRecords(db, records, options.format, out);
          context.output.progress(`wrote ${count} ${records} to ${out}`);
        } finally {
          db.close();
        }
      },
    );
}
