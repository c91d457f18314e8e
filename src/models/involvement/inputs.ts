/**
 * What the involvement model is fitted from: the episodes and the monthly North Korean
 * series. The model defines the shape; store/model-inputs.ts reads it from the database, so
 * the dependency runs one way (store → models).
 */
import type { EpisodeInput } from './cases.js';
import type { NkMonth } from './features.js';

export interface ModelInputs {
  episodes: EpisodeInput[];
  series: NkMonth[];
}
