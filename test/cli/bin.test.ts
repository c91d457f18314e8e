import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { builtDatabase } from '../fixtures/database.js';

let db: string;
beforeAll(async () => {
  db = await builtDatabase();
});

describe('bin/fineline.js', () => {
  it('exits 0 without a stack trace when the reader closes the pipe early (| head)', async () => {
    const child = spawn(
      process.execPath,
      [
        join(PATHS.packageRoot, 'bin', 'fineline.js'),
        'sql',
        'SELECT * FROM range(200000)',
        '--db',
        db,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // 200,000 lines (over 1 MB) cannot all fit in the pipe: read the first chunk, then close
    // our end, as `head -1` does, while the CLI still has lines to write.
    await new Promise<void>((resolve) => {
      child.stdout.once('data', () => {
        child.stdout.destroy();
        resolve();
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
