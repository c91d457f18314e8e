/**
 * The README's worked examples, run in order against the bundled data in a fresh folder, as a
 * new user would type them: each command must exit 0 and print what the README shows, so
 * the numbers there cannot drift. `/home/you/fineline` in the README is the folder the
 * commands run in, and `~/events` the shared real event files. `serve` (it runs until
 * stopped) and `fetch` (it needs GDELT's servers) are not run; their --help must work.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { PATHS } from '../src/config.js';
import { consoleExamples, matchesShown } from './fixtures/console.js';
import { captureIo } from './fixtures/io.js';
import { SHARED_EVENTS } from './fixtures/shared.js';

const README = readFileSync(join(PATHS.packageRoot, 'README.md'), 'utf8');
const NOT_RUN = new Set(['serve', 'fetch']);

describe('the README', () => {
  const examples = consoleExamples(README);

  it('has worked examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it('shows what each example prints, run in order in a fresh folder', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'fineline-readme-'));
    const shown = (text: string) =>
      text.replaceAll(cwd, '/home/you/fineline').replaceAll(SHARED_EVENTS, '/home/you/events');
    for (const example of examples) {
      const args = example.args.map((arg) => arg.replace(/^~\/events/, SHARED_EVENTS));
      const command = args[0] ?? '';
      const run = async (argv: string[], tty: boolean, stdin?: string) => {
        const io = captureIo({ tty, columns: 120, env: { NO_COLOR: '1' } });
        if (stdin !== undefined) io.io.stdin = chunks(stdin);
        const code = await main(['node', 'fineline', ...argv], io.io, cwd);
        return { code, stdout: io.stdout(), stderr: io.stderr() };
      };
      if (NOT_RUN.has(command)) {
        const help = await run([...args.slice(0, command === 'fetch' ? 2 : 1), '--help'], false);
        expect(help.code, example.text).toBe(0);
        continue;
      }
      const tty = example.output.some((line) => /[┌│└]/.test(line));
      const result = await run(args, tty, example.stdin);
      expect({ command: example.text, code: result.code, stderr: result.stderr }).toEqual({
        command: example.text,
        code: 0,
        stderr: expect.any(String),
      });
      let lines = shown(result.stdout).replace(/\n$/, '').split('\n');
      if (example.head !== undefined) lines = lines.slice(0, example.head);
      if (example.output.length > 0) {
        expect(
          matchesShown(lines, example.output),
          `${example.text}\n--- README shows:\n${example.output.join('\n')}\n--- printed:\n${lines.join('\n')}`,
        ).toBe(true);
      }
    }
  }, 120_000);
});

async function* chunks(text: string): AsyncGenerator<Buffer> {
  yield Buffer.from(text);
}
