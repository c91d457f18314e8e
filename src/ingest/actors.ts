/**
 * The actor set of an ingestion and the country names it is spelled with. Countries come
 * from the built database's `actors` table (data/actors.yaml): CAMEO code, ISO code, name and
 * the ICEWS spellings, so the GDELT filter compares codes and the ICEWS and POLECAT filters
 * compare names, and the readers' SQL maps names to CAMEO codes with the same table.
 */
import { UsageError } from '../errors.js';
import type { Database } from '../store/database.js';
import { literal } from '../store/sql.js';
import type { SqlContext } from './reader.js';

/** The actor set as the two kinds of country fields name it. */
export interface ActorSet {
  /** CAMEO codes (GDELT fields). */
  codes: ReadonlySet<string>;
  /** Lower-case names, ISO codes and CAMEO codes (ICEWS and POLECAT fields). */
  names: ReadonlySet<string>;
}

interface ActorRow {
  cameo: string;
  iso3: string | null;
  name: string | null;
  icews_names: string[] | null;
}

async function actorRows(db: Database): Promise<ActorRow[]> {
  return (await db.query(
    'SELECT cameo, iso3, name, icews_names FROM actors ORDER BY cameo',
  )) as unknown as ActorRow[];
}

/** Every spelling of a country the `actors` table knows, lower-cased, with its CAMEO code. */
async function countryNames(db: Database): Promise<[string, string][]> {
  const pairs = new Map<string, string>();
  for (const actor of await actorRows(db)) {
    for (const value of [actor.cameo, actor.iso3, actor.name, ...(actor.icews_names ?? [])]) {
      if (value !== null && value !== '') pairs.set(value.toLowerCase(), actor.cameo);
    }
  }
  return [...pairs];
}

/**
 * The actor set: the codes asked for, or by default the triad's actors (every actor whose
 * role in the built database is not "other": patron, allies and context actors).
 */
export async function actorSet(
  db: Database,
  actors: readonly string[] | 'all' | undefined,
): Promise<{ set: ActorSet | null; codes: readonly string[] | 'all' }> {
  if (actors === 'all') return { set: null, codes: 'all' };
  const rows = await actorRows(db);
  const unknown = (actors ?? []).filter((code) => !rows.some((row) => row.cameo === code));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown actor${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')} in the actor list: the database knows ${rows.map((r) => r.cameo).join(', ')} (data/actors.yaml), or say "all"`,
      { field: 'actors' },
    );
  }
  const codes =
    actors ??
    (await db.query("SELECT cameo FROM actors WHERE role <> 'other' ORDER BY cameo")).map((row) =>
      String(row.cameo),
    );
  const chosen = new Set(codes);
  const names = new Set<string>();
  for (const [value, cameo] of await countryNames(db)) if (chosen.has(cameo)) names.add(value);
  for (const code of codes) names.add(code.toLowerCase());
  return { set: { codes: chosen, names }, codes };
}

/** Country-name mapping for the readers' SQL, generated from the `actors` table. */
export async function sqlContext(
  db: Database,
  codes: readonly string[] | 'all',
): Promise<SqlContext> {
  const names = await countryNames(db);
  const country = (expression: string) =>
    names.length === 0
      ? 'NULL::VARCHAR'
      : `CASE lower(trim(${expression})) ${names.map(([value, cameo]) => `WHEN ${literal(value)} THEN ${literal(cameo)}`).join(' ')} END`;
  const inSet = codes === 'all' ? '[]::VARCHAR[]' : `[${codes.map(literal).join(', ')}]::VARCHAR[]`;
  return {
    country,
    countryOfList: (expression) => {
      const known = `list_filter(list_transform(string_split_regex(${expression}, '[;|]'), x -> ${country('x')}), x -> x IS NOT NULL)`;
      return `coalesce(list_filter(${known}, x -> list_contains(${inSet}, x))[1], ${known}[1])`;
    },
  };
}
