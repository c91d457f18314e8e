/**
 * Maps a zod issue path inside a YAML document back to the line where it stands, so that an
 * error names the line a person has to edit, not just the field.
 */
import { type Document, isCollection, isScalar, type LineCounter, type Node } from 'yaml';

export function lineOf(
  document: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  let node: unknown = document.contents;
  let lastRange: [number, number, number] | undefined = rangeOf(node);
  for (const key of path) {
    if (!isCollection(node)) break;
    const next: unknown = node.get(typeof key === 'symbol' ? String(key) : key, true);
    if (next === undefined) break;
    node = next;
    lastRange = rangeOf(node) ?? lastRange;
  }
  return lastRange === undefined ? undefined : counter.linePos(lastRange[0]).line;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  if (isScalar(node) || isCollection(node)) {
    const range = (node as Node).range;
    return range ?? undefined;
  }
  return undefined;
}
