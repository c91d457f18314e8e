/**
 * The `fineline` command. One handler turns every error into a message and an exit code:
 * 0 ok, 1 failure, 2 usage or input error.
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../config.js';
import { FinelineError, UsageError } from '../errors.js';
import { registerBuild } from './commands/build.js';
import { registerData } from './commands/data.js';
import { registerEpisodes } from './commands/episodes.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerExport } from './commands/export.js';
import { registerFetch } from './commands/fetch.js';
import { registerIndex } from './commands/index.js';
import { registerIngest } from './commands/ingest.js';
import { registerModel } from './commands/model.js';
import { registerPredict } from './commands/predict.js';
import { registerServe } from './commands/serve.js';
import { registerSignal } from './commands/signal.js';
import { registerSql } from './commands/sql.js';
import type { CommandContext } from './context.js';
import { type Io, Output } from './output.js';

export function createProgram(context: CommandContext): Command {
  const program = new Command('fineline')
    .description(
      'Fineline: when and how the United States steps into disputes between its allies (South Korea and Japan).',
    )
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.output.io.stdout.write(text),
      writeErr: (text) => context.output.io.stderr.write(text),
    });
  registerBuild(program, context);
  registerEpisodes(program, context);
  registerData(program, context);
  registerExport(program, context);
  registerFetch(program, context);
  registerIngest(program, context);
  registerSql(program, context);
  registerIndex(program, context);
  registerSignal(program, context);
  registerModel(program, context);
  registerEvaluate(program, context);
  registerPredict(program, context);
  registerServe(program, context);
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({
      writeOut: (text) => context.output.io.stdout.write(text),
      writeErr: (text) => context.output.io.stderr.write(text),
    });
    command.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/**
 * An unknown command is a usage error (exit 2) that names the nearest command, whatever the
 * distance: commander suggests one only when it is close, and a user who typed a command
 * from another tool's documentation deserves a pointer too.
 */
function checkCommand(program: Command, args: readonly string[]): void {
  const first = args[0];
  if (first === undefined || first.startsWith('-')) return;
  const names = [...program.commands.map((c) => c.name()), 'help'];
  if (names.includes(first)) return;
  const nearest = [...names].sort((a, b) => distance(first, a) - distance(first, b))[0];
  throw new UsageError(
    `unknown command "${first}": the nearest is "${nearest}" (fineline --help lists every command)`,
  );
}

/** Levenshtein distance: the fewest one-character edits from `a` to `b`. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

const defaultIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
};

/** Runs the CLI on `argv` (as process.argv) and resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: Io = defaultIo,
  cwd = process.cwd(),
): Promise<number> {
  const output = new Output(io);
  const program = createProgram({
    output,
    env: io.env,
    cwd,
    stdin: io.stdin,
    command: ['fineline', ...argv.slice(2)].join(' '),
  });
  try {
    checkCommand(program, argv.slice(2));
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; commander has already printed its usage message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof FinelineError) {
      output.error(error.message);
      return error.exitCode;
    }
    output.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
