/**
 * Which reader reads a file. `--format auto` looks at the first line: its number of
 * tab-separated columns tells the GDELT layouts apart (57/58, 61), and a header row tells
 * ICEWS (20) and POLECAT (40). The file name only sharpens the message when the file is one
 * of GDELT's other products (mentions, GKG) rather than an events export.
 */

import { DATASETS, type Dataset } from '../domain/event-data.js';
import { UnknownFormatError } from './errors.js';
import type { Reader } from './reader.js';
import { gdelt1, gdelt2 } from './readers/gdelt.js';
import { icews } from './readers/icews.js';
import { polecat } from './readers/polecat.js';

export const READERS: Record<Dataset, Reader> = { gdelt1, gdelt2, icews, polecat };

export const FORMATS = ['auto', ...DATASETS] as const;
export type Format = (typeof FORMATS)[number];

/** The reader for a file whose first line (without its line ending) is `firstLine`. */
export function detectReader(file: string, firstLine: string): Reader {
  for (const reader of Object.values(READERS)) {
    if (reader.isHeader(firstLine)) return reader;
  }
  const columns = firstLine.split('\t').length;
  const byWidth = Object.values(READERS).find((reader) => reader.widths.includes(columns));
  if (byWidth !== undefined) return byWidth;
  const other = OTHER_PRODUCTS.find(([pattern]) => pattern.test(file));
  const hint = other === undefined ? '' : ` This looks like ${other[1]}, not an events file.`;
  throw new UnknownFormatError(
    file,
    `cannot tell the format: the first line has ${columns} tab-separated columns; expected 57 or 58 (GDELT 1.0), 61 (GDELT 2.0), 20 with a header (ICEWS) or 40 (POLECAT).${hint} Pass --format to choose one.`,
    1,
  );
}

const OTHER_PRODUCTS: [RegExp, string][] = [
  [/\.mentions\.csv(\.zip)?$/i, 'a GDELT 2.0 mentions file (16 columns)'],
  [/\.gkg\.csv(\.zip)?$/i, 'a GDELT Global Knowledge Graph file (27 columns)'],
];
