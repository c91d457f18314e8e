/**
 * GDELT's published lists of its files, with the size and MD5 of each: the only statement of
 * what a correct download is, and of which slots GDELT has at all.
 *
 * - GDELT 2.0: `gdeltv2/masterfilelist.txt`, one `size md5 url` line per file (events export,
 *   mentions and GKG files mixed). Only `YYYYMMDDHHMMSS.export.CSV.zip` lines are kept.
 * - GDELT 1.0: two files in `events/`. `md5sums` has coreutils `md5sum` lines, `md5  name`
 *   (two spaces; people verify with `md5sum -c md5sums`, and GDELTtools reads column 1 as the
 *   MD5 and column 3 as the name); `filesizes` has `size name` lines (GDELTtools
 *   R/DataFileMetadata.R and R/GetSizeOfGDELT.R, shaptonstahl/GDELTtools). Both lists are read
 *   and merged by file name.
 *
 * The download URL is the base URL, the version's folder and the listed file's name: a mirror
 * given by `--base-url` works even though masterfilelist.txt spells out GDELT's own host.
 * Only the names the caller asks for are kept, so the v2 list (every file since 2015) streams
 * through in constant memory.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { FinelineError } from '../errors.js';
import type { FetchEffects } from './effects.js';
import {
  describeError,
  type RetryPolicy,
  retryAfterMs,
  TransientError,
  withRetries,
} from './retry.js';
import { GDELT_FOLDER, type GdeltVersion } from './slots.js';

/** What a list says about one file. `problem` is set when the list itself cannot be trusted. */
export interface Listing {
  size?: number;
  md5?: string;
  problem?: string;
}

export interface FileList {
  /** The lists read, for messages. */
  urls: string[];
  entries: Map<string, Listing>;
}

export const DEFAULT_BASE_URL = 'http://data.gdeltproject.org';

