/**
 * DNS rebinding: a page on another site can make the browser resolve its own name to
 * 127.0.0.1 and read a local server as if it were that site. The browser still sends the
 * page's name in `Host`, so a server listening on loopback answers only requests addressed to
 * a loopback name (`localhost`, `127.0.0.1`, `[::1]`, any port) and refuses the rest (421).
 * A server told to listen on another interface (`--host 0.0.0.0`) was opened on purpose: it
 * warns at startup (cli/commands/serve.ts) and accepts any Host.
 */
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return (
    LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host) || host.endsWith('.localhost')
  );
}

/** The host name of a Host header, without its port. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.replace(/:\d*$/, '');
}

export function hostCheck(listening: string): MiddlewareHandler {
  const strict = isLoopback(listening.toLowerCase());
  return async (c, next) => {
    const header = c.req.header('host');
    if (!strict || header === undefined || isLoopback(hostName(header))) return next();
    return c.json(
      errorBody(
        'misdirected',
        `this server listens on ${listening} and answers only requests addressed to localhost, 127.0.0.1 or [::1], not to "${header.slice(0, 80)}" (a page of another site could otherwise read it through DNS rebinding)`,
      ),
      421,
    );
  };
}
