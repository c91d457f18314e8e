/**
 * Writes the hostile-input corpora (issue 14) to test/hostile/: `npx tsx scripts/hostile-corpus.ts`.
 * The tests check the committed files are what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../src/config.js';
import { sqlCases } from '../test/hostile/sql-corpus.js';

const out = join(PATHS.packageRoot, 'test', 'hostile', 'sql.cases.json');
writeFileSync(out, `${JSON.stringify(sqlCases(), null, 2)}\n`);
console.log(`${out}: ${sqlCases().length} statements`);
