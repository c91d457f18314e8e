/**
 * The vocabularies of machine-coded event data: the datasets Fineline reads, and what can
 * happen to a GDELT file slot when it is fetched (docs/ingest.md, docs/fetch.md).
 */

/** Datasets Fineline reads. */
export const DATASETS = ['gdelt1', 'gdelt2', 'icews', 'polecat'] as const;
export type Dataset = (typeof DATASETS)[number];

/** What happened to one expected GDELT file in a `fineline fetch` run. */
export const SLOT_STATUSES = ['downloaded', 'skipped', 'missing', 'empty', 'failed'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];
