/** What every command is handed: where to print, the process environment and stdin. */
import type { Output } from './output.js';

export interface Stdin extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

export interface CommandContext {
  output: Output;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin?: Stdin | undefined;
  /** The command line, as others waiting for the database are told (`fineline ingest …`). */
  command?: string | undefined;
}
