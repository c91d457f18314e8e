/**
 * The curated record: `GET /api/health` (version, build time, record counts) and
 * `GET /api/episodes` (the episodes with their sources, filtered as `fineline episodes`).
 */
import { Hono } from 'hono';
import { parseEpisodeFilter } from '../domain/episode-filter.js';
import { issueMessage, UsageError } from '../errors.js';
import { listEpisodes } from '../store/episodes.js';
import type { ApiEnv } from './env.js';

export function recordRoutes(version: string) {
  return new Hono<ApiEnv>()
    .get('/health', async (c) => {
      const { db } = c.var;
      const meta = await db.query('SELECT key, value FROM meta');
      const [counts] = await db.query(
        'SELECT (SELECT count(*) FROM episodes)::INTEGER AS episodes, (SELECT count(*) FROM chronology)::INTEGER AS chronology',
      );
      const builtAt = meta.find((row) => row.key === 'builtAt')?.value;
      return c.json({
        status: 'ok' as const,
        version,
        builtAt: builtAt === undefined ? null : String(builtAt),
        counts: { episodes: Number(counts?.episodes), chronology: Number(counts?.chronology) },
      });
    })
    .get('/episodes', async (c) => {
      const parsed = parseEpisodeFilter(c.req.query());
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({
          parameter:
            issue.code === 'unrecognized_keys'
              ? issue.keys[0]
              : issue.path.length === 0
                ? undefined
                : String(issue.path[0]),
          message: issueMessage(issue),
        }));
        const summary = issues
          .map((i) => (i.parameter === undefined ? i.message : `${i.parameter}: ${i.message}`))
          .join('; ');
        throw new UsageError(`invalid query parameters: ${summary}`, {
          field: issues.find((i) => i.parameter !== undefined)?.parameter,
        });
      }
      const episodes = await listEpisodes(c.var.db, parsed.data);
      return c.json({ count: episodes.length, episodes });
    });
}
