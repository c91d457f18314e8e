/**
 * One file from the server to the cache, verified. The body streams to `NAME.part` while its
 * MD5 is computed; only a file whose size and MD5 match the published list is renamed to
 * `NAME`. A broken transfer keeps its `.part`, and the next attempt asks for the rest with an
 * HTTP Range request (a server that ignores Range and answers 200 gets a fresh download). A
 * file already in the cache is verified again rather than trusted.
 *
 * The MD5 of a `.part` is recomputed from disk on every attempt: after a failed transfer, the
 * bytes that reached the disk, not the bytes the hash saw, are what the next attempt extends.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { FinelineError } from '../errors.js';
import type { FetchEffects } from './effects.js';
import { bodyStream } from './filelist.js';
import {
  describeError,
  type RetryPolicy,
  retryAfterMs,
  TransientError,
  withRetries,
} from './retry.js';

export interface DownloadTarget {
  url: string;
  /** Where the verified file goes; the partial download is `${path}.part`. */
  path: string;
  /** Size and MD5 as published; a size GDELT does not publish is not checked. */
  size?: number;
  md5: string;
}

export type DownloadResult =
  | {
      status: 'downloaded' | 'skipped';
      bytes: number;
      md5: string;
      /** Requests made (0 when skipped). */
      requests: number;
    }
  | { status: 'missing'; reason: string }
  | { status: 'failed'; reason: string; bytes?: number; md5?: string };

/** Final outcomes of one attempt that are not worth retrying. */
class Missing extends Error {}

class Mismatch extends TransientError {
  constructor(
    message: string,
    readonly bytes: number,
    readonly md5?: string,
  ) {
    super(message);
  }
}

export async function download(
  target: DownloadTarget,
  policy: RetryPolicy,
  effects: FetchEffects,
): Promise<DownloadResult> {
  const present = await sizeOf(target.path);
  if (present !== undefined) {
    const md5 = await md5Of(target.path);
    if (md5.digest === target.md5 && (target.size === undefined || present === target.size)) {
      return { status: 'skipped', bytes: present, md5: md5.digest, requests: 0 };
    }
    await rm(target.path, { force: true });
  }
  let requests = 0;
  let lastMismatch: Mismatch | undefined;
  try {
    const result = await withRetries(
      async () => {
        try {
          return await attempt(target, effects, () => requests++);
        } catch (error) {
          if (error instanceof Mismatch) lastMismatch = error;
          throw error;
        }
      },
      policy,
      effects,
    );
    await rename(partOf(target.path), target.path);
    return { status: 'downloaded', bytes: result.bytes, md5: result.md5, requests };
  } catch (error) {
    if (error instanceof Missing) return { status: 'missing', reason: error.message };
    if (error instanceof TransientError) {
      const failed: DownloadResult = { status: 'failed', reason: error.message };
      if (lastMismatch !== undefined) {
        failed.bytes = lastMismatch.bytes;
        if (lastMismatch.md5 !== undefined) failed.md5 = lastMismatch.md5;
      }
      return failed;
    }
    if (error instanceof FinelineError) return { status: 'failed', reason: error.message };
    throw error;
  }
}

