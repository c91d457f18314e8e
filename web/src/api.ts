/**
 * The dashboard's client of the Fineline HTTP API, typed from the server's own routes
 * (`hc<AppType>`, src/server/app.ts): a response type is never redeclared here, so a change
 * on the server that a page does not follow fails the typecheck. Every failure carries the
 * API's one error body (src/server/errors.ts), whose message is shown as it is.
 */
import { type ClientResponse, hc } from 'hono/client';
import type { AppType } from '../../src/server/app.js';
import type { ErrorBody } from '../../src/server/errors.js';
import type { EpisodeRecord } from '../../src/store/episodes.js';

export type { EpisodeRecord };

/** The API's root, relative to the page (the dashboard may be served under a path). */
const ROOT = new URL('api', document.baseURI).href;

/** The API, relative to the page. */
export const api = hc<AppType>(ROOT);

/** A failed request, with the API's error code and the field at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * The body of a successful response, typed by the route; a failure throws an ApiError with
 * the API's own message.
 */
export async function body<T>(request: Promise<ClientResponse<T>>): Promise<Exclude<T, ErrorBody>> {
  const response = await request;
  const value = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const error = (value as Partial<ErrorBody> | undefined)?.error;
    throw new ApiError(
      error?.message ?? `the API answered ${response.status}`,
      error?.code ?? 'internal',
      response.status,
      error?.field,
    );
  }
  return value as Exclude<T, ErrorBody>;
}

/** The episodes, filtered as `GET /api/episodes` filters them (empty values are dropped). */
export async function fetchEpisodes(params: Record<string, string>): Promise<EpisodeRecord[]> {
  const query = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== ''));
  return (await body(api.episodes.$get({ query }))).episodes;
}

/**
 * `GET /api/index`. The typed client treats a path's last `index` as the root of a route and
 * drops it (`/api/index` would become `/api`), so this one URL is written here; its response
 * type is still the route's own.
 */
export function fetchIndex(
  query: Record<string, string>,
): Promise<
  Exclude<Awaited<ReturnType<Awaited<ReturnType<typeof api.index.$get>>['json']>>, ErrorBody>
> {
  const request = fetch(`${ROOT}/index?${new URLSearchParams(query)}`);
  return body(request as ReturnType<typeof api.index.$get>);
}
