/**
 * The CAMEO event-code table (data/cameo.csv): name, Goldstein score, GDELT quad class and the
 * PLOVER category, mode and contexts it maps to (scripts/cameo-table.ts says how it was made).
 */
import { z } from 'zod';
import { blankAsNull, columnsOf } from './vocabulary.js';

export const CameoCode = z.strictObject({
  code: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2–4 digits'),
  name: z.string().min(1),
  goldstein: z.coerce.number().min(-10).max(10),
  quadClass: z.coerce.number().int().min(1).max(4),
  plover: blankAsNull(z.string().regex(/^[A-Z]+$/)),
  ploverMode: blankAsNull(z.string()),
  ploverContexts: z.string().transform((text) => (text === '' ? [] : text.split(';'))),
  ploverMapping: z.enum(['direct', 'inherited', 'none']),
});
export type CameoCode = z.infer<typeof CameoCode>;
export const CAMEO_COLUMNS = columnsOf(CameoCode);
