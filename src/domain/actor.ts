/**
 * Actors and their code crosswalk. Event data name states by CAMEO codes (KOR), GDELT's
 * geography by FIPS 10-4 (KS), POLECAT and most datasets by ISO 3166 (KR/KOR), and the
 * Correlates of War project by its own numbers (732) and abbreviations (ROK).
 */
import { z } from 'zod';

const upper = (length: number) =>
  z.string().regex(new RegExp(`^[A-Z]{${length}}$`), `expected ${length} upper-case letters`);

export const Actor = z.strictObject({
  cameo: upper(3),
  name: z.string().min(1),
  iso3: upper(3),
  iso2: upper(2),
  fips: upper(2),
  cowCode: z.number().int().positive(),
  cowAbbrev: upper(3),
  /** Country names as ICEWS spells them, for its readers. */
  icewsNames: z.array(z.string().min(1)).min(1),
});
export type Actor = z.infer<typeof Actor>;

export const ActorTable = z.array(Actor).superRefine((actors, ctx) => {
  for (const key of ['cameo', 'iso3', 'iso2', 'fips', 'cowCode'] as const) {
    const seen = new Set<unknown>();
    actors.forEach((actor, index) => {
      if (seen.has(actor[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [index, key],
          message: `duplicate ${key} ${String(actor[key])}`,
        });
      }
      seen.add(actor[key]);
    });
  }
});
