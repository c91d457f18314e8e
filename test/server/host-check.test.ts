/**
 * The Host check against DNS rebinding (issue 14, item 13), over real HTTP on loopback: a
 * server on 127.0.0.1 answers requests addressed to loopback names and refuses others with
 * 421; one told to listen on 0.0.0.0 warns at startup and answers any Host.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/config.js';
import { hostName, isLoopback } from '../../src/server/host-check.js';
import { serve } from '../../src/server/serve.js';
import { testAccess } from '../fixtures/access.js';
import { builtDatabase } from '../fixtures/database.js';
import { startCli } from '../fixtures/process.js';

function get(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      { hostname: target.hostname, port: target.port, path: '/api/health', headers: { host } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Host check', () => {
  it('reads host names with and without ports', () => {
    expect(hostName('LOCALHOST:8787')).toBe('localhost');
    expect(hostName('[::1]:8787')).toBe('[::1]');
    expect(hostName('evil.example')).toBe('evil.example');
    expect(
      ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost'].every(isLoopback),
    ).toBe(true);
    expect(['evil.example', '0.0.0.0', '10.0.0.1', 'localhost.evil.example'].some(isLoopback)).toBe(
      false,
    );
  });

  it('on loopback, answers loopback names and refuses others with 421', async () => {
    const serving = await serve({
      database: await builtDatabase(),
      host: '127.0.0.1',
      port: 0,
      version: VERSION,
      webDir: undefined,
      access: testAccess,
    });
    try {
      const port = new URL(serving.url).port;
      expect((await get(serving.url, `localhost:${port}`)).status).toBe(200);
      expect((await get(serving.url, `127.0.0.1:${port}`)).status).toBe(200);
      const evil = await get(serving.url, 'evil.example');
      expect(evil.status).toBe(421);
      expect(JSON.parse(evil.body)).toMatchObject({ error: { code: 'misdirected' } });
      expect(JSON.parse(evil.body).error.message).toMatch(/DNS rebinding/);
    } finally {
      await serving.close();
    }
  });

  it('on 0.0.0.0, warns at startup and answers any Host', async () => {
    const db = await builtDatabase();
    const { child, done } = startCli(['serve', '--host', '0.0.0.0', '--port', '0', '--db', db]);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const found = /Fineline dashboard: (http:\/\/\S+)/.exec(seen);
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      done.then((f) => reject(new Error(`exited: ${f.stderr}`)), reject);
    });
    try {
      const port = new URL(url).port;
      expect((await get(`http://127.0.0.1:${port}`, 'fineline.lan')).status).toBe(200);
      expect(stderr).toMatch(
        /^warning: listening on 0\.0\.0\.0, not on loopback: the API and the dashboard are open, without authentication/,
      );
    } finally {
      child.kill('SIGTERM');
      await done;
    }
  }, 30_000);
});
