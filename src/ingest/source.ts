/**
 * The bytes of an event-data file, plain or zipped, as a stream of chunks, with the SHA-256
 * of the file as stored (the file's identity in `ingest_files`). A zip must hold exactly one
 * file, as GDELT's do; a zip cut short (no end-of-central-directory record) or with damaged
 * data fails with a message that names the file and says to fetch it again.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { IngestFileError } from './errors.js';

export interface ByteSource {
  /** The content (unzipped), in chunks. Iterate once. */
  chunks: AsyncIterable<Buffer>;
  /** Content bytes in total: the file's size, or a zip entry's uncompressed size. */
  size: number;
  /** SHA-256 (hex) of the file's bytes as stored; resolves once `chunks` is consumed. */
  digest(): Promise<string>;
}

const CHUNK = 1 << 20;
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');

/** Opens a file; fails with an {@link IngestFileError} when it cannot be read at all. */
export async function openSource(path: string): Promise<ByteSource> {
  let fd: number;
  let size: number;
  const head = Buffer.alloc(4);
  try {
    // Synchronous: a few cheap calls, fewer round trips through the thread pool per file.
    // Non-blocking, so that a FIFO (which blocks an open until a writer comes) is refused
    // below instead of hanging the ingest.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new IngestFileError(path, `cannot read the file: ${messageOf(error)}`, undefined, {
      cause: error,
    });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      if (info.isDirectory()) {
        throw new IngestFileError(
          path,
          'a directory with no event-data files in it (.csv, .tsv, .tab, .txt or .zip; symbolic links are followed)',
        );
      }
      const kind = info.isFIFO()
        ? 'a named pipe (FIFO)'
        : info.isSocket()
          ? 'a socket'
          : 'a device';
      throw new IngestFileError(
        path,
        `not a regular file but ${kind}: give an events file (plain or .zip), or a directory of them`,
      );
    }
    size = info.size;
    if (size === 0) throw new IngestFileError(path, EMPTY);
    readSync(fd, head, 0, 4, 0);
  } catch (error) {
    closeSync(fd);
    if (error instanceof IngestFileError) throw error;
    throw new IngestFileError(path, `cannot read the file: ${messageOf(error)}`, undefined, {
      cause: error,
    });
  }
  if (head.equals(ZIP_MAGIC)) {
    closeSync(fd);
    return openZip(path);
  }
  if (/\.zip$/i.test(path)) {
    closeSync(fd);
    throw new IngestFileError(path, 'not a zip archive although its name ends in .zip');
  }
  return openPlain(path, fd, size);
}

export const EMPTY =
  'the file is empty (0 bytes), so there is nothing to ingest; if it was downloaded, the slot may be empty at the source or the download failed';

function openPlain(path: string, fd: number, size: number): ByteSource {
  const hash = createHash('sha256');
  let done: string | undefined;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of createReadStream(path, { fd, start: 0, highWaterMark: CHUNK })) {
        hash.update(chunk as Buffer);
        yield chunk as Buffer;
      }
    } catch (error) {
      throw new IngestFileError(path, `cannot read the file: ${messageOf(error)}`, undefined, {
        cause: error,
      });
    }
    done = hash.digest('hex');
  }
  return {
    chunks: chunks(),
    size,
    digest: async () => {
      if (done === undefined) throw new Error(`digest of ${path} asked before it was read`);
      return done;
    },
  };
}

async function openZip(path: string): Promise<ByteSource> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new IngestFileError(
      path,
      `not a complete zip archive (${messageOf(error)}): the download may have been cut short; fetch it again`,
      undefined,
      { cause: error },
    );
  }
  try {
    const entries: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.endsWith('/')) entries.push(entry);
    }
    const [entry] = entries;
    if (entry === undefined || entries.length > 1) {
      throw new IngestFileError(
        path,
        `the zip archive holds ${entries.length} files; expected exactly one events file`,
      );
    }
    if (entry.uncompressedSize === 0) {
      throw new IngestFileError(path, `${entry.fileName} inside the zip is empty: ${EMPTY}`);
    }
    const stream = await zip.openReadStreamPromise(entry);
    const { fileName, crc32: recorded } = entry;
    const digest = hashFile(path);
    digest.catch(() => undefined); // reported when awaited
    async function* chunks(): AsyncGenerator<Buffer> {
      // yauzl does not check the entry's CRC-32 (its README says so): a stored entry with one
      // byte changed would read as good data. The checksum is computed as the bytes pass.
      let crc = 0;
      try {
        for await (const chunk of stream) {
          crc = crc32(chunk as Buffer, crc);
          yield chunk as Buffer;
        }
      } catch (error) {
        throw new IngestFileError(
          path,
          `the zip archive is damaged (${messageOf(error)}): fetch it again`,
          undefined,
          { cause: error },
        );
      } finally {
        zip.close();
      }
      if (crc >>> 0 !== recorded >>> 0) {
        throw new IngestFileError(
          path,
          `the zip archive is damaged: ${fileName} reads with CRC-32 ${hex(crc)}, but the archive records ${hex(recorded)}; fetch it again`,
        );
      }
    }
    return { chunks: chunks(), size: entry.uncompressedSize, digest: () => digest };
  } catch (error) {
    zip.close();
    if (error instanceof IngestFileError) throw error;
    throw new IngestFileError(path, `cannot read the zip archive: ${messageOf(error)}`, undefined, {
      cause: error,
    });
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function hex(crc: number): string {
  return (crc >>> 0).toString(16).padStart(8, '0');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
