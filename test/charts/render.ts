/**
 * Renders a chart spec as the dashboard would, without a browser: vega-lite compiles it and
 * Vega draws it to SVG in this process. Warnings from either are collected, so a test can say
 * that a spec draws cleanly (no "Infinite extent", no conflicting domains). A spec sized to
 * its container is given a fixed width first: Node has no container.
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface Rendered {
  svg: string;
  warnings: string[];
  view: View;
}

export async function render(spec: TopLevelSpec, width = 600): Promise<Rendered> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      warnings.push(args.join(' '));
      return logger;
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const sized = (spec as { width?: unknown }).width === 'container' ? { ...spec, width } : spec;
  const compiled = compile(sized as TopLevelSpec, { logger: logger as never }).spec;
  const view = new View(parse(compiled), { renderer: 'none', logger: logger as never });
  const svg = await view.toSVG();
  return { svg, warnings, view };
}

/** The SVG groups of one named mark (vega-lite names a layer's mark `<name>_marks`). */
export function markGroup(svg: string, role: string, index = 0): string {
  const groups = svg.match(new RegExp(`<g class="mark-${role} role-mark[^"]*"[^>]*>.*?</g>`, 'g'));
  return groups?.[index] ?? '';
}

/** Count of elements of a tag in an SVG fragment. */
export function count(fragment: string, tag: string): number {
  return fragment.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
}

/** The value at a dotted path in a spec ("encoding.size.scale.range"), or undefined. */
export function pick(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The layer of a layered spec with this name. */
export function layerNamed(spec: TopLevelSpec, name: string): unknown {
  const layers = pick(spec, 'layer');
  return Array.isArray(layers) ? layers.find((l) => pick(l, 'name') === name) : undefined;
}

interface SceneNode {
  marktype?: string;
  name?: string;
  items?: SceneNode[];
  datum?: unknown;
  tooltip?: unknown;
  shape?: unknown;
}

/** The scene items of the mark vega-lite made for a named layer (`<name>_marks`). */
export function sceneItems(view: View, layer: string): SceneNode[] {
  const found: SceneNode[] = [];
  const walk = (node: SceneNode) => {
    if (node.name === `${layer}_marks`) found.push(...(node.items ?? []));
    else for (const child of node.items ?? []) walk(child);
  };
  walk((view.scenegraph() as unknown as { root: SceneNode }).root);
  return found;
}
