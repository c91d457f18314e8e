/**
 * A failure of a whole file (unreadable, empty, truncated zip, not the expected format): the
 * file is reported with this message and the database is left as it was before the file.
 * Row-level problems are not errors: those rows go to the `quarantine` table.
 */
import { FinelineError } from '../errors.js';

export class IngestFileError extends FinelineError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`, options);
  }
}

/** The file is not in any event-data format Fineline reads (a lookup table, a codebook…). */
export class UnknownFormatError extends IngestFileError {}
