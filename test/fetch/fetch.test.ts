import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { fetchGdelt, type GdeltRequest, summarize } from '../../src/fetch/fetch.js';
import { sharedEvent } from '../fixtures/shared.js';
import { testEffects } from './effects.js';
import {
  type GdeltServer,
  masterLine,
  md5,
  realExportZip,
  startGdeltServer,
  zipOf,
} from './server.js';

let server: GdeltServer;
let good2019: Buffer;
let good2018: Buffer;
let original: Buffer;
let corrupted: Buffer;
let emptyZip: Buffer;
let v1Zip: Buffer;

const v2 = (name: string) => `/gdeltv2/${name}`;

beforeAll(async () => {
  good2019 = await realExportZip('20191024143000');
  good2018 = await realExportZip('20180326044500');
  const csv = await readFile(sharedEvent('20191024143000.export.CSV'));
  original = await zipOf('20191024144500.export.CSV', csv.subarray(0, 20_000));
  corrupted = Buffer.from(original);
  corrupted[500] = (corrupted[500] ?? 0) ^ 0x55;
  emptyZip = await zipOf('20180326050000.export.CSV', Buffer.alloc(0));
  v1Zip = await zipOf(
    '20160728.export.CSV',
    await readFile(sharedEvent('gdelt1_20160728_partial.export.tsv')),
  );
  server = await startGdeltServer();
  const gdelt = 'http://data.gdeltproject.org/gdeltv2';
  const lines = [
    masterLine(`${gdelt}/20180326043000.export.CSV.zip`, Buffer.alloc(0)),
    masterLine(`${gdelt}/20180326044500.export.CSV.zip`, good2018),
    `1234 0123456789abcdef0123456789abcdef ${gdelt}/20180326044500.mentions.CSV.zip`,
    masterLine(`${gdelt}/20180326050000.export.CSV.zip`, emptyZip),
    masterLine(`${gdelt}/20191024141500.export.CSV.zip`, good2019),
    masterLine(`${gdelt}/20191024143000.export.CSV.zip`, good2019),
    `9999 0123456789abcdef0123456789abcdef ${gdelt}/20191024143000.gkg.csv.zip`,
    masterLine(`${gdelt}/20191024144500.export.CSV.zip`, original),
  ];
  server.routes.set(v2('masterfilelist.txt'), { body: Buffer.from(`${lines.join('\n')}\n`) });
  server.routes.set(v2('20180326044500.export.CSV.zip'), {
    body: good2018,
    dropOnceAfter: Math.floor(good2018.length / 3),
  });
  server.routes.set(v2('20180326050000.export.CSV.zip'), { body: emptyZip });
  server.routes.set(v2('20191024143000.export.CSV.zip'), {
    body: good2019,
    failFirst: { status: 503, times: 1 },
  });
  server.routes.set(v2('20191024144500.export.CSV.zip'), { body: corrupted });
  server.routes.set('/events/md5sums', {
    body: Buffer.from(`${md5(v1Zip)}  20160728.export.CSV.zip\n`),
  });
  server.routes.set('/events/filesizes', {
    body: Buffer.from(`${v1Zip.length} 20160728.export.CSV.zip\n15 20160729.export.CSV.zip\n`),
  });
  server.routes.set('/events/20160728.export.CSV.zip', { body: v1Zip });
});

afterAll(async () => {
  await server.close();
});

async function request(overrides: Partial<GdeltRequest> = {}): Promise<GdeltRequest> {
  return {
    version: 2,
    range: { from: Date.parse('2019-10-24T14:00:00Z'), to: Date.parse('2019-10-24T14:45:00Z') },
    baseUrl: server.url,
    cacheDir: await mkdtemp(join(tmpdir(), 'fineline-cache-')),
    retry: { retries: 2, baseDelayMs: 1000, maxDelayMs: 60_000 },
    concurrency: 2,
    ...overrides,
  };
}

