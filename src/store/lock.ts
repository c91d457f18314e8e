/**
 * Waiting for a database file another process holds. DuckDB lets one process write a file,
 * or several read it while nobody writes (https://duckdb.org/docs/stable/connect/concurrency);
 * a second process that asks for it is refused at once with a lock error naming the holder's
 * PID. Fineline retries for a bounded time instead, says what it is waiting for, and then
 * fails with a message that names the other process and what to do.
 */
import { readFileSync } from 'node:fs';
import { FinelineError } from '../errors.js';

/** Who holds (or asks for) a database: a process and the command it runs. */
export interface Holder {
  pid: number;
  command: string;
}

export interface WaitOptions {
  /** How long to keep trying, in milliseconds. */
  waitMs: number;
  /** Told, at most every few seconds, what is being waited for. */
  onWait?: ((message: string) => void) | undefined;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The default wait: 30 s, or FINELINE_WAIT seconds. */
export function waitFromEnv(env: NodeJS.ProcessEnv): number {
  const text = env.FINELINE_WAIT;
  if (text === undefined || text === '') return 30_000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new FinelineError(
      `invalid FINELINE_WAIT "${text}": expected a number of seconds (0 or more)`,
    );
  }
  return seconds * 1000;
}

/** The holder named by a DuckDB lock error, or undefined when `error` is not one. */
export function lockHolder(error: unknown): Holder | undefined {
  const text = error instanceof Error ? error.message : String(error);
  if (!/Could not set lock on file/i.test(text)) return undefined;
  const pid = Number(/\(PID (\d+)\)/.exec(text)?.[1] ?? Number.NaN);
  if (!Number.isInteger(pid)) return { pid: 0, command: 'another process' };
  return { pid, command: processCommand(pid) };
}

/** The command line of a process, from /proc where there is one. */
export function processCommand(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    if (argv.length === 0) return 'unknown command';
    const fineline = argv.findIndex((arg) => /fineline(\.js)?$|cli\/main\.[jt]s$/.test(arg));
    const shown = fineline >= 0 ? ['fineline', ...argv.slice(fineline + 1)] : argv;
    const text = shown.join(' ');
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  } catch {
    return 'unknown command';
  }
}

export function describeHolder(holder: Holder): string {
  return holder.pid === 0 ? holder.command : `process ${holder.pid} (${holder.command})`;
}

/** The file is still held after the wait. */
export class DatabaseBusyError extends FinelineError {
  constructor(
    readonly path: string,
    readonly holder: Holder,
    waitedMs: number,
    doing: string,
  ) {
    super(
      `the database ${path} is in use by ${describeHolder(holder)}, which is ${doing}; waited ${Math.round(waitedMs / 1000)} s. Let it finish (or stop it) and run this again; FINELINE_WAIT=SECONDS waits longer.`,
    );
  }
}

/**
 * Calls `attempt` until it succeeds, retrying while it fails with a lock conflict (as told
 * by `busy`, which returns the holder) and the wait lasts; other errors pass through.
 */
export async function retryWhileBusy<T>(
  path: string,
  attempt: () => Promise<T>,
  busy: (error: unknown) => Holder | undefined,
  options: WaitOptions,
  doing = 'using it',
): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const started = now();
  let told = Number.NEGATIVE_INFINITY;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const holder = busy(error);
      if (holder === undefined) throw error;
      const waited = now() - started;
      if (waited >= options.waitMs) throw new DatabaseBusyError(path, holder, waited, doing);
      if (now() - told >= 5000) {
        told = now();
        options.onWait?.(
          `waiting for ${describeHolder(holder)}, which is ${doing}, to release ${path} (up to ${Math.round(options.waitMs / 1000)} s)`,
        );
      }
      await sleep(Math.min(250, options.waitMs - waited));
    }
  }
}
