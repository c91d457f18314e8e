/**
 * `fetchGdelt(request, effects)`: every GDELT events file expected in a time range, accounted
 * for. The expected slots (slots.ts) are matched against GDELT's published lists
 * (filelist.ts); each listed file is downloaded and verified (download.ts) and looked into
 * (zip.ts). Each slot ends in exactly one status:
 *
 * - downloaded: fetched in this run, size and MD5 match the list, the zip holds data;
 * - skipped: already in the cache and verified again, so nothing was fetched;
 * - missing: not in the list, or listed but the server answers 404;
 * - empty: listed with size 0, or a verified zip that holds an empty CSV;
 * - failed: a checksum mismatch or a network error that outlasted the retries, an unreadable
 *   list line, or a verified file that is not a readable zip. Bytes that fail verification
 *   are deleted; a broken transfer keeps its `.part` for the next run to resume; nothing that
 *   failed is ingested.
 *
 * The network, the clock, pauses and randomness come in through `effects`; nothing here
 * touches the database.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SlotStatus } from '../domain/event-data.js';
import { UsageError } from '../errors.js';
import { download } from './download.js';
import { defaultEffects, type FetchEffects } from './effects.js';
import { fileUrl, type Listing, loadFileList } from './filelist.js';
import type { RetryPolicy } from './retry.js';
import {
  checkRange,
  expectedSlots,
  type GdeltVersion,
  type Slot,
  stamp,
  type TimeRange,
} from './slots.js';
import { zipContent } from './zip.js';

export interface GdeltRequest {
  version: GdeltVersion;
  range: TimeRange;
  /** Server root, `http://data.gdeltproject.org` unless a mirror or a test server. */
  baseUrl: string;
  /** Verified files go to `${cacheDir}/gdelt${version}/`. */
  cacheDir: string;
  retry: RetryPolicy;
  /** Downloads in flight at once. */
  concurrency: number;
  /** Refuse (a UsageError, before downloading anything) when more bytes than this would come. */
  maxBytes?: number;
  onProgress?: (progress: FetchProgress) => void;
}

export interface FetchProgress {
  done: number;
  total: number;
  slot: string;
  status: SlotStatus;
}

export interface SlotOutcome {
  version: GdeltVersion;
  slot: string;
  url: string;
  status: SlotStatus;
  /** The verified file in the cache (downloaded, skipped, and empty files that were fetched). */
  path?: string;
  /** Size and MD5 of the file on disk, or of the bad bytes of a failed download. */
  bytes?: number;
  md5?: string;
  /** What the list published. */
  listedBytes?: number;
  listedMd5?: string;
  reason?: string;
}

export interface FetchReport {
  version: GdeltVersion;
  /** The range actually covered (its end clamped to now), as `YYYY-MM-DD HH:MM UTC`. */
  from: string;
  to: string;
  lists: string[];
  outcomes: SlotOutcome[];
}

export async function fetchGdelt(
  request: GdeltRequest,
  effects: FetchEffects = defaultEffects,
): Promise<FetchReport> {
  const range = checkRange(request.version, request.range, effects.now().getTime());
  const slots = expectedSlots(request.version, range);
  const report = (outcomes: SlotOutcome[], lists: string[]): FetchReport => ({
    version: request.version,
    from: stamp(range.from),
    to: stamp(range.to),
    lists,
    outcomes,
  });
  if (slots.length === 0) return report([], []);
  const list = await loadFileList(
    request.version,
    request.baseUrl,
    new Set(slots.map((slot) => slot.file)),
    request.retry,
    effects,
  );
  const directory = join(request.cacheDir, `gdelt${request.version}`);
  await mkdir(directory, { recursive: true });
  const plans = slots.map((slot) => plan(slot, list.entries.get(slot.file), request, directory));
  checkVolume(plans, request.maxBytes);

  let done = 0;
  const outcomes = await pool(plans, Math.max(1, request.concurrency), async (planned) => {
    const outcome =
      'outcome' in planned ? planned.outcome : await fetchOne(planned, request, effects);
    done++;
    request.onProgress?.({ done, total: plans.length, slot: outcome.slot, status: outcome.status });
    return outcome;
  });
  return report(outcomes, list.urls);
}

interface Download {
  slot: Slot;
  url: string;
  path: string;
  size?: number;
  md5: string;
}

type Plan = Download | { outcome: SlotOutcome };

