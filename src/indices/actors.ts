/**
 * The actors an index may name, read from the built database: every actor of
 * data/actors.yaml, and the triad's roles (data/triad.yaml) for the defaults — the patron
 * whose involvement the signal measures, and the two allies that make the default dyad.
 */
import { StoreError } from '../errors.js';
import type { Database } from '../store/database.js';
import type { IndexActors } from './definition.js';

export async function readIndexActors(db: Database): Promise<IndexActors> {
  const rows = await db.query('SELECT cameo, role FROM actors ORDER BY rowid');
  const actors = rows.map((row) => String(row.cameo));
  const patron = rows.find((row) => row.role === 'patron');
  const allies = rows.filter((row) => row.role === 'ally').map((row) => String(row.cameo));
  const [first, second] = allies;
  if (patron === undefined || first === undefined || second === undefined || allies.length > 2) {
    throw new StoreError(
      `the database's actors table does not hold a triad (one patron, two allies): run \`fineline build\` to rebuild it from data/triad.yaml`,
    );
  }
  return { actors, patron: String(patron.cameo), allies: [first, second] };
}
