/**
 * An episode of the two allies' relations — a dispute, a rapprochement or a US initiative —
 * with the patron's involvement coded (docs/codebook.md, docs/data-format.md).
 */
import { z } from 'zod';
import { Instrument } from './instrument.js';
import { EpisodeField, EpisodeSource } from './source.js';
import {
  Confidence,
  EpisodeKind,
  InvolvementLevel,
  IsoDate,
  Issue,
  Outcome,
  Scale0to3,
} from './vocabulary.js';

export const EPISODE_ID = /^E\d{4}-[A-Z0-9]+(-[A-Z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');

export const Episode = z
  .strictObject({
    id: z.string().regex(EPISODE_ID, 'expected an id like E2019-GSOMIA-TERMINATION'),
    title: text,
    start: IsoDate,
    end: IsoDate.nullable(),
    kind: EpisodeKind,
    issue: Issue,
    secondaryIssues: z.array(Issue).default([]),
    description: text,
    usResponse: z.strictObject({
      summary: text,
      actors: z.array(text).default([]),
    }),
    usInvolvement: InvolvementLevel,
    usInvolvementRationale: text,
    usInvolvementAlternative: z.strictObject({ level: InvolvementLevel, why: text }).optional(),
    securityCooperationAtStake: z.boolean(),
    instruments: z.array(Instrument),
    escalation: Scale0to3,
    /** The highest escalation in the first 30 days (codebook §5.1); null until coded. */
    escalationAtTrigger: Scale0to3.nullable().default(null),
    northKoreaThreat: Scale0to3,
    outcome: Outcome,
    sources: z.array(EpisodeSource).min(1, 'every episode needs at least one source').max(3),
    confidence: z.strictObject({
      dates: Confidence,
      description: Confidence,
      usResponse: Confidence,
      usInvolvement: Confidence,
      covariates: Confidence,
      outcome: Confidence,
    }),
    notes: z.string().optional(),
  })
  .superRefine((episode, ctx) => {
    if (episode.end !== null && episode.end < episode.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end ${episode.end} is before start ${episode.start}`,
      });
    }
    if (episode.secondaryIssues.includes(episode.issue)) {
      ctx.addIssue({
        code: 'custom',
        path: ['secondaryIssues'],
        message: `repeats the primary issue "${episode.issue}"`,
      });
    }
    if (episode.usInvolvementAlternative?.level === episode.usInvolvement) {
      ctx.addIssue({
        code: 'custom',
        path: ['usInvolvementAlternative', 'level'],
        message: 'the alternative coding must differ from the coding chosen',
      });
    }
    for (const field of EpisodeField.options) {
      const supported = episode.sources.some((source) => source.supports.includes(field));
      if (episode.confidence[field] === 'verified' && !supported) {
        ctx.addIssue({
          code: 'custom',
          path: ['confidence', field],
          message: `is "verified" but no source lists "${field}" in its supports`,
        });
      }
    }
  });
export type Episode = z.infer<typeof Episode>;
