/**
 * Variants: what a variant overrides or removes must exist in the base scenario; some
 * statements belong only outside variants (`scenario`, `import`, `variant`), and `remove`
 * belongs only inside one.
 */
import type { ProgramFacts } from '../facts.js';
import { closestMatch } from '../suggest.js';
import type { NameNode, RemoveStmt } from '../syntax-tree.js';
import { pairKey } from '../values.js';
import type { CheckContext } from './check-context.js';
import { didYouMean } from '../messages.js';

/**
 * Checks that what variants override or remove exists, and that statements sit inside or outside
 * variants as they must.
 */
export function checkVariants(context: CheckContext): void {
  const { facts, symbols, report } = context;
  for (const { uri, node } of facts.base.removes) {
    report({
      code: 'remove-outside-variant',
      message: '"remove" only works inside a variant; to drop a fact from the scenario, delete its statement',
      uri,
      start: node.start,
      end: node.start + 'remove'.length,
    });
  }
  if (facts.variants.length === 0) return;
  const existing = baseFactKeys(facts);
  const declared = [...symbols.states.keys()];
  for (const variant of facts.variants) {
    for (const { uri, node } of variant.facts.misplaced) {
      report({
        code: 'not-allowed-in-variant',
        message: `"${node.type.toLowerCase()}" cannot appear inside variant "${variant.name}"; put it at the top level of the file`,
        uri,
        start: node.start,
        end: node.end,
      });
    }
    for (const { uri, node } of variant.facts.states) {
      if (symbols.states.has(node.id.name)) continue;
      unknownState(
        context,
        uri,
        node.id,
        declared,
        `Variant "${variant.name}" overrides state "${node.id.name}", which the base scenario does not declare`,
      );
    }
    for (const { uri, node } of variant.facts.removes) {
      const key = removeKey(node);
      if (key === undefined || existing.get(node.what)!.has(key)) continue;
      for (const name of [node.a, node.b]) {
        if (name && !symbols.states.has(name.name)) {
          unknownState(
            context,
            uri,
            name,
            declared,
            `Variant "${variant.name}" removes a fact about "${name.name}", which the base scenario does not declare`,
          );
        }
      }
      if ((node.a && !symbols.states.has(node.a.name)) || (node.b && !symbols.states.has(node.b.name)))
        continue;
      const what =
        node.what === 'alliance'
          ? `alliance "${node.name?.value}"`
          : node.what === 'perception'
            ? `a perception of "${node.b?.name}" by "${node.a?.name}"`
            : `${node.what === 'sea' ? 'a sea link' : `a ${node.what}`} between "${node.a?.name}" and "${node.b?.name}"`;
      const suggestion =
        node.what === 'alliance' && node.name
          ? closestMatch(node.name.value, symbols.alliances.keys())
          : undefined;
      report({
        code: 'variant-unknown-fact',
        message: `Variant "${variant.name}" removes ${what}, which the base scenario does not have${didYouMean(suggestion)}`,
        uri,
        start: node.start,
        end: node.end,
        ...(suggestion && node.name
          ? {
              fixes: [
                {
                  title: `Change to "${suggestion}"`,
                  edits: [{ start: node.name.start + 1, end: node.name.end - 1, newText: suggestion }],
                  preferred: true,
                },
              ],
            }
          : {}),
      });
    }
  }
}

function unknownState(
  context: CheckContext,
  uri: string,
  name: NameNode,
  declared: readonly string[],
  message: string,
): void {
  const suggestion = closestMatch(name.name, declared);
  context.report({
    code: 'variant-unknown-fact',
    message: `${message}${didYouMean(suggestion)}`,
    uri,
    start: name.start,
    end: name.end,
    ...(suggestion
      ? {
          fixes: [
            {
              title: `Change to "${suggestion}"`,
              edits: [{ start: name.start, end: name.end, newText: suggestion }],
              preferred: true,
            },
          ],
        }
      : {}),
  });
}

function removeKey(node: RemoveStmt): string | undefined {
  if (node.what === 'alliance') return node.name?.value;
  if (!node.a || !node.b) return undefined;
  return node.what === 'perception'
    ? `${node.a.name}\u0000${node.b.name}`
    : pairKey(node.a.name, node.b.name);
}

function baseFactKeys(facts: ProgramFacts): Map<RemoveStmt['what'], Set<string>> {
  const base = facts.base;
  return new Map<RemoveStmt['what'], Set<string>>([
    ['alliance', new Set(base.alliances.map((a) => a.node.name.value))],
    ['border', new Set(base.borders.map((b) => pairKey(b.node.a.name, b.node.b.name)))],
    ['sea', new Set(base.seas.map((s) => pairKey(s.node.a.name, s.node.b.name)))],
    ['distance', new Set(base.distances.map((d) => pairKey(d.node.a.name, d.node.b.name)))],
    [
      'perception',
      new Set(base.perceptions.map((p) => `${p.node.observer.name}\u0000${p.node.target.name}`)),
    ],
  ]);
}
