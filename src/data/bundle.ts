/**
 * The bundled curated data (data/ in the package): triad, actors, episodes, chronology.
 * `loadBundle` reads and validates every file, checks the references between them, and
 * either returns the whole bundle or throws one DataError listing every problem found.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { type Actor, ActorTable } from '../domain/actor.js';
import { CHRONOLOGY_COLUMNS, ChronologyEvent } from '../domain/chronology.js';
import { Episode } from '../domain/episode.js';
import { Triad, triadActors } from '../domain/triad.js';
import { DataError, type DataProblem } from '../errors.js';
import { parseCsv } from './csv.js';
import { parseYaml } from './yaml.js';

export interface Located<T> {
  value: T;
  /** Path relative to the data directory, for messages. */
  file: string;
  line?: number;
}

export interface Bundle {
  triad: Triad;
  actors: Actor[];
  episodes: Located<Episode>[];
  chronology: Located<ChronologyEvent>[];
}

export async function loadBundle(dataDir: string): Promise<Bundle> {
  const problems: DataProblem[] = [];
  const show = (path: string) => join('data', relative(dataDir, path));
  const triad = await readYamlFile(join(dataDir, 'triad.yaml'), Triad, show, problems);
  const actors = await readYamlFile(join(dataDir, 'actors.yaml'), ActorTable, show, problems);
  // Ids of episodes that failed validation still count as existing for references, so one
  // bad episode file is reported once rather than again by every event that names it.
  const invalidIds = new Set<string>();
  const episodes = await readEpisodes(join(dataDir, 'episodes'), show, problems, invalidIds);
  const chronology = await readChronology(join(dataDir, 'chronology'), show, problems);
  if (triad !== undefined && actors !== undefined) {
    problems.push(...checkReferences({ triad, actors, episodes, chronology }, invalidIds));
  }
  if (problems.length > 0 || triad === undefined || actors === undefined) {
    throw new DataError(problems);
  }
  return { triad, actors, episodes, chronology };
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
    episodes.push({ value: parsed.value, file: show(path) });
  }
  return episodes;
}

async function readChronology(
  dir: string,
  show: (path: string) => string,
  problems: DataProblem[],
): Promise<Located<ChronologyEvent>[]> {
  const events: Located<ChronologyEvent>[] = [];
  for (const name of await listFiles(dir, '.csv')) {
    const path = join(dir, name);
    const text = await readText(path, show, problems);
    if (text === undefined) continue;
    const parsed = parseCsv(show(path), text, CHRONOLOGY_COLUMNS, ChronologyEvent);
    problems.push(...parsed.problems);
    for (const { value, line } of parsed.records) events.push({ value, file: show(path), line });
  }
  return events;
}

/** Checks that ids are unique and that every code and id a record names exists. */
export function checkReferences(
  bundle: Bundle,
  invalidEpisodeIds: ReadonlySet<string> = new Set(),
): DataProblem[] {
  const problems: DataProblem[] = [];
  const actorCodes = new Set(bundle.actors.map((a) => a.cameo));
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
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ file: show(path), message: `cannot read the file (${code ?? String(error)})` });
    return undefined;
  }
}
