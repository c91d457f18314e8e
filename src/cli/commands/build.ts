/** `fineline build`: (re)creates the embedded database from the bundled data. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_DB, PATHS, VERSION } from '../../config.js';
import { loadBundle } from '../../data/bundle.js';
import { UsageError } from '../../errors.js';
import { buildDatabase } from '../../store/build.js';
import type { CommandContext } from '../context.js';
import { commandAccess, commandDatabase } from '../database.js';
import { dbOption, jsonOption } from '../flags.js';

export function registerBuild(program: Command, context: CommandContext): void {
  program
    .command('build')
    .description(
      'build or refresh the embedded database from the bundled data (atomic; ingested event data is kept; a running `fineline serve` switches to the new database)',
    )
    .addOption(dbOption())
    .option('--data <dir>', 'bundled data directory', PATHS.dataDir)
    .addOption(jsonOption())
    .action(async (options: { db?: string; data: string; json?: boolean }) => {
      const { output } = context;
      const path = commandDatabase(context, options.db);
      const folder = dirname(path);
      if (!existsSync(folder)) {
        // The default folder is Fineline's own; any other is the user's, and a typo in it
        // should not become a new folder.
        if ((options.db ?? context.env.FINELINE_DB) === undefined) {
          mkdirSync(folder, { recursive: true });
        } else {
          throw new UsageError(
            `cannot build ${path}: the folder ${folder} does not exist (create it first, or choose another --db; the default is ${DEFAULT_DB})`,
          );
        }
      }
      output.progress(`reading bundled data from ${options.data}`);
      const bundle = await loadBundle(options.data);
      output.progress(`building ${path}`);
      const result = await buildDatabase(bundle, path, VERSION, commandAccess(context));
      if (options.json === true) {
        output.json(result);
        return;
      }
      const c = result.counts;
      output.line(
        `built ${result.path}: ${c.episodes} episodes, ${c.chronology} chronology events, ${c.sources} sources`,
      );
    });
}
