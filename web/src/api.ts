/** The dashboard's calls to the Fineline HTTP API. */
import type { EpisodeRecord } from '../../src/store/episodes.js';

export type { EpisodeRecord };

/** The API's one error body (src/server/errors.ts). */
interface ErrorBody {
  error?: { code: string; message: string; field?: string };
}

export async function fetchEpisodes(params: Record<string, string>): Promise<EpisodeRecord[]> {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
  const response = await fetch(`api/episodes?${query}`);
  const body = (await response.json()) as { episodes?: EpisodeRecord[] } & ErrorBody;
  if (!response.ok || body.episodes === undefined) {
    throw new Error(body.error?.message ?? `the API answered ${response.status}`);
  }
  return body.episodes;
}

/** GET a JSON resource of the API, throwing the API's own error message on failure. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  const body = (await response.json()) as T & ErrorBody;
  if (!response.ok) throw new Error(body.error?.message ?? `the API answered ${response.status}`);
  return body;
}

/** POST a JSON body, throwing the API's own error message on failure. */
export async function postJson<T>(path: string, value: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  });
  const body = (await response.json()) as T & ErrorBody;
  if (!response.ok) throw new Error(body.error?.message ?? `the API answered ${response.status}`);
  return body;
}
