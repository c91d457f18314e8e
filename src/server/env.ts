/**
 * What every API route is handed: a read connection to the database for the length of the
 * request (host.ts), and the database's generation, which caches of derived results key on.
 */
import type { Database } from '../store/database.js';

export interface ApiEnv {
  Variables: {
    db: Database;
    generation: number;
  };
}
