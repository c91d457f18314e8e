/**
 * `fineline signal`: the US-involvement signal (docs/indices.md) — per period, the patron's
 * appeals, consultations, mediation and pressure towards each ally, the trilateral meeting
 * days, and the allies' tension beside them. Takes the same flags as `fineline index`.
 */
import type { Command } from 'commander';
import { readIndexActors } from '../../indices/actors.js';
import { requireIndexDefinition } from '../../indices/definition.js';
import { type AllyActs, type SignalPeriod, usSignal } from '../../indices/us-signal.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import type { Column } from '../output.js';
import { fixed, type IndexOptions, indexFlags } from './index.js';

const KINDS: readonly [keyof AllyActs, string][] = [
  ['events', 'all'],
  ['appeals', 'appeal'],
  ['consultations', 'consult'],
  ['mediation', 'mediate'],
  ['pressure', 'press'],
];

export function registerSignal(program: Command, context: CommandContext): void {
  indexFlags(
    program
      .command('signal')
      .description(
        "US-involvement signal per period: the patron's appeals, consultations, mediation and pressure towards each ally, trilateral meeting days, and the allies' tension",
      ),
  ).action(async (options: IndexOptions) => {
    await reading(context, options.db, async (db) => {
      const definition = requireIndexDefinition(options, await readIndexActors(db));
      const result = await usSignal(db, definition);
      const { output } = context;
      if (options.json === true) {
        output.json(result);
        return;
      }
      const columns: Column<SignalPeriod>[] = [
        { header: 'period', value: (p) => p.period },
        ...result.allies.flatMap((ally, i) =>
          KINDS.map(([kind, label]) => ({
            header: `${result.patron}→${ally} ${label}`,
            value: (p: SignalPeriod) => p.toAllies[i]?.[kind] ?? null,
          })),
        ),
        { header: 'trilateral days', value: (p) => p.trilateralDays },
        { header: `${result.allies.join('↔')} tension`, value: (p) => fixed(p.tension) },
        { header: 'unusual', value: (p) => (p.unusual ? '!' : '') },
      ];
      output.table(result.periods, columns);
      output.progress(
        `${result.patron} towards ${result.allies.join(' and ')} from ${result.datasets.join('+')}, by ${definition.freq}: ${result.periods.length} periods`,
      );
      for (const note of result.notes) output.progress(`note: ${note}`);
    });
  });
}
