/**
 * Rewrites the outputs the README's worked examples show, by running them as
 * test/readme.test.ts does (in order, in a fresh folder, against the bundled data). For a
 * maintainer after a deliberate change to the data or the output; CI never runs it, it only
 * checks (test/readme.test.ts). An example whose shown output elides rows ("…") is left as
 * written and reported if it no longer matches; `serve` and `fetch` are not run.
 *
 *   npx tsx scripts/readme-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { consoleExamples, matchesShown } from '../test/fixtures/console.js';
import { captureIo } from '../test/fixtures/io.js';
import { SHARED_EVENTS } from '../test/fixtures/shared.js';

const README = 'README.md';
let text = readFileSync(README, 'utf8');
const cwd = await mkdtemp(join(tmpdir(), 'fineline-readme-'));
const shown = (s: string) =>
  s.replaceAll(cwd, '/home/you/fineline').replaceAll(SHARED_EVENTS, '/home/you/events');

for (const example of consoleExamples(text)) {
  const args = example.args.map((arg) => arg.replace(/^~\/events/, SHARED_EVENTS));
  if (args[0] === 'serve' || args[0] === 'fetch') continue;
  const tty = example.output.some((line) => /[┌│└]/.test(line));
  const io = captureIo({ tty, columns: 120, env: { NO_COLOR: '1' } });
  if (example.stdin !== undefined) {
    const input = example.stdin;
    io.io.stdin = (async function* () {
      yield Buffer.from(input);
    })();
  }
  const code = await main(['node', 'fineline', ...args], io.io, cwd);
  if (code !== 0) throw new Error(`${example.text}: exit ${code}\n${io.stderr()}`);
  if (example.output.length === 0) continue;
  let lines = shown(io.stdout()).replace(/\n$/, '').split('\n');
  if (example.head !== undefined) lines = lines.slice(0, example.head);
  if (matchesShown(lines, example.output)) continue;
  if (example.output.some((line) => line.includes('…') && /^[│|\s…]+$/.test(line))) {
    console.error(`not rewritten (it elides rows), and it no longer matches: ${example.text}`);
    continue;
  }
  const before = `$ ${example.text}\n${example.output.join('\n')}\n`;
  const after = `$ ${example.text}\n${lines.map((l) => l.trimEnd()).join('\n')}\n`;
  if (!text.includes(before))
    throw new Error(`cannot find the example in the README: ${example.text}`);
  text = text.replace(before, after);
  console.log(`rewrote: ${example.text.split('\n')[0]}`);
}
writeFileSync(README, text);
