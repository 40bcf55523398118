/**
 * Reusable checks for a single value: a fraction in [0, 1], a distance with its unit, a level
 * word from a table. Each reports at most one problem for the value it is given.
 */
import type { ProblemFix } from '../problem.js';
import { closestMatch } from '../suggest.js';
import type { NumberNode, WordNode } from '../syntax-tree.js';
import type { CheckContext } from './check-context.js';
import { didYouMean } from '../messages.js';

const NUMBER_CHARS = /[-0-9.eE+]*/y;

/** Offset just after a number's digits (before its unit). */
function digitsEnd(context: CheckContext, uri: string, node: NumberNode): number {
  const text = context.program.byUri.get(uri)?.text ?? '';
  NUMBER_CHARS.lastIndex = node.start;
  NUMBER_CHARS.test(text);
  return Math.max(node.start + 1, NUMBER_CHARS.lastIndex);
}

function removeUnitFix(context: CheckContext, uri: string, node: NumberNode): ProblemFix {
  return {
    title: 'Remove the unit',
    edits: [{ start: digitsEnd(context, uri, node), end: node.end, newText: '' }],
    preferred: true,
  };
}

/** A plain number: no unit at all (years, coordinates, counts). */
export function expectNoUnit(context: CheckContext, uri: string, node: NumberNode, what: string): boolean {
  if (!node.unit) return true;
  context.report({
    code: 'wrong-unit',
    message: `${what} takes no unit, not "${node.unit.name}"`,
    uri,
    start: node.unit.start,
    end: node.unit.end,
    fixes: [removeUnitFix(context, uri, node)],
  });
  return false;
}

/** A value in [0, 1], written as a number or a percentage. */
export function expectFraction(context: CheckContext, uri: string, node: NumberNode, what: string): boolean {
  if (node.unit && node.unit.name !== '%') {
    context.report({
      code: 'wrong-unit',
      message: `${what} is a fraction from 0 to 1 (or a percentage), not a distance in "${node.unit.name}"`,
      uri,
      start: node.unit.start,
      end: node.unit.end,
      fixes: [removeUnitFix(context, uri, node)],
    });
    return false;
  }
  const value = node.unit ? node.value / 100 : node.value;
  if (value < 0 || value > 1) {
    context.report({
      code: 'value-out-of-range',
      message: `${what} must be between 0 and 1 (0% to 100%), not ${node.unit ? `${node.value}%` : node.value}`,
      uri,
      start: node.start,
      end: node.end,
    });
    return false;
  }
  return true;
}

/** A number within [low, high], with no unit. */
export function expectRange(
  context: CheckContext,
  uri: string,
  node: NumberNode,
  what: string,
  low: number,
  high: number,
): boolean {
  if (!expectNoUnit(context, uri, node, what)) return false;
  if (node.value < low || node.value > high) {
    context.report({
      code: 'value-out-of-range',
      message: `${what} must be between ${low} and ${high}, not ${node.value}`,
      uri,
      start: node.start,
      end: node.end,
    });
    return false;
  }
  return true;
}

/** A distance: a non-negative number with a unit of length. */
export function expectDistance(context: CheckContext, uri: string, node: NumberNode, what: string): boolean {
  if (!node.unit) {
    context.report({
      code: 'missing-unit',
      message: `${what} ${node.value} needs a unit: km, mi or nm`,
      uri,
      start: node.start,
      end: node.end,
      fixes: (['km', 'mi', 'nm'] as const).map((unit, i) => ({
        title: `Add "${unit}"`,
        edits: [{ start: node.end, end: node.end, newText: ` ${unit}` }],
        ...(i === 0 ? { preferred: true } : {}),
      })),
    });
    return false;
  }
  if (node.unit.name === '%') {
    context.report({
      code: 'wrong-unit',
      message: `${what} is a distance and takes km, mi or nm, not "%"`,
      uri,
      start: node.unit.start,
      end: node.unit.end,
      fixes: [
        {
          title: 'Use km',
          edits: [{ start: node.unit.start, end: node.unit.end, newText: ' km' }],
          preferred: true,
        },
      ],
    });
    return false;
  }
  if (node.value < 0) {
    context.report({
      code: 'value-out-of-range',
      message: `${what} cannot be negative`,
      uri,
      start: node.start,
      end: node.end,
    });
    return false;
  }
  return true;
}

/** A word from a fixed list, with a "did you mean" fix when it is close to one. */
export function expectLevel(
  context: CheckContext,
  uri: string,
  node: WordNode,
  levels: readonly string[],
  what: string,
  code: 'unknown-level' | 'unknown-alliance-kind' = 'unknown-level',
): boolean {
  if (levels.includes(node.word)) return true;
  const suggestion = closestMatch(node.word, levels);
  context.report({
    code,
    message: `${what} "${node.word}" is not one of ${levels.join(', ')}${didYouMean(suggestion)}`,
    uri,
    start: node.start,
    end: node.end,
    ...(suggestion
      ? {
          fixes: [
            {
              title: `Change to "${suggestion}"`,
              edits: [{ start: node.start, end: node.end, newText: suggestion }],
              preferred: true,
            },
          ],
        }
      : {}),
  });
  return false;
}

/** An attribute or component given twice in one block: the last one counts. */
export function reportRepeatedAttribute(
  context: CheckContext,
  uri: string,
  stateName: string,
  word: string,
  repeat: { readonly start: number; readonly end: number },
  first: { readonly start: number; readonly end: number },
): void {
  context.report({
    code: 'duplicate-attribute',
    message: `"${word}" is given twice for state "${stateName}"; the last one counts`,
    uri,
    start: repeat.start,
    end: repeat.end,
    related: [{ uri, start: first.start, end: first.end, message: `"${word}" is first given here` }],
    fixes: [
      { title: `Remove the first "${word}"`, edits: [{ start: first.start, end: first.end, newText: '' }] },
    ],
  });
}
