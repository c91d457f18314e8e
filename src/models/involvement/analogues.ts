/**
 * Historical analogues: the episodes most like a scenario. Similarity is a Gower-style mean
 * of four component similarities, each in [0, 1], equally weighted (docs/model.md §6):
 *   issue        1 if the same primary issue, else 0
 *   security     1 if security cooperation is at stake in both or in neither, else 0
 *   escalation   1 − |Δ escalation| / 3
 *   nk           1 − |Δ log(1 + North Korean tests in 12 months)| / range over the episodes
 * plus, only when the scenario names instruments, a fifth component: the Jaccard overlap of
 * instruments. Ties break by the more recent episode. Each analogue says why it is similar.
 */
import type { Case } from './cases.js';
import type { Features } from './features.js';

export interface AnalogueQuery {
  features: Features;
  instruments?: readonly string[];
}

export interface Analogue {
  id: string;
  title: string;
  start: string;
  similarity: number;
  usInvolvement: number;
  why: string;
}

export function analogues(query: AnalogueQuery, cases: readonly Case[], k: number): Analogue[] {
  const activity = cases.map((c) => c.features.nkActivity);
  const range =
    Math.max(...activity, query.features.nkActivity) -
    Math.min(...activity, query.features.nkActivity);
  return cases
    .map((c) => {
      const components = compare(query, c, range);
      const similarity = components.reduce((sum, part) => sum + part.score, 0) / components.length;
      return { c, similarity, components };
    })
    .sort((a, b) => b.similarity - a.similarity || b.c.start.localeCompare(a.c.start))
    .slice(0, k)
    .map(({ c, similarity, components }) => ({
      id: c.id,
      title: c.title,
      start: c.start,
      similarity: Math.round(similarity * 100) / 100,
      usInvolvement: c.y,
      why:
        components
          .filter((part) => part.score >= 0.75)
          .map((part) => part.reason)
          .join('; ') || 'closest on the remaining features',
    }));
}

interface Component {
  score: number;
  reason: string;
}

function compare(query: AnalogueQuery, c: Case, nkRange: number): Component[] {
  const q = query.features;
  const f = c.features;
  const parts: Component[] = [
    { score: q.issue === f.issue ? 1 : 0, reason: `same primary issue (${f.issue})` },
    {
      score: q.securityCooperationAtStake === f.securityCooperationAtStake ? 1 : 0,
      reason: f.securityCooperationAtStake
        ? 'security cooperation at stake in both'
        : 'no security-cooperation instrument at stake in either',
    },
    {
      score: 1 - Math.abs(q.escalation - f.escalation) / 3,
      reason:
        q.escalation === f.escalation
          ? `same escalation (${f.escalation})`
          : `escalation ${f.escalation} against ${q.escalation}`,
    },
    {
      score: nkRange === 0 ? 1 : 1 - Math.abs(q.nkActivity - f.nkActivity) / nkRange,
      reason: `similar North Korean activity beforehand (${describeTests(f)})`,
    },
  ];
  if (query.instruments !== undefined && query.instruments.length > 0) {
    const mine = new Set(query.instruments);
    const theirs = new Set(c.instruments);
    const shared = [...mine].filter((i) => theirs.has(i));
    const union = new Set([...mine, ...theirs]).size;
    parts.push({
      score: union === 0 ? 1 : shared.length / union,
      reason: `shares instruments (${shared.join(', ')})`,
    });
  }
  return parts;
}

function describeTests(f: Features): string {
  return f.nkTests12m === null
    ? 'before the series; from the coder’s reading'
    : `${f.nkTests12m} launches or tests in the prior 12 months`;
}
