/**
 * PLOVER conflict–cooperation scores (−10 most conflictual … +10 most cooperative), the
 * successor of CAMEO's Goldstein scores, by event type and, where the table lists it, mode.
 *
 * Source: the PLOVER manual, "Political Language Ontology for Verifiable Event Records",
 * DRAFT Version 2.0, Open Event Data Alliance, CC BY-SA 4.0 — openeventdata/PLOVER at commit
 * 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, PLOVER_MANUAL.tex, section "Numeric
 * conflict/cooperation scores", Table "PLOVER conflict--cooperation scores"
 * (\label{tab:ploverscores}). That is the commit our CAMEO→PLOVER table (data/cameo.csv, from
 * CAMEO2PLOVER-2021.txt) comes from. The manual says the scores are a re-scaled average of two
 * expert-derived sets, anchored on a frequency-weighted average of the CAMEO Goldstein scores.
 *
 * Transcribed as printed, with one exception: the row for ACCUSE without a mode reads "3",
 * while its modes read −2 (disapprove), −3.5 (investigate) and −3.5 (allege) and an earlier,
 * commented-out table in the same file gives ACCUSE −2.0. A positive score for accusations is
 * very likely a lost minus sign, but we cannot verify that, so ACCUSE without a mode has no
 * score (null) rather than a guessed one.
 */

/** A score for an event type (mode null) or for one of its modes. */
export interface PloverScore {
  type: string;
  mode: string | null;
  score: number | null;
}

/** Type → score of the type without a mode, then mode → score (modes in lower case). */
const TABLE: Record<string, [number | null, Record<string, number>]> = {
  AGREE: [2.5, {}],
  CONSULT: [2.5, { visit: 4, 'third-party': 1, multilateral: 4, phone: 1.5 }],
  SUPPORT: [5, {}],
  CONCEDE: [4.5, {}],
  COOPERATE: [9.5, {}],
  AID: [10, {}],
  RETREAT: [
    6.5,
    { withdraw: 8, release: 6.5, disarm: 10, ceasefire: 7.5, access: 6.5, resign: 4.5 },
  ],
  REQUEST: [0, { assist: 0.5, change: -1, yield: -1, meet: 0 }],
  ACCUSE: [null, { disapprove: -2, investigate: -3.5, allege: -3.5 }],
  REJECT: [-2, { assist: -1.5, change: -2, yield: -2, meet: -2 }],
  THREATEN: [
    -3.5,
    {
      restrict: -3,
      arrest: -3.5,
      relations: -3.5,
      expel: -3.5,
      territory: -4,
      violence: -3.5,
    },
  ],
  PROTEST: [-5, { demo: -5, riot: -7, strike: -5, hunger: -4.5, boycott: -4.5, obstruct: -4.5 }],
  SANCTION: [-6, { convict: -6, expel: -5.5, withdraw: -6, discontinue: -6 }],
  MOBILIZE: [-5.5, { troops: -6.5, weapons: -6.5, police: -5.5, militia: -6 }],
  COERCE: [
    -7,
    {
      seize: -7,
      restrict: -7,
      censor: -6.5,
      curfew: -6.5,
      'martial-law': -7.5,
      arrest: -7,
      deport: -7,
      withhold: -7,
      misinformation: -6.5,
      cyber: -7,
    },
  ],
  ASSAULT: [
    -9,
    {
      abduct: -8.5,
      beat: -7.5,
      torture: -8.5,
      sexual: -8.5,
      targeted: -9.5,
      destroy: -8.5,
      primitive: -8,
      firearms: -9,
      explosives: -9,
      'suicide-attack': -9.5,
      aerial: -9.5,
      drone: -9.5,
      'heavy-weapons': -9.5,
      'crowd-control': -7.5,
      unconventional: -10,
    },
  ],
};

/** Every row of the table: one per type (mode null) and one per listed mode. */
export const PLOVER_SCORES: readonly PloverScore[] = Object.entries(TABLE).flatMap(
  ([type, [score, modes]]) => [
    { type, mode: null, score },
    ...Object.entries(modes).map(([mode, value]) => ({ type, mode, score: value })),
  ],
);

/**
 * The score of an event of this type and mode: the mode's score where the table lists the
 * mode, else the type's score; null for a type the table does not have. DEMAND, the later
 * manuals' name for REQUEST, scores as REQUEST.
 */
export function ploverScore(type: string, mode: string | null = null): number | null {
  const entry = TABLE[type === 'DEMAND' ? 'REQUEST' : type];
  if (entry === undefined) return null;
  const [base, modes] = entry;
  return (mode === null ? undefined : modes[mode.toLowerCase()]) ?? base;
}
