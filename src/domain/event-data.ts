/**
 * The vocabularies of machine-coded event data: the datasets Fineline reads, and what can
 * happen to a GDELT file slot when it is fetched (docs/ingest.md, docs/fetch.md).
 */

/** Datasets Fineline reads. */
export const DATASETS = ['gdelt1', 'gdelt2', 'icews', 'polecat'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Where a relations index draws its events from ('gdelt' is GDELT 1.0 and 2.0 together). */
export const INDEX_SOURCES = ['gdelt', 'icews', 'polecat', 'chronology'] as const;
export type IndexSource = (typeof INDEX_SOURCES)[number];

/** The periods an index is computed by. */
export const FREQUENCIES = ['day', 'week', 'month'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** What happened to one expected GDELT file in a `fineline fetch` run. */
export const SLOT_STATUSES = ['downloaded', 'skipped', 'missing', 'empty', 'failed'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];
