/**
 * The CAMEO event-code table (data/cameo.csv): name, Goldstein score, GDELT quad class and the
 * PLOVER category, mode and contexts it maps to (scripts/cameo-table.ts says how it was made).
 */
import { z } from 'zod';

export const CAMEO_COLUMNS = [
  'code',
  'name',
  'goldstein',
  'quadClass',
  'plover',
  'ploverMode',
  'ploverContexts',
  'ploverMapping',
] as const;

const blank = (value: unknown) => (value === '' ? null : value);

export const CameoCode = z.strictObject({
  code: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2–4 digits'),
  name: z.string().min(1),
  goldstein: z.coerce.number().min(-10).max(10),
  quadClass: z.coerce.number().int().min(1).max(4),
  plover: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[A-Z]+$/)
      .nullable(),
  ),
  ploverMode: z.preprocess(blank, z.string().nullable()),
  ploverContexts: z.string().transform((text) => (text === '' ? [] : text.split(';'))),
  ploverMapping: z.enum(['direct', 'inherited', 'none']),
});
export type CameoCode = z.infer<typeof CameoCode>;
