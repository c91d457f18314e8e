/**
 * `fineline serve`: the HTTP API and the dashboard on loopback (by default). While it runs it
 * holds the database, and the other commands work through it (store/access.ts).
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { PATHS, VERSION } from '../../config.js';
import { UsageError } from '../../errors.js';
import { isLoopback } from '../../server/host-check.js';
import { serve } from '../../server/serve.js';
import type { CommandContext } from '../context.js';
import { commandAccess, commandDatabase } from '../database.js';
import { dbOption } from '../flags.js';

export function registerServe(program: Command, context: CommandContext): void {
  program
    .command('serve')
    .description(
      'serve the HTTP API and the dashboard; while it runs, ingest, fetch and build work through it and the pages show their results on reload',
    )
    .option('--port <n>', 'port (0 picks a free one; default $FINELINE_PORT or 8787)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .addOption(dbOption())
    .action(async (options: { port?: string; host: string; db?: string }) => {
      const port = parsePort(options.port, context.env.FINELINE_PORT);
      const webDir = existsSync(PATHS.webDir) ? PATHS.webDir : undefined;
      if (webDir === undefined) {
        context.output.error(
          `no built dashboard at ${PATHS.webDir} (run \`npm run build\`); serving the API only`,
        );
      }
      if (!isLoopback(options.host.toLowerCase())) {
        context.output.notice(
          `warning: listening on ${options.host}, not on loopback: the API and the dashboard are open, without authentication, to every machine that can reach this one (the store routes commands use still need their token). Use --host 127.0.0.1 to keep it local.`,
        );
      }
      const server = await serve({
        database: commandDatabase(context, options.db),
        host: options.host,
        port,
        version: VERSION,
        webDir,
        access: commandAccess(context),
        log: (message) => context.output.error(message),
      });
      context.output.line(`Fineline dashboard: ${server.url}`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close().finally(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** The port from --port, else FINELINE_PORT, else 8787; each named in its own error. */
export function parsePort(flag: string | undefined, env: string | undefined): number {
  const [text, name] =
    flag !== undefined
      ? [flag, '--port']
      : env !== undefined
        ? [env, 'FINELINE_PORT']
        : ['8787', ''];
  const port = Number(text);
  if (text.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `invalid ${name} "${text}": expected a whole number from 0 to 65535 (0 picks a free port)`,
    );
  }
  return port;
}