/** What to do with a slot, from its listing alone. */
function plan(
  slot: Slot,
  listing: Listing | undefined,
  request: GdeltRequest,
  directory: string,
): Plan {
  const url = fileUrl(request.baseUrl, request.version, slot.file);
  const base = { version: slot.version, slot: slot.id, url };
  if (listing === undefined) {
    const lists = request.version === 2 ? 'masterfilelist.txt' : 'md5sums or filesizes';
    return { outcome: { ...base, status: 'missing', reason: `not listed in ${lists}` } };
  }
  if (listing.problem !== undefined || listing.md5 === undefined) {
    const reason = listing.problem ?? 'no MD5 published';
    return { outcome: { ...base, status: 'failed', reason: `cannot be verified: ${reason}` } };
  }
  if (listing.size === 0) {
    return {
      outcome: {
        ...base,
        status: 'empty',
        listedBytes: 0,
        listedMd5: listing.md5,
        reason: 'listed with size 0',
      },
    };
  }
  const planned: Download = { slot, url, path: join(directory, slot.file), md5: listing.md5 };
  if (listing.size !== undefined) planned.size = listing.size;
  return planned;
}

/** Stops a fetch that would download more than `maxBytes`, before it starts. */
function checkVolume(plans: readonly Plan[], maxBytes: number | undefined): void {
  if (maxBytes === undefined) return;
  let bytes = 0;
  let files = 0;
  for (const planned of plans) {
    if ('outcome' in planned || existsSync(planned.path)) continue;
    bytes += planned.size ?? 0;
    files++;
  }
  if (bytes > maxBytes) {
    throw new UsageError(
      `this fetch would download ${formatBytes(bytes)} in ${files} files (more than ${formatBytes(maxBytes)}): narrow --from/--to, or pass --yes to go ahead`,
    );
  }
}

async function fetchOne(
  planned: Download,
  request: GdeltRequest,
  effects: FetchEffects,
): Promise<SlotOutcome> {
  const base = {
    version: planned.slot.version,
    slot: planned.slot.id,
    url: planned.url,
    listedMd5: planned.md5,
    ...(planned.size === undefined ? {} : { listedBytes: planned.size }),
  };
  const result = await download(planned, request.retry, effects);
  if (result.status === 'missing') return { ...base, status: 'missing', reason: result.reason };
  if (result.status === 'failed') {
    const outcome: SlotOutcome = { ...base, status: 'failed', reason: result.reason };
    if (result.bytes !== undefined) outcome.bytes = result.bytes;
    if (result.md5 !== undefined) outcome.md5 = result.md5;
    return outcome;
  }
  const fetched = { ...base, path: planned.path, bytes: result.bytes, md5: result.md5 };
  try {
    const content = await zipContent(planned.path);
    if (content.kind === 'empty') {
      return { ...fetched, status: 'empty', reason: 'the zip holds an empty CSV' };
    }
  } catch (error) {
    const { path: _, ...rest } = fetched;
    return {
      ...rest,
      status: 'failed',
      reason: `matches the list's MD5 but is not a readable zip: ${(error as Error).message}`,
    };
  }
  return { ...fetched, status: result.status };
}

/**
 * Runs `work` over `items`, `width` at a time, keeping the input order in the results. After
 * an error no new item starts, and the error is thrown once the items in flight have ended.
 */
async function pool<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await work(items[i] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(width, items.length) }, worker),
  );
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (rejected !== undefined) throw rejected.reason;
  return results;
}

export interface FetchSummary {
  slots: number;
  downloaded: number;
  skipped: number;
  missing: Problem[];
  empty: Problem[];
  failed: Problem[];
}

export interface Problem {
  slot: string;
  url: string;
  reason: string;
  listedMd5?: string;
  md5?: string;
  listedBytes?: number;
  bytes?: number;
}

/** Counts and lists by status, for the report. */
export function summarize(report: FetchReport): FetchSummary {
  const of = (status: SlotStatus) => report.outcomes.filter((o) => o.status === status);
  const problem = (o: SlotOutcome): Problem => {
    const p: Problem = { slot: o.slot, url: o.url, reason: o.reason ?? '' };
    if (o.status === 'failed') {
      if (o.listedMd5 !== undefined) p.listedMd5 = o.listedMd5;
      if (o.md5 !== undefined) p.md5 = o.md5;
      if (o.listedBytes !== undefined) p.listedBytes = o.listedBytes;
      if (o.bytes !== undefined) p.bytes = o.bytes;
    }
    return p;
  };
  return {
    slots: report.outcomes.length,
    downloaded: of('downloaded').length,
    skipped: of('skipped').length,
    missing: of('missing').map(problem),
    empty: of('empty').map(problem),
    failed: of('failed').map(problem),
  };
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
