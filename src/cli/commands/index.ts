/**
 * `fineline index`: the relations index of a dyad (docs/indices.md). The table shows the
 * headline series — the pair summed over both directions, or the one direction asked for with
 * --directed; --json gives every series, the notes and the definition as resolved. A source
 * with no events fails with exit 1 and says how to ingest some.
 */
import type { Command } from 'commander';
import { readIndexActors } from '../../indices/actors.js';
import { requireIndexDefinition } from '../../indices/definition.js';
import { computeIndex, type IndexPeriod } from '../../indices/relations.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';
import type { Column } from '../output.js';

export interface IndexOptions {
  dyad?: string;
  directed?: boolean;
  source?: string;
  freq?: string;
  from?: string;
  to?: string;
  baseline?: string;
  threshold?: string;
  db?: string;
  json?: boolean;
}

/** The flags the index and the signal share. */
export function indexFlags(command: Command): Command {
  return command
    .option('--dyad <A-B>', "two actor codes, such as KOR-JPN (default: the triad's two allies)")
    .option('--source <name>', 'gdelt (1.0 and 2.0), icews, polecat or chronology')
    .option('--freq <unit>', 'day, week or month (the chronology is monthly)')
    .option('--from <date>', 'first period: YYYY, YYYY-MM or YYYY-MM-DD (default: start of data)')
    .option('--to <date>', 'last period: YYYY, YYYY-MM or YYYY-MM-DD (default: end of data)')
    .option(
      '--baseline <n>',
      'periods in the rolling baseline before each period (default one year: 12, 52 or 365)',
    )
    .option('--threshold <z>', '|z| at or above which a period is flagged unusual (default 2)')
    .addOption(dbOption())
    .addOption(jsonOption('the whole result'));
}

/** A number for a table cell: two decimals, blank when null. */
export function fixed(value: number | null): string {
  return value === null ? '' : value.toFixed(2);
}

export function registerIndex(program: Command, context: CommandContext): void {
  indexFlags(
    program
      .command('index')
      .description(
        'relations index of a dyad per period: events by quad class, net cooperation per 1,000 events, rolling z-score, tension',
      ),
  )
    .option('--directed', 'only source→target (default: the pair, and each direction in --json)')
    .action(async (options: IndexOptions) => {
      await reading(context, options.db, async (db) => {
        const definition = requireIndexDefinition(options, await readIndexActors(db));
        const result = await computeIndex(db, definition);
        const { output } = context;
        if (options.json === true) {
          output.json(result);
          return;
        }
        const series = result.series[0];
        if (series === undefined) return;
        const net = result.normalisation === 'none' ? 'net' : 'net/1k';
        const measure = result.measure === 'plover' ? 'ploverNet' : 'netCooperation';
        const columns: Column<IndexPeriod>[] = [
          { header: 'period', value: (p) => p.period },
          { header: 'events', value: (p) => p.total },
          { header: 'v.coop', value: (p) => p.verbalCooperation },
          { header: 'm.coop', value: (p) => p.materialCooperation },
          { header: 'v.conf', value: (p) => p.verbalConflict },
          { header: 'm.conf', value: (p) => p.materialConflict },
          {
            header: result.measure === 'plover' ? `plover ${net}` : net,
            value: (p) => fixed(p[measure]),
          },
          { header: 'z', value: (p) => fixed(p.z) },
          { header: 'tension', value: (p) => fixed(p.tension) },
          { header: 'unusual', value: (p) => (p.unusual ? '!' : '') },
          ...(definition.source === 'chronology'
            ? [{ header: 'score', value: (p: IndexPeriod) => fixed(p.score) }]
            : []),
        ];
        output.table(series.periods, columns);
        const unusual = series.periods.filter((p) => p.unusual).length;
        output.progress(
          `${series.label} from ${result.datasets.join('+')}, by ${definition.freq}: ${series.periods.length} periods, ${unusual} unusual (|z| ≥ ${definition.threshold} against the previous ${definition.baseline})`,
        );
        for (const note of result.notes) output.progress(`note: ${note}`);
      });
    });
}
