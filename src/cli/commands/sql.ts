/** `fineline sql "QUERY"`: read-only SQL over the store, for analysts. */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';

export function registerSql(program: Command, context: CommandContext): void {
  program
    .command('sql')
    .description(
      'run a read-only SQL query over the database (tables: episodes, chronology, sources, actors; views: episode_records, chronology_records)',
    )
    .argument('<query>', 'one SELECT (or WITH … SELECT, DESCRIBE, SHOW, EXPLAIN) statement')
    .addOption(dbOption())
    .addOption(jsonOption('a JSON array of row objects'))
    .action(async (query: string, options: { db?: string; json?: boolean }) => {
      await reading(context, options.db, async (db) => {
        const rows = await db.readOnlyQuery(query);
        if (options.json === true) {
          context.output.json(rows);
          return;
        }
        const names = Object.keys(rows[0] ?? {});
        context.output.table(
          rows,
          names.map((name) => ({
            header: name,
            value: (row: Record<string, unknown>) => display(row[name]),
            max: 60,
          })),
        );
        context.output.progress(`${rows.length} rows`);
      });
    });
}

function display(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
