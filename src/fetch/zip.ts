/**
 * Whether a verified GDELT zip holds any data. GDELT has published slots whose zip is valid
 * and matches its checksum but holds an empty CSV; they are reported as empty, not ingested.
 * Only the zip's central directory is read (declared sizes), plus the bytes of a tiny entry to
 * tell a lone newline from a row.
 */
import { type Entry, openPromise, type ZipFile } from 'yauzl';

export type ZipContent = { kind: 'data'; bytes: number } | { kind: 'empty' };

/** Below this many uncompressed bytes an entry is read to see whether it holds more than blanks. */
const TINY = 64;

export async function zipContent(path: string): Promise<ZipContent> {
  const zip = await openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    let bytes = 0;
    let blank = true;
    for await (const entry of entries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      bytes += entry.uncompressedSize;
      if (blank && entry.uncompressedSize > 0) {
        blank = entry.uncompressedSize < TINY && (await text(zip, entry)).trim() === '';
      }
    }
    return blank ? { kind: 'empty' } : { kind: 'data', bytes };
  } finally {
    zip.close();
  }
}

async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  for (;;) {
    const entry = await new Promise<Entry | undefined>((resolve, reject) => {
      const onEntry = (e: Entry) => {
        zip.off('end', onEnd).off('error', reject);
        resolve(e);
      };
      const onEnd = () => {
        zip.off('entry', onEntry).off('error', reject);
        resolve(undefined);
      };
      zip.once('entry', onEntry).once('end', onEnd).once('error', reject);
      zip.readEntry();
    });
    if (entry === undefined) return;
    yield entry;
  }
}

async function text(zip: ZipFile, entry: Entry): Promise<string> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
