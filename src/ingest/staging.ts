/**
 * Staging files: the tab-separated files the streaming pass writes and DuckDB reads back in
 * bulk. Writes are copied into one growing buffer and written out, synchronously, between
 * chunks: small sequential writes to the page cache, cheaper than a round trip through the
 * thread pool for each.
 */
import { closeSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from '../store/endpoint.js';

const PREFIX = 'fineline-ingest-';

/**
 * A fresh folder for one ingest's staging files, named with this process's id
 * (`fineline-ingest-<pid>-XXXXXX` in the temporary directory). Folders left by ingests that
 * were killed — their process is gone — are removed first, so nothing piles up.
 */
export async function stagingFolder(): Promise<string> {
  const root = tmpdir();
  for (const name of readdirSync(root)) {
    const pid = Number(/^fineline-ingest-(\d+)-/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) {
      rmSync(join(root, name), { recursive: true, force: true });
    }
  }
  return mkdtemp(join(root, `${PREFIX}${process.pid}-`));
}

export interface StagingFile {
  readonly path: string;
  /** Appends `source[from, to)`. */
  bytes(source: Buffer, from: number, to: number): void;
  /** Appends one byte (a tab, a newline). */
  byte(value: number): void;
  /** Appends text (UTF-8). */
  text(text: string): void;
  flush(): void;
  close(): void;
}

export function stagingFile(path: string): StagingFile {
  const fd = openSync(path, 'w');
  let buffer = Buffer.allocUnsafe(1 << 21);
  let length = 0;
  let open = true;
  const reserve = (n: number) => {
    if (length + n <= buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(buffer.length * 2, length + n));
    buffer.copy(grown, 0, 0, length);
    buffer = grown;
  };
  const flush = () => {
    let written = 0;
    while (written < length) written += writeSync(fd, buffer, written, length - written);
    length = 0;
  };
  return {
    path,
    bytes: (source, from, to) => {
      reserve(to - from);
      length += source.copy(buffer, length, from, to);
    },
    byte: (value) => {
      reserve(1);
      buffer[length++] = value;
    },
    text: (text) => {
      reserve(Buffer.byteLength(text));
      length += buffer.write(text, length);
    },
    flush,
    close: () => {
      if (!open) return;
      open = false;
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}
