import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DownloadTarget, download, partOf } from '../../src/fetch/download.js';
import { backoffDelay, type RetryPolicy, seededRandom } from '../../src/fetch/retry.js';
import { testEffects } from './effects.js';
import { type GdeltServer, md5, realExportZip, startGdeltServer } from './server.js';

const policy: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };

let server: GdeltServer;
let zip: Buffer;
let dir: string;

beforeAll(async () => {
  zip = await realExportZip('20180326044500');
  server = await startGdeltServer();
  dir = await mkdtemp(join(tmpdir(), 'fineline-download-'));
});

afterAll(async () => {
  await server.close();
});

/** Serves the real zip at a fresh path with the given behaviour; returns the target. */
function serve(
  name: string,
  route: Omit<Parameters<GdeltServer['routes']['set']>[1], 'body'> = {},
  body = zip,
): DownloadTarget {
  const path = `/gdeltv2/${name}`;
  server.routes.set(path, { body, ...route });
  return { url: `${server.url}${path}`, path: join(dir, name), size: zip.length, md5: md5(zip) };
}

const requestsFor = (target: DownloadTarget) =>
  server.requests.filter((r) => target.url.endsWith(r.path));

describe('download(target, policy, effects)', () => {
  it('streams a file to the cache and verifies its size and MD5', async () => {
    const target = serve('a.zip');
    const { effects, sleeps } = testEffects();
    const result = await download(target, policy, effects);
    expect(result).toEqual({ status: 'downloaded', bytes: zip.length, md5: md5(zip), requests: 1 });
    expect((await readFile(target.path)).equals(zip)).toBe(true);
    expect(existsSync(partOf(target.path))).toBe(false);
    expect(sleeps).toEqual([]);
  });

  it('skips a file already in the cache after verifying it, without a request', async () => {
    const target = serve('b.zip');
    await writeFile(target.path, zip);
    const result = await download(target, policy, testEffects().effects);
    expect(result).toMatchObject({ status: 'skipped', requests: 0, md5: md5(zip) });
    expect(requestsFor(target)).toEqual([]);
  });

  it('replaces a cached file that no longer verifies', async () => {
    const target = serve('c.zip');
    await writeFile(target.path, zip.subarray(0, 1000));
    const result = await download(target, policy, testEffects().effects);
    expect(result.status).toBe('downloaded');
    expect((await readFile(target.path)).equals(zip)).toBe(true);
  });

  it('resumes a transfer dropped mid-file with a Range request from the partial file', async () => {
    const half = Math.floor(zip.length / 2);
    const target = serve('d.zip', { dropOnceAfter: half });
    const { effects, sleeps } = testEffects();
    const result = await download(target, policy, effects);
    expect(result).toMatchObject({ status: 'downloaded', md5: md5(zip), requests: 2 });
    const [first, second] = requestsFor(target);
    expect(first).toMatchObject({ status: 200, range: undefined });
    expect(second?.status).toBe(206);
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(second?.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(half);
    expect(sleeps).toHaveLength(1);
    expect((await readFile(target.path)).equals(zip)).toBe(true);
  });

  it('starts over when the server ignores Range and answers 200', async () => {
    const target = serve('e.zip', { dropOnceAfter: 5000, ignoreRange: true });
    const result = await download(target, policy, testEffects().effects);
    expect(result).toMatchObject({ status: 'downloaded', md5: md5(zip) });
    const [first, second] = requestsFor(target);
    expect(first?.status).toBe(200);
    expect(second).toMatchObject({ status: 200 });
    expect(second?.range).toMatch(/^bytes=\d+-$/);
    expect((await readFile(target.path)).equals(zip)).toBe(true);
  });

  it('retries a 503 after exponential backoff with seeded jitter, then succeeds', async () => {
    const target = serve('f.zip', { failFirst: { status: 503, times: 2 } });
    const { effects, sleeps } = testEffects();
    const result = await download(target, policy, effects);
    expect(result).toMatchObject({ status: 'downloaded', requests: 3 });
    const random = seededRandom(42);
    expect(sleeps).toEqual([backoffDelay(1, policy, random), backoffDelay(2, policy, random)]);
    expect(sleeps[0]).toBeGreaterThanOrEqual(500);
    expect(sleeps[0]).toBeLessThanOrEqual(1000);
    expect(sleeps[1]).toBeGreaterThanOrEqual(1000);
    expect(sleeps[1]).toBeLessThanOrEqual(2000);
  });

  it('waits as long as a Retry-After header asks, within the cap', async () => {
    const target = serve('g.zip', { failFirst: { status: 503, times: 1, retryAfter: '7' } });
    const { effects, sleeps } = testEffects();
    expect((await download(target, policy, effects)).status).toBe('downloaded');
    expect(sleeps).toEqual([7000]);
  });

  it('fails a file whose bytes do not match the list, naming both checksums, and keeps nothing', async () => {
    const corrupted = Buffer.from(zip);
    corrupted[1000] = (corrupted[1000] ?? 0) ^ 0xff;
    const target = serve('h.zip', {}, corrupted);
    const { effects, sleeps } = testEffects();
    const result = await download(target, policy, effects);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.reason).toContain(`MD5 ${md5(zip)}`);
    expect(result.reason).toContain(`MD5 ${md5(corrupted)}`);
    expect(result.reason).toContain('after 4 attempts');
    expect(result.md5).toBe(md5(corrupted));
    expect(requestsFor(target)).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
    expect(existsSync(target.path)).toBe(false);
    expect(existsSync(partOf(target.path))).toBe(false);
  });

  it('fails a file larger than listed without keeping it', async () => {
    const target = serve('i.zip', {}, Buffer.concat([zip, Buffer.alloc(10)]));
    const result = await download(target, { ...policy, retries: 0 }, testEffects().effects);
    expect(result).toMatchObject({ status: 'failed' });
    if (result.status === 'failed')
      expect(result.reason).toContain(`more than the listed ${zip.length} bytes`);
    expect(existsSync(partOf(target.path))).toBe(false);
  });

  it('reports a listed file the server does not have (404) as missing, without retrying', async () => {
    const target: DownloadTarget = {
      url: `${server.url}/gdeltv2/absent.zip`,
      path: join(dir, 'absent.zip'),
      size: 10,
      md5: md5(Buffer.from('x')),
    };
    const { effects, sleeps } = testEffects();
    expect(await download(target, policy, effects)).toEqual({
      status: 'missing',
      reason: 'listed, but the server answered HTTP 404',
    });
    expect(sleeps).toEqual([]);
  });

  it('fails with the network error when the server cannot be reached', async () => {
    const gone = await startGdeltServer();
    const url = `${gone.url}/gdeltv2/x.zip`;
    await gone.close();
    const target: DownloadTarget = { url, path: join(dir, 'x.zip'), size: 10, md5: md5(zip) };
    const result = await download(target, { ...policy, retries: 1 }, testEffects().effects);
    expect(result.status).toBe('failed');
    if (result.status === 'failed') {
      expect(result.reason).toMatch(
        /^network error: fetch failed: .*ECONNREFUSED.* \(after 2 attempts\)$/,
      );
    }
  });
});
