/**
 * How commands open the database: for reading or for writing, through the running server
 * when there is one (store/access.ts). Waiting for another process is told on stderr, and its
 * length is FINELINE_WAIT seconds (30 by default).
 */
import { databasePath } from '../config.js';
import { type Access, openForReading, openForWriting, type ReadOptions } from '../store/access.js';
import type { Database, WritableDatabase } from '../store/database.js';
import { waitFromEnv } from '../store/lock.js';
import type { CommandContext } from './context.js';

/** This process as others waiting for the database are told of it. */
export function commandAccess(context: CommandContext): Access {
  return {
    holder: { pid: process.pid, command: context.command ?? 'fineline' },
    wait: {
      waitMs: waitFromEnv(context.env),
      onWait: (message) => context.output.notice(message),
    },
  };
}

/** The database file the command works on: --db, else $FINELINE_DB, else the default. */
export function commandDatabase(context: CommandContext, flag: string | undefined): string {
  return databasePath(flag, context.env, context.cwd);
}

/** Runs `work` with the database open for reading, and closes it. */
export async function reading<T>(
  context: CommandContext,
  flag: string | undefined,
  work: (db: Database) => Promise<T>,
  options: ReadOptions = {},
): Promise<T> {
  const db = await openForReading(commandDatabase(context, flag), commandAccess(context), options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Runs `work` with the database open for writing (the one writer), and closes it. */
export async function writing<T>(
  context: CommandContext,
  flag: string | undefined,
  work: (db: WritableDatabase) => Promise<T>,
): Promise<T> {
  const db = await openForWriting(commandDatabase(context, flag), commandAccess(context));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
