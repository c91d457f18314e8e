/** Reads one YAML document and validates it, reporting problems with their lines. */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type DataProblem, issueMessage } from '../errors.js';
import { lineOf } from './location.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] };

/** Parses `text` (the contents of `file`) as YAML and validates it against `schema`. */
export function parseYaml<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  recordOf: (raw: unknown) => string | undefined = () => undefined,
): Parsed<z.infer<S>> {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line,
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  let raw: unknown;
  try {
    // No aliases: the bundle never needs them, and nested ones expand exponentially.
    raw = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file,
          message: `YAML aliases (*name) are not allowed in the bundle: write the value out (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const record = recordOf(raw);
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      record,
      field: issue.path.map(String).join('.'),
      line: lineOf(document, counter, issue.path),
      message: issueMessage(issue),
    })),
  };
}