/** `base/folder/name`, whatever slashes the base URL ends with. */
export function fileUrl(baseUrl: string, version: GdeltVersion, name: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${GDELT_FOLDER[version]}/${name}`;
}

/** The list files of a version: masterfilelist.txt for 2.0; md5sums and filesizes for 1.0. */
export function listUrls(version: GdeltVersion, baseUrl: string): string[] {
  return version === 2
    ? [fileUrl(baseUrl, 2, 'masterfilelist.txt')]
    : [fileUrl(baseUrl, 1, 'md5sums'), fileUrl(baseUrl, 1, 'filesizes')];
}

const MD5 = /^[0-9a-fA-F]{32}$/;
const SIZE = /^\d+$/;

/** Keeps listings of wanted names; a name listed twice with different values is a problem. */
class Collector {
  readonly entries = new Map<string, Listing>();
  private readonly lines = new Map<string, number>();

  constructor(
    private readonly wanted: ReadonlySet<string>,
    private readonly source: string,
  ) {}

  add(name: string, line: number, listing: Listing): void {
    if (!this.wanted.has(name)) return;
    const before = this.entries.get(name);
    if (before === undefined) {
      this.entries.set(name, listing);
      this.lines.set(name, line);
      return;
    }
    if (before.problem !== undefined) return;
    if (
      listing.problem === undefined &&
      before.size === listing.size &&
      before.md5 === listing.md5
    ) {
      return;
    }
    this.entries.set(name, {
      problem: `listed twice in ${this.source} with different values (lines ${this.lines.get(name)} and ${line})`,
    });
  }
}

/**
 * One line of masterfilelist.txt into the collector. A line whose last field names a wanted
 * file but is not `size md5 url` becomes a problem for that file (it cannot be verified).
 */
function masterLine(collector: Collector, text: string, line: number, source: string): void {
  const fields = text.trim().split(/\s+/);
  const name = lastSegment(fields[fields.length - 1] ?? '');
  if (name === '' || !/\.export\.CSV\.zip$/.test(name)) return;
  const [size, md5] = fields;
  if (fields.length !== 3 || size === undefined || !SIZE.test(size) || !MD5.test(md5 ?? '')) {
    collector.add(name, line, {
      problem: `unreadable line ${line} in ${source}: expected "size md5 url", found "${text.trim()}"`,
    });
    return;
  }
  collector.add(name, line, { size: Number(size), md5: (md5 as string).toLowerCase() });
}

/** Parses masterfilelist.txt text (the streaming loader uses the same rule line by line). */
export function parseMasterFileList(
  text: string,
  wanted: ReadonlySet<string>,
  source = 'masterfilelist.txt',
): Map<string, Listing> {
  const collector = new Collector(wanted, source);
  text.split('\n').forEach((line, i) => {
    masterLine(collector, line, i + 1, source);
  });
  return collector.entries;
}

/** Parses GDELT 1.0's `md5sums` (`md5  name`, an optional `*` before the name) and
 * `filesizes` (`size name`) into one listing per wanted name. Lines of other shapes are
 * skipped unless they mention a wanted name, which then cannot be verified. */
export function parseGdelt1Lists(
  md5sums: string,
  filesizes: string,
  wanted: ReadonlySet<string>,
  sources: readonly [string, string] = ['md5sums', 'filesizes'],
): Map<string, Listing> {
  const md5s = new Collector(wanted, sources[0]);
  md5sums.split('\n').forEach((text, i) => {
    const fields = text.trim().split(/\s+/);
    const name = (fields[fields.length - 1] ?? '').replace(/^\*/, '');
    if (fields.length === 2 && MD5.test(fields[0] ?? '')) {
      md5s.add(name, i + 1, { md5: (fields[0] as string).toLowerCase() });
    } else if (wanted.has(name)) {
      md5s.add(name, i + 1, { problem: `unreadable line ${i + 1} in ${sources[0]}` });
    }
  });
  const sizes = new Collector(wanted, sources[1]);
  filesizes.split('\n').forEach((text, i) => {
    const fields = text.trim().split(/\s+/);
    const name = fields[fields.length - 1] ?? '';
    if (fields.length === 2 && SIZE.test(fields[0] ?? '')) {
      sizes.add(name, i + 1, { size: Number(fields[0]) });
    } else if (wanted.has(name)) {
      sizes.add(name, i + 1, { problem: `unreadable line ${i + 1} in ${sources[1]}` });
    }
  });
  const merged = new Map<string, Listing>();
  for (const name of new Set([...md5s.entries.keys(), ...sizes.entries.keys()])) {
    const a = md5s.entries.get(name) ?? {};
    const b = sizes.entries.get(name) ?? {};
    const problem =
      a.problem ??
      b.problem ??
      (a.md5 === undefined ? `listed in ${sources[1]} but has no MD5 in ${sources[0]}` : undefined);
    merged.set(name, problem === undefined ? { md5: a.md5, size: b.size } : { problem });
  }
  return merged;
}

/**
 * Reads the lists of a version from the server, keeping the wanted names. Network errors and
 * 5xx answers are retried; a list that cannot be read stops the fetch (exit 1) with the URL.
 */
export async function loadFileList(
  version: GdeltVersion,
  baseUrl: string,
  wanted: ReadonlySet<string>,
  policy: RetryPolicy,
  effects: FetchEffects,
): Promise<FileList> {
  const urls = listUrls(version, baseUrl);
  const read = async <T>(url: string, consume: (body: Response) => Promise<T>): Promise<T> => {
    try {
      return await withRetries(
        async () => {
          const response = await request(url, effects);
          return await consume(response).catch((error: unknown) => {
            throw new TransientError(`reading ${url} failed: ${describeError(error)}`, undefined, {
              cause: error,
            });
          });
        },
        policy,
        effects,
      );
    } catch (error) {
      if (error instanceof FinelineError) throw error;
      throw new FinelineError(
        `cannot read GDELT's file list ${url}: ${describeError(error)}. Check the network, --base-url or FINELINE_GDELT_URL.`,
        { cause: error },
      );
    }
  };
  if (version === 2) {
    const [url] = urls as [string];
    const entries = await read(url, async (response) => {
      const collector = new Collector(wanted, 'masterfilelist.txt');
      let line = 0;
      const lines = createInterface({ input: bodyStream(response), crlfDelay: Infinity });
      for await (const text of lines) masterLine(collector, text, ++line, 'masterfilelist.txt');
      return collector.entries;
    });
    return { urls, entries };
  }
  const [md5Url, sizeUrl] = urls as [string, string];
  const md5sums = await read(md5Url, (response) => response.text());
  const filesizes = await read(sizeUrl, (response) => response.text());
  return { urls, entries: parseGdelt1Lists(md5sums, filesizes, wanted) };
}

/** GET a list: 5xx and network errors are transient; any other non-200 is final. */
async function request(url: string, effects: FetchEffects): Promise<Response> {
  let response: Response;
  try {
    response = await effects.fetch(url);
  } catch (error) {
    throw new TransientError(`network error on ${url}: ${describeError(error)}`, undefined, {
      cause: error,
    });
  }
  if (response.ok) return response;
  await response.body?.cancel();
  const message = `${url} answered HTTP ${response.status}`;
  if (response.status >= 500 || response.status === 408 || response.status === 429) {
    throw new TransientError(
      message,
      retryAfterMs(response.headers.get('retry-after'), effects.now().getTime()),
    );
  }
  throw new FinelineError(
    `cannot read GDELT's file list: ${message}. Check --base-url or FINELINE_GDELT_URL.`,
  );
}

/** A fetch Response body as a Node stream. */
export function bodyStream(response: Response): Readable {
  if (response.body === null) return Readable.from([]);
  return Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
}

function lastSegment(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}
