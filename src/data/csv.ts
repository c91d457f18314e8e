/** Reads a CSV file with a header row into validated records, reporting problems by line. */
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { type DataProblem, issueMessage } from '../errors.js';

export interface CsvResult<T> {
  records: { value: T; line: number }[];
  problems: DataProblem[];
}

/**
 * Parses `text` as RFC 4180 CSV whose header must be exactly `columns`, and validates each
 * row against `schema`. Bad rows become problems naming file, line, record and field.
 */
export function parseCsv<S extends z.ZodType>(
  file: string,
  text: string,
  columns: readonly string[],
  schema: S,
): CsvResult<z.infer<S>> {
  const problems: DataProblem[] = [];
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      info: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      records: [],
      problems: [{ file, line, message: `CSV syntax: ${(error as Error).message}` }],
    };
  }
  const [header, ...body] = rows;
  if (header === undefined) return { records: [], problems: [] };
  if (header.record.join(',') !== columns.join(',')) {
    return {
      records: [],
      problems: [
        {
          file,
          line: 1,
          message: `header must be exactly: ${columns.join(',')} (found: ${header.record.join(',')})`,
        },
      ],
    };
  }
  const records: CsvResult<z.infer<S>>['records'] = [];
  for (const { record: cells, info } of body) {
    const line = info.lines;
    const id = cells[0];
    if (cells.length !== columns.length) {
      problems.push({
        file,
        line,
        record: id,
        message: `expected ${columns.length} fields, found ${cells.length} (quote fields that contain commas)`,
      });
      continue;
    }
    const row = Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
    const result = schema.safeParse(row, { reportInput: true });
    if (result.success) records.push({ value: result.data, line });
    else {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          line,
          record: id,
          field: issue.path.map(String).join('.'),
          message: issueMessage(issue),
        });
      }
    }
  }
  return { records, problems };
}
