/**
 * The bundled curated data (data/ in the package): triad, actors, episodes, chronology.
 * `loadBundle` reads and validates every file, checks the references between them, and
 * either returns the whole bundle or throws one DataError listing every problem found.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { type Actor, ActorTable } from '../domain/actor.js';
import { CAMEO_COLUMNS, CameoCode } from '../domain/cameo.js';
import { CHRONOLOGY_COLUMNS, ChronologyEvent } from '../domain/chronology.js';
import {
  COMMITMENT_COLUMNS,
  CommitmentEvent,
  TROOP_COLUMNS,
  TroopCount,
} from '../domain/commitment.js';
import { checkActs, checkEpisode, checkInstruments, type Finding } from '../domain/consistency.js';
import {
  CHINA_SERIES_COLUMNS,
  ChinaSeriesValue,
  ELECTION_COLUMNS,
  Election,
  LEADER_COLUMNS,
  Leader,
  monthsBetween,
  NK_PROVOCATION_COLUMNS,
  NK_TEST_COLUMNS,
  NkProvocation,
  NkTestMonth,
  POLL_COLUMNS,
  Poll,
} from '../domain/context.js';
import { Episode } from '../domain/episode.js';
import { INSTRUMENT_COLUMNS, InstrumentEvent } from '../domain/instrument.js';
import { Triad, triadActors } from '../domain/triad.js';
import { US_ACT_COLUMNS, UsAct } from '../domain/us-act.js';
import { DataError, type DataProblem } from '../errors.js';
import { parseCsv } from './csv.js';
import { checkManifest, describeBundle } from './manifest.js';
import { parseYaml } from './yaml.js';

export interface Located<T> {
  value: T;
  /** Path relative to the data directory, for messages. */
  file: string;
  line?: number;
}

export interface ContextSeries {
  leaders: Located<Leader>[];
  elections: Located<Election>[];
  polls: Located<Poll>[];
  nkTests: Located<NkTestMonth>[];
  nkProvocations: Located<NkProvocation>[];
  china: Located<ChinaSeriesValue>[];
}

/** US commitment to each ally (codebook §8). */
export interface Commitment {
  troops: Located<TroopCount>[];
  events: Located<CommitmentEvent>[];
}

export interface Bundle {
  triad: Triad;
  actors: Actor[];
  cameo: CameoCode[];
  episodes: Located<Episode>[];
  chronology: Located<ChronologyEvent>[];
  context: ContextSeries;
  commitment: Commitment;
  /** Every dated US act (codebook §3.2). */
  usActs: Located<UsAct>[];
  /** The dated states of every instrument (codebook §4.1). */
  instruments: Located<InstrumentEvent>[];
}

/** The years the troop series must cover for each ally, inclusive (codebook §8). */
export const TROOP_SERIES_SPAN = [1965, 2025] as const;

/** The span the North Korean test series must cover completely. */
export const NK_SERIES_SPAN = ['1984-01', '2025-12'] as const;

export async function loadBundle(dataDir: string): Promise<Bundle> {
  const problems: DataProblem[] = [];
  const show = (path: string) => join('data', relative(dataDir, path));
  const triad = await readYamlFile(join(dataDir, 'triad.yaml'), Triad, show, problems);
  const actors = await readYamlFile(join(dataDir, 'actors.yaml'), ActorTable, show, problems);
  // Ids of episodes that failed validation still count as existing for references, so one
  // bad episode file is reported once rather than again by every event that names it.
  const invalidIds = new Set<string>();
  const episodes = await readEpisodes(join(dataDir, 'episodes'), show, problems, invalidIds);
  const chronology: Located<ChronologyEvent>[] = [];
  for (const name of await listFiles(join(dataDir, 'chronology'), '.csv')) {
    const path = join(dataDir, 'chronology', name);
    chronology.push(
      ...(await readCsvFile(path, CHRONOLOGY_COLUMNS, ChronologyEvent, show, problems)),
    );
  }
  const cameo = (
    await readCsvFile(join(dataDir, 'cameo.csv'), CAMEO_COLUMNS, CameoCode, show, problems)
  ).map((row) => row.value);
  const contextDir = join(dataDir, 'context');
  const context: ContextSeries = {
    leaders: await readCsvFile(
      join(contextDir, 'leaders.csv'),
      LEADER_COLUMNS,
      Leader,
      show,
      problems,
    ),
    elections: await readCsvFile(
      join(contextDir, 'elections.csv'),
      ELECTION_COLUMNS,
      Election,
      show,
      problems,
    ),
    polls: await readCsvFile(join(contextDir, 'polls.csv'), POLL_COLUMNS, Poll, show, problems),
    nkTests: await readCsvFile(
      join(contextDir, 'nk-tests-monthly.csv'),
      NK_TEST_COLUMNS,
      NkTestMonth,
      show,
      problems,
    ),
    nkProvocations: await readCsvFile(
      join(contextDir, 'nk-provocations.csv'),
      NK_PROVOCATION_COLUMNS,
      NkProvocation,
      show,
      problems,
    ),
    china: await readCsvFile(
      join(contextDir, 'china-series.csv'),
      CHINA_SERIES_COLUMNS,
      ChinaSeriesValue,
      show,
      problems,
    ),
  };
  const commitmentDir = join(dataDir, 'commitment');
  const commitment: Commitment = {
    troops: await readCsvFile(
      join(commitmentDir, 'troops.csv'),
      TROOP_COLUMNS,
      TroopCount,
      show,
      problems,
    ),
    events: await readCsvFile(
      join(commitmentDir, 'events.csv'),
      COMMITMENT_COLUMNS,
      CommitmentEvent,
      show,
      problems,
    ),
  };
  const usActs: Located<UsAct>[] = [];
  for (const name of await listFiles(join(dataDir, 'us-acts'), '.csv')) {
    usActs.push(
      ...(await readCsvFile(join(dataDir, 'us-acts', name), US_ACT_COLUMNS, UsAct, show, problems)),
    );
  }
  const instruments = await readCsvFile(
    join(dataDir, 'instruments.csv'),
    INSTRUMENT_COLUMNS,
    InstrumentEvent,
    show,
    problems,
  );
  problems.push(...checkManifest(dataDir, new Map(Object.entries(describeBundle(dataDir).files))));
  problems.push(...checkSeries(context.nkTests));
  problems.push(...checkTroops(commitment.troops));
  if (triad !== undefined && actors !== undefined) {
    const bundle = {
      triad,
      actors,
      cameo,
      episodes,
      chronology,
      context,
      commitment,
      usActs,
      instruments,
    };
    problems.push(...checkReferences(bundle, invalidIds));
    problems.push(...checkRecord(bundle, invalidIds));
    if (problems.length === 0) return bundle;
  }
  throw new DataError(problems);
}