/** One request: resumes the `.part` if there is one, and verifies the result. */
async function attempt(
  target: DownloadTarget,
  effects: FetchEffects,
  counted: () => void,
): Promise<{ bytes: number; md5: string }> {
  const part = partOf(target.path);
  let offset = (await sizeOf(part)) ?? 0;
  if (target.size !== undefined && offset > target.size) {
    await rm(part, { force: true });
    offset = 0;
  }
  let hash = offset > 0 ? (await md5Of(part)).hash : createHash('md5');
  if (target.size !== undefined && offset === target.size) {
    // A complete transfer that was not renamed (the process stopped in between).
    return verify(target, offset, hash.digest('hex'));
  }
  const headers: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-` } : {};
  let response: Response;
  try {
    counted();
    response = await effects.fetch(target.url, { headers });
  } catch (error) {
    throw new TransientError(`network error: ${describeError(error)}`, undefined, {
      cause: error,
    });
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    await rm(part, { force: true });
    throw new Missing(`listed, but the server answered HTTP ${response.status}`);
  }
  if (response.status === 416) {
    // The server cannot serve the rest of our partial file: start again from nothing.
    await response.body?.cancel();
    await rm(part, { force: true });
    throw new TransientError('the server refused to resume (HTTP 416); starting over');
  }
  if (response.status >= 500 || response.status === 408 || response.status === 429) {
    await response.body?.cancel();
    throw new TransientError(
      `the server answered HTTP ${response.status}`,
      retryAfterMs(response.headers.get('retry-after'), effects.now().getTime()),
    );
  }
  if (response.status !== 200 && response.status !== 206) {
    await response.body?.cancel();
    throw new FinelineError(`the server answered HTTP ${response.status}`);
  }
  if (response.status === 206 && rangeStart(response.headers.get('content-range')) !== offset) {
    await response.body?.cancel();
    await rm(part, { force: true });
    throw new TransientError(
      `the server resumed at the wrong place (Content-Range ${response.headers.get('content-range')}, expected byte ${offset}); starting over`,
    );
  }
  if (response.status === 200 && offset > 0) {
    // Range ignored: the whole file is coming again.
    offset = 0;
    hash = createHash('md5');
  }
  let bytes = offset;
  const limit = target.size;
  // Each chunk is written, and its write awaited, before the next is read: when the transfer
  // breaks, every byte that arrived is in the `.part` for the next attempt to resume from
  // (a pipeline would destroy the file stream with writes still pending).
  const out = createWriteStream(part, { flags: offset > 0 ? 'a' : 'w' });
  const write = (chunk: Buffer) =>
    new Promise<void>((resolve, reject) => {
      out.write(chunk, (error) => (error ? reject(new LocalWrite(error)) : resolve()));
    });
  const close = () =>
    new Promise<void>((resolve) => {
      out.end(() => resolve());
      out.once('error', () => resolve());
    });
  try {
    for await (const chunk of bodyStream(response) as AsyncIterable<Buffer>) {
      if (limit !== undefined && bytes + chunk.length > limit) {
        throw new Oversize(`the server sent more than the listed ${limit} bytes`);
      }
      await write(chunk);
      bytes += chunk.length;
      hash.update(chunk);
    }
  } catch (error) {
    await close();
    if (error instanceof Oversize) {
      await rm(part, { force: true });
      throw new Mismatch(error.message, bytes + 1);
    }
    if (error instanceof LocalWrite) {
      throw new FinelineError(`cannot write ${part}: ${describeError(error.cause)}`, {
        cause: error.cause,
      });
    }
    throw new TransientError(
      `the transfer broke after ${bytes} bytes (${describeError(error)}); the partial file is kept for resuming`,
      undefined,
      { cause: error },
    );
  }
  await close();
  return verify(target, bytes, hash.digest('hex'));
}

class Oversize extends Error {}

/**
 * Writing the partial file failed: a local problem (a full or read-only disk, no permission),
 * which ends the fetch, since retrying cannot fix it.
 */
class LocalWrite extends Error {
  constructor(override readonly cause: unknown) {
    super('local write failed');
  }
}

async function verify(
  target: DownloadTarget,
  bytes: number,
  md5: string,
): Promise<{ bytes: number; md5: string }> {
  const sizeOk = target.size === undefined || bytes === target.size;
  if (sizeOk && md5 === target.md5) return { bytes, md5 };
  await rm(partOf(target.path), { force: true });
  const size = target.size === undefined ? 'unlisted size' : `${target.size} bytes`;
  throw new Mismatch(
    `checksum mismatch: the list gives MD5 ${target.md5} (${size}), the download has MD5 ${md5} (${bytes} bytes)`,
    bytes,
    md5,
  );
}

/** `bytes START-END/TOTAL` → START. */
function rangeStart(header: string | null): number | undefined {
  const m = /^bytes\s+(\d+)-/.exec(header ?? '');
  return m === null ? undefined : Number(m[1]);
}

export function partOf(path: string): string {
  return `${path}.part`;
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Streams a file through MD5; returns the unfinished hash too, for a resumed download. */
async function md5Of(path: string): Promise<{ digest: string; hash: Hash }> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { digest: hash.copy().digest('hex'), hash };
}
