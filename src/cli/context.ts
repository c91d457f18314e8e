/** What every command is handed: where to print, and the process environment. */
import type { Output } from './output.js';

export interface CommandContext {
  output: Output;
  env: NodeJS.ProcessEnv;
  cwd: string;
}
