/**
 * The server's hold on its database: the one process that writes the file while
 * `fineline serve` runs (docs/architecture.md, "One store, many users").
 *
 * - Reads (every API request) run on a small pool of connections, concurrently, each seeing
 *   the last committed state (DuckDB's MVCC within one process).
 * - Writes come from commands in other processes (`ingest`, `fetch`, `build`) through a
 *   writer lease: one at a time, on a connection of its own, while reads go on. A second
 *   writer waits, bounded, and is told who holds the lease.
 * - `replaceWith` (a build) carries the event tables into the new file while reads go on,
 *   then holds new reads back for the moment it takes to drain the ones in flight, close the
 *   file, rename the new one into place and open it. No request fails; some wait a few ms.
 *
 * `generation` counts changes (each finished lease, each replacement), so that caches of
 * derived results (the fitted model) know when to recompute.
 */
import { randomUUID } from 'node:crypto';
import { StoreError } from '../errors.js';
import { type Database, type DuckDBFile, openDuckDB, type WritableDatabase } from './database.js';
import type { Holder } from './lock.js';
import { carryOver, swapFile } from './replace.js';

export interface HostOptions {
  /** Read connections. */
  readers?: number;
  /** A lease with no request for this long is ended and its transaction rolled back. */
  leaseIdleMs?: number;
}

export interface Lease {
  readonly id: string;
  readonly holder: Holder;
  readonly since: Date;
  /** The lease's connection; `replaceWith` ends the lease. */
  readonly db: WritableDatabase;
  /** Marks the lease as in use (postpones its idle expiry). */
  touch(): void;
  /** Ends the lease: an open transaction is rolled back, the connection closed. */
  release(): Promise<void>;
}

export type Acquired = { lease: Lease } | { busy: { holder: Holder; since: Date } };

export class DatabaseHost {
  private file!: DuckDBFile;
  private pool: Database[] = [];
  private idle: Database[] = [];
  private waiting: ((db: Database) => void)[] = [];
  private inFlight = 0;
  private drained: (() => void) | undefined;
  private gate: Promise<void> | undefined;
  private lease: (Lease & { timer?: NodeJS.Timeout }) | undefined;
  private leaseQueue: (() => void)[] = [];
  private changes = 0;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly options: Required<HostOptions>,
  ) {}

  /** Opens `path` for reading and writing; fails if another process holds it. */
  static async open(path: string, options: HostOptions = {}): Promise<DatabaseHost> {
    const host = new DatabaseHost(path, {
      readers: options.readers ?? 4,
      leaseIdleMs: options.leaseIdleMs ?? 30_000,
    });
    await host.openFile();
    return host;
  }

  /** Counts the changes since the host opened: finished leases and replacements. */
  get generation(): number {
    return this.changes;
  }

  /** Who holds the writer lease now, if anyone. */
  get writer(): { holder: Holder; since: Date } | undefined {
    return this.lease === undefined
      ? undefined
      : { holder: this.lease.holder, since: this.lease.since };
  }

  /** Runs `work` with a read connection; waits while the file is being swapped. */
  async read<T>(work: (db: Database) => Promise<T>): Promise<T> {
    while (this.gate !== undefined) await this.gate;
    if (this.closed) throw new StoreError(`the database ${this.path} is closed`);
    this.inFlight++;
    const db = await this.take();
    try {
      return await work(db);
    } finally {
      this.give(db);
      this.inFlight--;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  /** The lease with this id, if it is the current one. */
  current(id: string): Lease | undefined {
    return this.lease?.id === id ? this.lease : undefined;
  }

  /**
   * The writer lease for `holder`, waiting up to `waitMs` for the current one to end; when it
   * does not, says who holds it.
   */
  async acquire(holder: Holder, waitMs: number): Promise<Acquired> {
    const deadline = Date.now() + waitMs;
    while (this.lease !== undefined) {
      const left = deadline - Date.now();
      const current = this.lease;
      if (left <= 0) return { busy: { holder: current.holder, since: current.since } };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.leaseQueue = this.leaseQueue.filter((r) => r !== wake);
          resolve();
        }, left);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.leaseQueue.push(wake);
      });
    }
    while (this.gate !== undefined) await this.gate;
    const db = await this.file.connect();
    const lease = this.makeLease(holder, db);
    this.lease = lease;
    lease.touch();
    return { lease };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.lease !== undefined) await this.lease.release();
    this.closed = true;
    await this.drain();
    this.file.close();
  }

  private makeLease(holder: Holder, db: Database): Lease & { timer?: NodeJS.Timeout } {
    const id = randomUUID();
    const since = new Date();
    let ended = false;
    const lease: Lease & { timer?: NodeJS.Timeout } = {
      id,
      holder,
      since,
      db: {
        ...db,
        close: () => lease.release(),
        replaceWith: async (built) => {
          try {
            await carryOver(db, built);
          } catch (error) {
            await lease.release();
            throw error;
          }
          await this.swap(built, db, () => end(false));
        },
      },
      touch: () => {
        if (lease.timer !== undefined) clearTimeout(lease.timer);
        lease.timer = setTimeout(() => {
          void lease.release();
        }, this.options.leaseIdleMs);
        lease.timer.unref();
      },
      release: () => end(true),
    };
    const end = async (rollback: boolean) => {
      if (ended) return;
      ended = true;
      if (lease.timer !== undefined) clearTimeout(lease.timer);
      if (rollback) {
        try {
          await db.run('ROLLBACK');
        } catch {
          // No transaction was open: nothing to undo.
        }
      }
      await db.close();
      if (this.lease === lease) this.lease = undefined;
      this.changes++;
      const next = this.leaseQueue.shift();
      next?.();
    };
    return lease;
  }

  /** Holds new reads, drains the ones in flight, swaps the file and opens the new one. */
  private async swap(
    built: string,
    writer: Database,
    endLease: () => Promise<void>,
  ): Promise<void> {
    let open!: () => void;
    this.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    try {
      await this.drain();
      // With no other transaction left, fold the log into the file (replace.ts, step 2).
      try {
        await writer.run('CHECKPOINT');
      } finally {
        await endLease();
      }
      this.file.close();
      this.pool = [];
      this.idle = [];
      let failure: unknown;
      try {
        await swapFile(built, this.path);
      } catch (error) {
        failure = error;
      }
      await this.openFile();
      this.changes++;
      if (failure !== undefined) throw failure;
    } finally {
      this.gate = undefined;
      open();
    }
  }

  private async openFile(): Promise<void> {
    this.file = await openDuckDB(this.path);
    this.pool = [];
    for (let i = 0; i < this.options.readers; i++) this.pool.push(await this.file.connect());
    this.idle = [...this.pool];
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) {
      const db = this.idle.pop();
      if (db === undefined) this.waiting.push(resolve);
      else resolve(db);
    }
  }

  private async drain(): Promise<void> {
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      this.drained = () => {
        this.drained = undefined;
        resolve();
      };
    });
  }

  private take(): Promise<Database> {
    const db = this.idle.pop();
    if (db !== undefined) return Promise.resolve(db);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(db: Database): void {
    if (!this.pool.includes(db)) return;
    const next = this.waiting.shift();
    if (next !== undefined) next(db);
    else this.idle.push(db);
  }
}
