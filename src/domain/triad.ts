/**
 * The triad under study: a patron and two allies whose disputes it may step into, plus the
 * context actors whose behaviour drives the patron's perception of risk. Configuration, not
 * constants: the same code serves the US between Greece and Turkey.
 */
import { z } from 'zod';

const code = z.string().regex(/^[A-Z]{3}$/, 'expected a CAMEO country code such as KOR');

export const Triad = z
  .strictObject({
    name: z.string().min(1),
    patron: code,
    allies: z.tuple([code, code]),
    context: z.array(code),
  })
  .refine((t) => new Set([t.patron, ...t.allies, ...t.context]).size === 3 + t.context.length, {
    message: 'patron, allies and context actors must all be different',
  });
export type Triad = z.infer<typeof Triad>;

/** Every actor code of the triad, patron first. */
export function triadActors(triad: Triad): string[] {
  return [triad.patron, ...triad.allies, ...triad.context];
}
