/**
 * Reading a JSON request body, bounded: `application/json` only (415 otherwise), at most
 * `limit` bytes (413, counted as the body streams in, so a body without Content-Length is
 * bounded too), nested at most {@link MAX_DEPTH} deep (400: a deeper body is no scenario and
 * would only cost a deep recursion), and JSON (400). What a message quotes of the body is
 * cut short (errors.ts), so an answer never echoes a large body.
 */
import type { Context } from 'hono';
import { UsageError } from '../errors.js';

export const MAX_DEPTH = 32;

/** A request the server refuses with its own status and code (errors.ts maps it). */
export class RequestError extends UsageError {
  constructor(
    readonly status: 413 | 415,
    readonly code: 'too_large' | 'unsupported_media_type',
    message: string,
  ) {
    super(message);
  }
}

export interface BodyRules {
  limit: number;
  /** What the body is, for messages: "invalid scenario (request body)". */
  what: string;
  /** A valid body, for messages. */
  example: string;
}

export async function jsonBody(c: Context, { limit, what, example }: BodyRules): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new RequestError(
      415,
      'unsupported_media_type',
      `${what}: send JSON with Content-Type: application/json (got ${type === '' ? 'none' : JSON.stringify(type.slice(0, 80))}), e.g. ${example}`,
    );
  }
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(what, limit);
  const text = await readLimited(c.req.raw, limit, what);
  const depth = nesting(text);
  if (depth > MAX_DEPTH) {
    throw new UsageError(
      `${what}: nested ${depth} levels deep; at most ${MAX_DEPTH} are read. Send e.g. ${example}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(
      `${what}: not JSON. Send e.g. ${example} with Content-Type: application/json`,
    );
  }
}

function tooLarge(what: string, limit: number): RequestError {
  return new RequestError(413, 'too_large', `${what}: larger than ${limit} bytes, the most read`);
}

async function readLimited(request: Request, limit: number, what: string): Promise<string> {
  if (request.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(what, limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The deepest nesting of arrays and objects in JSON text (strings skipped). */
export function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
