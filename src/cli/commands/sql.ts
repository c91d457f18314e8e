/** `fineline sql "QUERY"`: read-only SQL over the store, for analysts. */
import type { Command } from 'commander';
import { TABLES, VIEW_SUMMARIES } from '../../store/schema.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';

export function registerSql(program: Command, context: CommandContext): void {
  program
    .command('sql')
    .description('run a read-only SQL query over the database (the tables are listed below)')
    .addHelpText('after', schemaHelp())
    .argument('<query>', 'one SELECT (or WITH … SELECT, DESCRIBE, SHOW, EXPLAIN) statement')
    .addOption(dbOption())
    .addOption(jsonOption('the rows (an array of objects)'))
    .action(async (query: string, options: { db?: string; json?: boolean }) => {
      await reading(
        context,
        options.db,
        async (db) => {
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
        },
        { sandbox: true },
      );
    });
}

function display(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The tables and views an analyst can query, each with what a row is. */
export function schemaHelp(): string {
  const entries: [string, string][] = [
    ...TABLES.map((t): [string, string] => [t.name, t.summary]),
    ...Object.entries(VIEW_SUMMARIES),
  ];
  const width = Math.max(...entries.map(([name]) => name.length));
  const line = ([name, summary]: [string, string]) => `  ${name.padEnd(width)}  ${summary}`;
  return [
    '',
    'Tables:',
    ...entries.slice(0, TABLES.length).map(line),
    '',
    'Views:',
    ...entries.slice(TABLES.length).map(line),
    '',
    'Columns: fineline sql "DESCRIBE episodes". Example:',
    '  fineline sql "SELECT issue, count(*) AS n FROM episodes GROUP BY issue ORDER BY n DESC"',
  ].join('\n');
}
