/**
 * Facts about pairs and groups of states: no state borders, sees, allies with or is compared
 * with itself; a fact stated twice is flagged, and twice with different values is an error;
 * alliances have at least two distinct members.
 */
import type { FactSet } from '../facts.js';
import type { NameNode, NumberNode } from '../syntax-tree.js';
import { intentOf, kilometresOf, pairKey } from '../values.js';
import type { CheckContext } from './check-context.js';
import { trimmed } from '@threatlab/core';

interface Seen {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly value: number | undefined;
}

/** Checks the facts about pairs and groups of states, in the base scenario and in each variant. */
export function checkFacts(context: CheckContext): void {
  checkFactSet(context, context.facts.base);
  for (const variant of context.facts.variants) checkFactSet(context, variant.facts);
}

function checkFactSet(context: CheckContext, facts: FactSet): void {
  const selfReference = (uri: string, a: NameNode | null, b: NameNode | null, what: string) => {
    if (!a || !b || a.name !== b.name) return false;
    context.report({
      code: 'self-reference',
      message: `State "${a.name}" ${what} itself`,
      uri,
      start: a.start,
      end: b.end,
    });
    return true;
  };

  const borders = new Map<string, Seen>();
  for (const { uri, node } of facts.borders) {
    if (selfReference(uri, node.a, node.b, 'borders')) continue;
    // No removal fix for a border: the pair may share its statement with others.
    repeated(
      context,
      borders,
      pairKey(node.a.name, node.b.name),
      { uri, start: node.start, end: node.end, value: undefined },
      `The border between "${node.a.name}" and "${node.b.name}"`,
      'km',
      false,
    );
  }
  const seas = new Map<string, Seen>();
  for (const { uri, node } of facts.seas) {
    if (selfReference(uri, node.a, node.b, 'has a sea link with')) continue;
    repeated(
      context,
      seas,
      pairKey(node.a.name, node.b.name),
      located(uri, node.start, node.end, node.distance),
      `The sea link between "${node.a.name}" and "${node.b.name}"`,
      'km',
    );
  }
  const distances = new Map<string, Seen>();
  for (const { uri, node } of facts.distances) {
    if (selfReference(uri, node.a, node.b, 'has a distance to')) continue;
    repeated(
      context,
      distances,
      pairKey(node.a.name, node.b.name),
      located(uri, node.start, node.end, node.distance),
      `The distance between "${node.a.name}" and "${node.b.name}"`,
      'km',
    );
  }
  const perceptions = new Map<string, Seen>();
  for (const { uri, node } of facts.perceptions) {
    if (selfReference(uri, node.observer, node.target, 'sees')) continue;
    const value = node.value
      ? node.value.unit?.name === '%'
        ? node.value.value / 100
        : node.value.value
      : node.level
        ? intentOf(node.level)
        : undefined;
    repeated(
      context,
      perceptions,
      `${node.observer.name}\u0000${node.target.name}`,
      { uri, start: node.start, end: node.end, value },
      `How "${node.observer.name}" sees "${node.target.name}"`,
      '',
    );
  }
  for (const { uri, node } of facts.claims) {
    if (node.verb === 'balances' || node.verb === 'bandwagons') {
      selfReference(
        uri,
        node.subject,
        node.target,
        node.verb === 'balances' ? 'is claimed to balance against' : 'is claimed to bandwagon with',
      );
    } else if (node.verb === 'threatens') {
      if (!selfReference(uri, node.subject, node.target, 'is claimed to threaten')) {
        if (!selfReference(uri, node.subject, node.other, 'is compared with'))
          selfReference(uri, node.target, node.other, 'is compared with');
      }
    }
  }
  for (const { uri, node } of facts.removes) selfReference(uri, node.a, node.b, 'is paired with');

  for (const { uri, node } of facts.alliances) {
    const members = new Map<string, NameNode>();
    for (const member of node.members) {
      const first = members.get(member.name);
      if (first) {
        context.report({
          code: 'duplicate-member',
          message: `"${member.name}" is listed twice in alliance "${node.name.value}"`,
          uri,
          start: member.start,
          end: member.end,
          related: [{ uri, start: first.start, end: first.end, message: 'first listed here' }],
        });
      } else members.set(member.name, member);
    }
    if (members.size < 2) {
      context.report({
        code: 'alliance-too-small',
        message: `Alliance "${node.name.value}" has ${members.size === 1 ? 'one member' : 'no members'}; an alliance needs at least two`,
        uri,
        start: node.name.start,
        end: node.name.end,
      });
    }
  }
}

function located(uri: string, start: number, end: number, distance: NumberNode): Seen {
  return { uri, start, end, value: kilometresOf(distance) };
}

/** Reports a fact seen before: a warning when the values agree, an error when they differ. */
function repeated(
  context: CheckContext,
  seen: Map<string, Seen>,
  key: string,
  current: Seen,
  what: string,
  unit: string,
  removable = true,
): void {
  const first = seen.get(key);
  if (!first) {
    seen.set(key, current);
    return;
  }
  const same =
    first.value === current.value ||
    (first.value !== undefined &&
      current.value !== undefined &&
      Math.abs(first.value - current.value) < 1e-9);
  const related = [{ uri: first.uri, start: first.start, end: first.end, message: 'first stated here' }];
  if (same) {
    context.report({
      code: 'duplicate-fact',
      message: `${what} is stated twice`,
      uri: current.uri,
      start: current.start,
      end: current.end,
      related,
      ...(removable
        ? {
            fixes: [
              {
                title: 'Remove this repetition',
                edits: [{ start: current.start, end: current.end, newText: '' }],
              },
            ],
          }
        : {}),
    });
  } else {
    const show = (v: number | undefined) =>
      v === undefined ? '?' : `${trimmed(v, 3)}${unit ? ` ${unit}` : ''}`;
    context.report({
      code: 'contradictory-facts',
      message: `${what} is stated twice with different values: ${show(first.value)} and ${show(current.value)}`,
      uri: current.uri,
      start: current.start,
      end: current.end,
      related,
    });
  }
}