/** The monthly test series is complete: every month of its span once, in order. */
function checkSeries(rows: readonly Located<NkTestMonth>[]): DataProblem[] {
  const expected = monthsBetween(...NK_SERIES_SPAN);
  const found = rows.map((row) => row.value.month);
  if (found.join() === expected.join()) return [];
  const missing = expected.filter((month) => !found.includes(month));
  const extra = found.filter((month, i) => !expected.includes(month) || found.indexOf(month) !== i);
  return [
    {
      file: rows[0]?.file ?? 'data/context/nk-tests-monthly.csv',
      message: `the series must list every month from ${NK_SERIES_SPAN[0]} to ${NK_SERIES_SPAN[1]} once, in order${missing.length > 0 ? `; missing ${missing.slice(0, 5).join(', ')}` : ''}${extra.length > 0 ? `; unexpected or repeated ${extra.slice(0, 5).join(', ')}` : ''}`,
    },
  ];
}

/**
 * The rules between records (codebook rules 24 and 25): episode levels against their acts,
 * episodes' instruments against the histories. Each problem is located in the file and line of
 * the record it names.
 */
function checkRecord(bundle: Bundle, invalidIds: ReadonlySet<string>): DataProblem[] {
  const episodes = bundle.episodes.map((e) => e.value);
  const locate = (finding: Finding): DataProblem => {
    const episode = bundle.episodes.find((e) => e.value.id === finding.record);
    const act = bundle.usActs.find((a) => a.value.id === finding.record);
    const state = bundle.instruments.find((s) => s.value.instrument === finding.record);
    const at = episode ?? act ?? state;
    return {
      file: at?.file ?? 'data/',
      ...(at?.line === undefined ? {} : { line: at.line }),
      record: finding.record,
      field: finding.field,
      message: `${finding.message} (codebook consistency rule ${finding.rule})`,
    };
  };
  return [
    ...checkActs(
      episodes,
      bundle.usActs.map((a) => a.value),
      invalidIds,
    ),
    ...checkInstruments(
      episodes,
      bundle.instruments.map((s) => s.value),
    ),
  ]
    .filter((finding) => finding.severity === 'error')
    .map(locate);
}

/** One primary troop count per ally and year of the span (codebook §8). */
function checkTroops(rows: readonly Located<TroopCount>[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const file = rows[0]?.file ?? 'data/commitment/troops.csv';
  for (const ally of ['KOR', 'JPN'] as const) {
    for (let year = TROOP_SERIES_SPAN[0]; year <= TROOP_SERIES_SPAN[1]; year++) {
      const primary = rows.filter(
        (r) => r.value.ally === ally && r.value.year === year && r.value.primary,
      );
      if (primary.length !== 1) {
        problems.push({
          file,
          ...(primary[1] === undefined ? {} : { line: primary[1].line }),
          record: `${ally} ${year}`,
          field: 'primary',
          message:
            primary.length === 0
              ? `no primary troop count for ${ally} in ${year}: the series must cover ${TROOP_SERIES_SPAN[0]}–${TROOP_SERIES_SPAN[1]} for both allies`
              : `${primary.length} primary troop counts for ${ally} in ${year}: mark exactly one`,
        });
      }
    }
  }
  return problems;
}

async function readYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
  show: (path: string) => string,
  problems: DataProblem[],
): Promise<z.infer<S> | undefined> {
  const text = await readText(path, show, problems);
  if (text === undefined) return undefined;
  const parsed = parseYaml(show(path), text, schema);
  if (parsed.ok) return parsed.value;
  problems.push(...parsed.problems);
  return undefined;
}

