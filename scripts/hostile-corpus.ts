/**
 * Writes the hostile-input corpora (issue 14) to test/hostile/: `npx tsx scripts/hostile-corpus.ts`.
 * The tests check the committed files are what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../src/config.js';
import { bundleCases } from '../test/hostile/bundle-corpus.js';
import { ingestCases } from '../test/hostile/ingest-corpus.js';
import { sqlCases } from '../test/hostile/sql-corpus.js';

const corpora: [string, unknown[]][] = [
  ['sql.cases.json', sqlCases()],
  ['bundle.cases.json', bundleCases()],
  ['ingest.cases.json', ingestCases()],
];
for (const [name, cases] of corpora) {
  const out = join(PATHS.packageRoot, 'test', 'hostile', name);
  writeFileSync(out, `${JSON.stringify(cases, null, 2)}\n`);
  console.log(`${out}: ${cases.length} cases`);
}
