/**
 * Which measure of power a state's `power { ... }` block gives: the six CINC components, or
 * GDP and military spending. Shared by the power check and by lowering.
 */
import {
  CINC_COMPONENTS,
  ECONOMY_COMPONENTS,
  type CincComponent,
  type EconomyComponent,
} from '@threatlab/core';
import type { ComponentNode, ComponentsNode } from './syntax-tree.js';

/** Every power component the model knows: the CINC components and the economic ones. */
export const KNOWN_COMPONENTS: readonly string[] = [
  ...new Set<string>([...CINC_COMPONENTS, ...ECONOMY_COMPONENTS]),
];

/** A components block read as one measure of power, or why it is none. */
export type ComponentMeasure =
  | { readonly kind: 'cinc'; readonly values: Record<CincComponent, number> }
  | { readonly kind: 'economy'; readonly values: Record<EconomyComponent, number> }
  | {
      readonly kind: 'incomplete';
      readonly missing: readonly string[];
      readonly closest: 'cinc' | 'economy';
    };

/** The last value given for each known component. */
export function componentValues(block: ComponentsNode): Map<string, ComponentNode> {
  const values = new Map<string, ComponentNode>();
  for (const entry of block.entries) {
    if (entry.type === 'Component' && KNOWN_COMPONENTS.includes(entry.key.word))
      values.set(entry.key.word, entry);
  }
  return values;
}

/** Which measure a `power { ... }` block gives, from the components it names. */
export function classifyComponents(block: ComponentsNode): ComponentMeasure {
  const given = componentValues(block);
  const keys = new Set(given.keys());
  const valueOf = (key: string) => Math.max(0, given.get(key)?.value.value ?? 0);
  // Exactly GDP and military spending is the economic measure; anything else that includes a
  // CINC-only component is read as an attempt at CINC.
  if (keys.size === 2 && keys.has('gdp') && keys.has('milex')) {
    return { kind: 'economy', values: { gdp: valueOf('gdp'), milex: valueOf('milex') } };
  }
  const cincMissing = CINC_COMPONENTS.filter((c) => !keys.has(c));
  if (cincMissing.length === 0 && !keys.has('gdp')) {
    return {
      kind: 'cinc',
      values: Object.fromEntries(CINC_COMPONENTS.map((c) => [c, valueOf(c)])) as Record<
        CincComponent,
        number
      >,
    };
  }
  if (keys.has('gdp')) {
    const economyMissing = ECONOMY_COMPONENTS.filter((c) => !keys.has(c));
    return { kind: 'incomplete', missing: economyMissing, closest: 'economy' };
  }
  return { kind: 'incomplete', missing: cincMissing, closest: 'cinc' };
}