async function readEpisodes(
  dir: string,
  show: (path: string) => string,
  problems: DataProblem[],
  invalidIds: Set<string>,
): Promise<Located<Episode>[]> {
  const episodes: Located<Episode>[] = [];
  for (const name of await listFiles(dir, '.yaml')) {
    const path = join(dir, name);
    const text = await readText(path, show, problems);
    if (text === undefined) continue;
    const recordOf = (raw: unknown) =>
      typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : undefined;
    const parsed = parseYaml(show(path), text, Episode, recordOf);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      const id = parsed.problems[0]?.record;
      if (id !== undefined) invalidIds.add(id);
      continue;
    }
    if (basename(name, '.yaml') !== parsed.value.id) {
      problems.push({
        file: show(path),
        record: parsed.value.id,
        field: 'id',
        message: `the file must be named after the episode id: ${parsed.value.id}.yaml`,
      });
    }
    for (const finding of checkEpisode(parsed.value)) {
      if (finding.severity === 'error') {
        problems.push({
          file: show(path),
          record: finding.record,
          field: finding.field,
          message: `${finding.message} (codebook consistency rule ${finding.rule})`,
        });
      }
    }
    episodes.push({ value: parsed.value, file: show(path) });
  }
  return episodes;
}

async function readCsvFile<S extends z.ZodType>(
  path: string,
  columns: readonly string[],
  schema: S,
  show: (path: string) => string,
  problems: DataProblem[],
): Promise<Located<z.infer<S>>[]> {
  const text = await readText(path, show, problems);
  if (text === undefined) return [];
  const parsed = parseCsv(show(path), text, columns, schema);
  problems.push(...parsed.problems);
  return parsed.records.map(({ value, line }) => ({ value, file: show(path), line }));
}

/** Checks that ids are unique and that every code and id a record names exists. */
export function checkReferences(
  bundle: Bundle,
  invalidEpisodeIds: ReadonlySet<string> = new Set(),
): DataProblem[] {
  const problems: DataProblem[] = [];
  const actorCodes = new Set(bundle.actors.map((a) => a.cameo));
  const cameoCodes = new Set(bundle.cameo.map((c) => c.code));
  for (const code of triadActors(bundle.triad)) {
    if (!actorCodes.has(code)) {
      problems.push({
        file: 'data/triad.yaml',
        message: `actor ${code} is not defined in data/actors.yaml`,
      });
    }
  }
  const episodeIds = new Map<string, string>();
  for (const { value, file } of bundle.episodes) {
    const first = episodeIds.get(value.id);
    if (first !== undefined) {
      problems.push({
        file,
        record: value.id,
        field: 'id',
        message: `duplicate episode id (also in ${first})`,
      });
    } else episodeIds.set(value.id, file);
  }
  const eventIds = new Map<string, string>();
  for (const { value, file, line } of bundle.chronology) {
    const here = { file, line, record: value.id };
    const first = eventIds.get(value.id);
    if (first !== undefined) {
      problems.push({ ...here, field: 'id', message: `duplicate event id (also at ${first})` });
    } else eventIds.set(value.id, `${file}:${line}`);
    for (const field of ['actor', 'target'] as const) {
      const code = value[field];
      if (code !== null && !actorCodes.has(code)) {
        problems.push({
          ...here,
          field,
          message: `unknown actor ${code}: add it to data/actors.yaml or use one of ${[...actorCodes].join(', ')}`,
        });
      }
    }
    if (!cameoCodes.has(value.cameo)) {
      problems.push({
        ...here,
        field: 'cameo',
        message: `unknown CAMEO event code ${value.cameo} (see data/cameo.csv)`,
      });
    }
    if (
      value.episode !== null &&
      !episodeIds.has(value.episode) &&
      !invalidEpisodeIds.has(value.episode)
    ) {
      problems.push({
        ...here,
        field: 'episode',
        message: `no episode has id ${value.episode} (see data/episodes/)`,
      });
    }
  }
  return problems;
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((name) => name.endsWith(extension)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readText(
  path: string,
  show: (path: string) => string,
  problems: DataProblem[],
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ file: show(path), message: `cannot read the file (${code ?? String(error)})` });
    return undefined;
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    // Where: the line of the first byte the lenient decoder has to replace.
    const lenient = bytes.toString('utf8');
    const at = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(0, at)).split('\n').length;
    problems.push({
      file: show(path),
      line,
      message:
        'not valid UTF-8 text: the bundle is UTF-8, and a byte that is not would be read as U+FFFD (re-save the file as UTF-8)',
    });
    return undefined;
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
