/** `fineline episodes`: lists episodes, filtered by issue, years and US involvement level. */
import type { Command } from 'commander';
import { parseEpisodeFilter } from '../../domain/episode-filter.js';
import { issueMessage, UsageError } from '../../errors.js';
import { listEpisodes } from '../../store/episodes.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';

interface Options {
  db?: string;
  issue?: string;
  from?: string;
  to?: string;
  level?: string;
  minLevel?: string;
  json?: boolean;
}

export function registerEpisodes(program: Command, context: CommandContext): void {
  program
    .command('episodes')
    .description('list episodes of tension and rapprochement with the US involvement coded')
    .option(
      '--issue <list>',
      'primary issue types, comma-separated (history,territory,trade,security,other)',
    )
    .option('--from <year>', 'episodes active in or after this year')
    .option('--to <year>', 'episodes active in or before this year')
    .option('--level <list>', 'US involvement levels 0-4, comma-separated')
    .option('--min-level <n>', 'minimum US involvement level')
    .addOption(dbOption())
    .addOption(jsonOption('the episodes (an array of objects)'))
    .action(async (options: Options) => {
      const parsed = parseEpisodeFilter({
        issue: options.issue,
        from: options.from,
        to: options.to,
        level: options.level,
        minLevel: options.minLevel,
      });
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const flag = first?.path[0] === 'minLevel' ? 'min-level' : String(first?.path[0] ?? '');
        throw new UsageError(
          `invalid --${flag}: ${first === undefined ? 'invalid filter' : issueMessage(first)}`,
        );
      }
      await reading(context, options.db, async (db) => {
        const episodes = await listEpisodes(db, parsed.data);
        if (options.json === true) {
          context.output.json(episodes);
          return;
        }
        context.output.table(episodes, [
          { header: 'id', value: (e) => e.id },
          { header: 'start', value: (e) => e.start },
          { header: 'end', value: (e) => e.end },
          { header: 'issue', value: (e) => e.issue },
          { header: 'US', value: (e) => e.usInvolvement },
          { header: 'outcome', value: (e) => e.outcome },
          { header: 'title', value: (e) => e.title, max: 60 },
        ]);
        context.output.progress(`${episodes.length} episodes`);
      });
    });
}