describe('fetchGdelt(request, effects)', () => {
  it('accounts for every expected slot: downloaded, missing (unlisted or 404) and failed', async () => {
    const { effects } = testEffects();
    const req = await request();
    const report = await fetchGdelt(req, effects);
    expect(report.from).toBe('2019-10-24 14:00 UTC');
    expect(report.lists).toEqual([`${server.url}/gdeltv2/masterfilelist.txt`]);
    expect(report.outcomes.map((o) => [o.slot, o.status])).toEqual([
      ['20191024140000', 'missing'],
      ['20191024141500', 'missing'],
      ['20191024143000', 'downloaded'],
      ['20191024144500', 'failed'],
    ]);
    const [unlisted, gone, good, bad] = report.outcomes;
    expect(unlisted?.reason).toBe('not listed in masterfilelist.txt');
    expect(gone?.reason).toBe('listed, but the server answered HTTP 404');
    expect(good).toMatchObject({
      url: `${server.url}/gdeltv2/20191024143000.export.CSV.zip`,
      path: join(req.cacheDir, 'gdelt2', '20191024143000.export.CSV.zip'),
      bytes: good2019.length,
      md5: md5(good2019),
    });
    expect(bad).toMatchObject({ md5: md5(corrupted), listedMd5: md5(original) });
    expect(bad?.path).toBeUndefined();
    expect(bad?.reason).toContain(`the list gives MD5 ${md5(original)}`);
    expect(bad?.reason).toContain(`the download has MD5 ${md5(corrupted)}`);
    expect(existsSync(join(req.cacheDir, 'gdelt2', '20191024144500.export.CSV.zip'))).toBe(false);

    const summary = summarize(report);
    expect(summary).toMatchObject({ slots: 4, downloaded: 1, skipped: 0 });
    expect(summary.missing.map((p) => p.slot)).toEqual(['20191024140000', '20191024141500']);
    expect(summary.failed).toEqual([
      expect.objectContaining({
        slot: '20191024144500',
        listedMd5: md5(original),
        md5: md5(corrupted),
      }),
    ]);
  });

  it('reports empty slots (listed with size 0, or a zip of an empty CSV) and resumes a dropped file', async () => {
    const req = await request({
      range: { from: Date.parse('2018-03-26T04:30:00Z'), to: Date.parse('2018-03-26T05:00:00Z') },
    });
    const before = server.downloads().length;
    const report = await fetchGdelt(req, testEffects().effects);
    expect(report.outcomes.map((o) => [o.slot, o.status, o.reason])).toEqual([
      ['20180326043000', 'empty', 'listed with size 0'],
      ['20180326044500', 'downloaded', undefined],
      ['20180326050000', 'empty', 'the zip holds an empty CSV'],
    ]);
    const asked = server.downloads().slice(before);
    // Nothing asked for the size-0 slot; the dropped file was resumed with a Range request.
    expect(asked.some((r) => r.path.includes('20180326043000'))).toBe(false);
    const resumed = asked.filter((r) => r.path.includes('20180326044500'));
    expect(resumed.map((r) => r.status)).toEqual([200, 206]);
    const path = report.outcomes[1]?.path as string;
    expect((await readFile(path)).equals(good2018)).toBe(true);
  });

  it('downloads nothing on a second run: verified files are skipped', async () => {
    const req = await request({
      range: { from: Date.parse('2018-03-26T04:45:00Z'), to: Date.parse('2018-03-26T05:00:00Z') },
    });
    await fetchGdelt(req, testEffects().effects);
    const before = server.downloads().length;
    const again = await fetchGdelt(req, testEffects().effects);
    expect(again.outcomes.map((o) => o.status)).toEqual(['skipped', 'empty']);
    expect(server.downloads().length).toBe(before);
  });

  it('refuses, before downloading, a fetch larger than maxBytes', async () => {
    const before = server.downloads().length;
    const req = await request({ maxBytes: 1000 });
    await expect(fetchGdelt(req, testEffects().effects)).rejects.toThrow(UsageError);
    await expect(fetchGdelt(req, testEffects().effects)).rejects.toThrow(
      /this fetch would download .* in 3 files \(more than 1000 bytes\): narrow --from\/--to, or pass --yes/,
    );
    expect(server.downloads().length).toBe(before);
  });

  it('fetches GDELT 1.0 daily files verified against md5sums and filesizes', async () => {
    const req = await request({
      version: 1,
      range: { from: Date.parse('2016-07-27T00:00:00Z'), to: Date.parse('2016-07-29T23:59:59Z') },
    });
    const report = await fetchGdelt(req, testEffects().effects);
    expect(report.lists).toEqual([
      `${server.url}/events/md5sums`,
      `${server.url}/events/filesizes`,
    ]);
    expect(report.outcomes.map((o) => [o.slot, o.status, o.reason])).toEqual([
      ['20160727', 'missing', 'not listed in md5sums or filesizes'],
      ['20160728', 'downloaded', undefined],
      ['20160729', 'failed', 'cannot be verified: listed in filesizes but has no MD5 in md5sums'],
    ]);
    expect(report.outcomes[1]).toMatchObject({ md5: md5(v1Zip), bytes: v1Zip.length });
  });

  it('stops with the URL when the file list cannot be read', async () => {
    const req = await request({
      baseUrl: `${server.url}/nowhere`,
      retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(fetchGdelt(req, testEffects().effects)).rejects.toThrow(
      `cannot read GDELT's file list: ${server.url}/nowhere/gdeltv2/masterfilelist.txt answered HTTP 404`,
    );
  });
});
