/** The dashboard's calls to the Fineline HTTP API. */
import type { EpisodeRecord } from '../../src/store/episodes.js';

export type { EpisodeRecord };

export async function fetchEpisodes(params: Record<string, string>): Promise<EpisodeRecord[]> {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
  const response = await fetch(`api/episodes?${query}`);
  const body = (await response.json()) as { episodes?: EpisodeRecord[]; error?: string };
  if (!response.ok || body.episodes === undefined) {
    throw new Error(body.error ?? `the API answered ${response.status}`);
  }
  return body.episodes;
}
