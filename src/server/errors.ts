/**
 * One error body for every 4xx and 5xx answer of the API:
 * `{ "error": { "code", "message", "field"? } }`. `code` is stable for programs, `message`
 * says in the API's own terms (query parameters and body fields, not CLI flags) what was wrong
 * and how to fix it, and `field` names the parameter or body field at fault when there is one.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { FinelineError, ReadOnlyError, StoreError, UsageError } from '../errors.js';
import { NoEventsError } from '../indices/coverage.js';
import { DatabaseBusyError, type Holder } from '../store/lock.js';
import { RequestError } from './body.js';

export const ERROR_CODES = [
  'bad_request',
  'read_only',
  'unauthorized',
  'not_found',
  'no_events',
  'busy',
  'too_large',
  'unsupported_media_type',
  'misdirected',
  'store',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    field?: string;
    /** For `busy`: who holds the database's writer lease, and since when. */
    holder?: Holder;
    since?: string;
  };
}

export function errorBody(code: ErrorCode, message: string, field?: string): ErrorBody {
  return { error: { code, message, ...(field === undefined ? {} : { field }) } };
}

/** The status and body for an error thrown by a route. */
export function errorAnswer(error: unknown): [ContentfulStatusCode, ErrorBody] {
  if (error instanceof RequestError) return [error.status, errorBody(error.code, error.message)];
  if (error instanceof ReadOnlyError) return [400, errorBody('read_only', error.message)];
  if (error instanceof UsageError)
    return [400, errorBody('bad_request', error.message, error.field)];
  if (error instanceof NoEventsError) return [404, errorBody('no_events', error.message)];
  if (error instanceof DatabaseBusyError) return [503, errorBody('busy', error.message)];
  if (error instanceof StoreError) return [500, errorBody('store', error.message)];
  if (error instanceof FinelineError) return [500, errorBody('internal', error.message)];
  return [500, errorBody('internal', 'internal error: the server log has the details')];
}
