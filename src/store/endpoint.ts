/**
 * How a command finds the server that holds a database. `fineline serve` writes
 * `<database>.server.json` beside the file — its PID, address and a random token, readable
 * by the owner only — and removes it when it stops. A command that finds a live server there
 * sends its queries and writes to it (remote.ts) instead of opening the file, which the server
 * holds. A file left by a server that died is stale: its PID is gone or its address does not
 * answer with the same token and database, and it is ignored (and removed when safe).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Endpoint {
  pid: number;
  /** `http://127.0.0.1:8787` — where the server listens. */
  url: string;
  /** Sent as `Authorization: Bearer <token>` on every store request. */
  token: string;
  /** The database's real path, as the server opened it. */
  database: string;
  startedAt: string;
  version: string;
}

/** The canonical path of a database file: symlinks and `..` resolved (the file may not exist). */
export function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

export function endpointPath(database: string): string {
  return `${canonicalPath(database)}.server.json`;
}

export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** Writes the endpoint file atomically, readable and writable by the owner only. */
export function writeEndpoint(endpoint: Endpoint): void {
  const path = endpointPath(endpoint.database);
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(endpoint, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** Removes the endpoint file if it is this server's (never another server's). */
export function removeEndpoint(database: string, token: string): void {
  const found = readEndpoint(database);
  if (found?.token === token) rmSync(endpointPath(database), { force: true });
}

/** The endpoint file's content, or undefined when there is none or it is unreadable. */
export function readEndpoint(database: string): Endpoint | undefined {
  const path = endpointPath(database);
  if (!existsSync(path)) return undefined;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Endpoint>;
    if (
      typeof value.pid !== 'number' ||
      typeof value.url !== 'string' ||
      typeof value.token !== 'string' ||
      typeof value.database !== 'string'
    ) {
      return undefined;
    }
    return value as Endpoint;
  } catch {
    return undefined;
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The live server of a database, or undefined. A file whose process is gone is removed; one
 * whose process lives but does not answer as that server is left alone and ignored.
 */
export async function liveEndpoint(database: string): Promise<Endpoint | undefined> {
  const endpoint = readEndpoint(database);
  if (endpoint === undefined) return undefined;
  if (!processAlive(endpoint.pid)) {
    rmSync(endpointPath(database), { force: true });
    return undefined;
  }
  try {
    const response = await fetch(`${endpoint.url}/api/store`, {
      headers: { authorization: `Bearer ${endpoint.token}` },
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { database?: string; pid?: number };
    return body.database === endpoint.database && body.pid === endpoint.pid ? endpoint : undefined;
  } catch {
    return undefined;
  }
}
