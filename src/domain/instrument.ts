/** The closed list of security-cooperation instruments (docs/codebook.md §4). */
import { z } from 'zod';

export const Instrument = z.enum([
  'gsomia',
  'tisa',
  'trilateral-exercises',
  'missile-warning-data-sharing',
  'tcog',
  'trilateral-summit',
  'trilateral-ministerial',
  'camp-david-commitments',
  'defence-exchanges',
  'base-access-korea-contingency',
  'security-linked-aid',
  'kedo',
  'six-party-coordination',
  'other-security',
]);
export type Instrument = z.infer<typeof Instrument>;
