/** `fineline build`: (re)creates the embedded database from the bundled data. */
import type { Command } from 'commander';
import { databasePath, PATHS, VERSION } from '../../config.js';
import { loadBundle } from '../../data/bundle.js';
import { buildDatabase } from '../../store/build.js';
import type { CommandContext } from '../context.js';

export function registerBuild(program: Command, context: CommandContext): void {
  program
    .command('build')
    .description('build or refresh the embedded database from the bundled data (atomic)')
    .option('--db <path>', 'database file (default: $FINELINE_DB or .fineline/fineline.duckdb)')
    .option('--data <dir>', 'bundled data directory', PATHS.dataDir)
    .option('--json', 'print the result as JSON')
    .action(async (options: { db?: string; data: string; json?: boolean }) => {
      const { output } = context;
      const path = databasePath(options.db, context.env, context.cwd);
      output.progress(`reading bundled data from ${options.data}`);
      const bundle = await loadBundle(options.data);
      output.progress(`building ${path}`);
      const result = await buildDatabase(bundle, path, VERSION);
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
