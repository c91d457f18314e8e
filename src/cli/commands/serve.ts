/** `fineline serve`: the HTTP API and the dashboard on loopback (by default). */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { databasePath, PATHS, VERSION } from '../../config.js';
import { UsageError } from '../../errors.js';
import { createApp } from '../../server/app.js';
import { listen } from '../../server/listen.js';
import { openBuiltDatabase } from '../../store/database.js';
import type { CommandContext } from '../context.js';

export function registerServe(program: Command, context: CommandContext): void {
  program
    .command('serve')
    .description('serve the HTTP API and the dashboard')
    .option('--port <n>', 'port (0 picks a free one; default $FINELINE_PORT or 8787)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--db <path>', 'database file')
    .action(async (options: { port?: string; host: string; db?: string }) => {
      const text = options.port ?? context.env.FINELINE_PORT ?? '8787';
      const port = Number(text);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(
          `invalid --port ${options.port}: expected a whole number from 0 to 65535`,
        );
      }
      const db = await openBuiltDatabase(databasePath(options.db, context.env, context.cwd));
      const webDir = existsSync(PATHS.webDir) ? PATHS.webDir : undefined;
      if (webDir === undefined) {
        context.output.error(
          `no built dashboard at ${PATHS.webDir} (run \`npm run build\`); serving the API only`,
        );
      }
      const app = createApp({ db, version: VERSION, webDir });
      const server = await listen(app, options.host, port);
      context.output.line(`Fineline dashboard: ${server.url}`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close().finally(() => {
            db.close();
            resolve();
          });
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
