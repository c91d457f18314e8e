/**
 * A stand-in for data.gdeltproject.org on 127.0.0.1: serves given bytes at given paths with
 * HTTP Range support, and can misbehave on cue (answer 503 first, drop the connection halfway,
 * ignore Range). It records every request so tests can say what was asked for.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ZipFile } from 'yazl';
import { sharedEvent } from '../fixtures/shared.js';

export interface Route {
  body: Buffer;
  /** Answer this status (with no body) to the first `times` requests. */
  failFirst?: { status: number; times: number; retryAfter?: string };
  /** Send only this many bytes of the first full-body response, then destroy the socket. */
  dropOnceAfter?: number;
  /** Answer every request with the whole file and 200, whatever Range says. */
  ignoreRange?: boolean;
}

export interface Recorded {
  path: string;
  range: string | undefined;
  status: number;
}

export interface GdeltServer {
  url: string;
  routes: Map<string, Route>;
  requests: Recorded[];
  /** Requests for paths ending in `.zip` (downloads, not lists). */
  downloads(): Recorded[];
  close(): Promise<void>;
}

export async function startGdeltServer(
  routes: Map<string, Route> = new Map(),
): Promise<GdeltServer> {
  const requests: Recorded[] = [];
  const served = new Map<string, number>();
  const dropped = new Set<string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const range = req.headers.range;
    const record = (status: number) => requests.push({ path, range, status });
    const route = routes.get(path);
    if (route === undefined) {
      record(404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const count = (served.get(path) ?? 0) + 1;
    served.set(path, count);
    if (route.failFirst !== undefined && count <= route.failFirst.times) {
      record(route.failFirst.status);
      const headers: Record<string, string> = { 'content-type': 'text/plain' };
      if (route.failFirst.retryAfter !== undefined)
        headers['retry-after'] = route.failFirst.retryAfter;
      res.writeHead(route.failFirst.status, headers).end('try later');
      return;
    }
    const total = route.body.length;
    const m = /^bytes=(\d+)-$/.exec(range ?? '');
    if (m !== null && route.ignoreRange !== true) {
      const start = Number(m[1]);
      if (start >= total) {
        record(416);
        res.writeHead(416, { 'content-range': `bytes */${total}` }).end();
        return;
      }
      record(206);
      res.writeHead(206, {
        'content-length': String(total - start),
        'content-range': `bytes ${start}-${total - 1}/${total}`,
      });
      res.end(route.body.subarray(start));
      return;
    }
    record(200);
    res.writeHead(200, { 'content-length': String(total), 'accept-ranges': 'bytes' });
    if (route.dropOnceAfter !== undefined && !dropped.has(path)) {
      dropped.add(path);
      res.write(route.body.subarray(0, route.dropOnceAfter), () => {
        // Close our side gracefully (FIN after the bytes written), short of the announced
        // length. A destroy() can reset the connection and discard bytes the client has not
        // read yet, which under load left nothing to resume from.
        setTimeout(() => res.socket?.end(), 20);
      });
      return;
    }
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    downloads: () => requests.filter((r) => r.path.endsWith('.zip')),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A zip holding one entry, as GDELT publishes (`20191024143000.export.CSV` inside). */
export function zipOf(name: string, content: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    zip.addBuffer(content, name, { mtime: new Date('2020-01-01T00:00:00Z') });
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** The real GDELT 2.0 export `id`.export.CSV from ../shared/data/events, zipped. */
export async function realExportZip(id: string): Promise<Buffer> {
  const csv = await readFile(sharedEvent(`${id}.export.CSV`));
  return zipOf(`${id}.export.CSV`, csv);
}

export function md5(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}

/** A masterfilelist.txt line, as GDELT writes them: `size md5 url`. */
export function masterLine(
  url: string,
  body: Buffer,
  overrides: { size?: number; md5?: string } = {},
): string {
  return `${overrides.size ?? body.length} ${overrides.md5 ?? md5(body)} ${url}`;
}
