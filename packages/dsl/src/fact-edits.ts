/**
 * A model input change (`FactChange`: a counterfactual, a what-if) as an edit of the source
 * text: the statement that states the fact gets the new value, or a statement is added where
 * the fact was left to a default. Used for the "apply the counterfactual" fix.
 */
import { INTENT_LEVELS, settingDescriptor, trimmed, type FactChange } from '@threatlab/core';
import type { CheckedProgram } from './check-program.js';
import type { OffsetEdit } from './problem.js';
import type { Attribute, NumberNode, StateStmt, WordNode } from './syntax-tree.js';
import { endsLine, hasLineBreak, lineStartAt } from './line-index.js';

/** A number as it should be written in a file: at most three decimals, no trailing zeros. */
export function formatValue(value: number): string {
  return trimmed(value, 3);
}

/** The intent level closest to a value, to keep a perception readable: `hostile 0.62`. */
export function nearestIntentLevel(value: number): string {
  let best = 'status-quo';
  let distance = Infinity;
  for (const [level, levelValue] of Object.entries(INTENT_LEVELS)) {
    if (Math.abs(levelValue - value) < distance) {
      best = level;
      distance = Math.abs(levelValue - value);
    }
  }
  return best;
}

/** The edit that makes the program state `change.to`, or undefined when there is no sensible one. */
export function editForChange(checked: CheckedProgram, change: FactChange): OffsetEdit | undefined {
  const { facts, symbols, program } = checked;
  switch (change.kind) {
    case 'perception': {
      const statement = facts.base.perceptions.find(
        (p) => p.node.observer.name === change.observer && p.node.target.name === change.target,
      );
      const text = `${nearestIntentLevel(change.to)} ${formatValue(change.to)}`;
      if (statement) {
        const node = statement.node;
        const from = (node.level ?? node.value)!;
        const to = node.value ?? node.level!;
        return { uri: statement.uri, start: from.start, end: to.end, newText: text };
      }
      const observer = symbols.states.get(change.observer);
      if (!observer) return undefined;
      return appendLine(checked, program.root, `${change.observer} sees ${change.target} as ${text}`);
    }
    case 'intent':
    case 'offense':
    case 'power': {
      const symbol = symbols.states.get(change.state);
      if (!symbol) return undefined;
      const type = change.kind === 'intent' ? 'Intent' : change.kind === 'offense' ? 'Offense' : 'Power';
      const attribute = lastAttribute(symbol.statement, type);
      if (attribute) {
        const value = (attribute as { value: NumberNode | WordNode | { type: 'Components' } }).value;
        if (value.type === 'Components') return undefined;
        return { uri: symbol.uri, start: value.start, end: value.end, newText: formatValue(change.to) };
      }
      return insertAttribute(
        checked,
        symbol.uri,
        symbol.statement,
        `${change.kind} ${formatValue(change.to)}`,
      );
    }
    case 'setting': {
      const descriptor = settingDescriptor(change.name);
      if (!descriptor) return undefined;
      const written = change.name.startsWith('weight-')
        ? `weight ${change.name.slice('weight-'.length)}`
        : change.name;
      const value = `${formatValue(change.to)}${descriptor.kind === 'km' ? ' km' : ''}`;
      const existing = [...facts.base.settings]
        .reverse()
        .find((s) => (s.node.weight ? `weight-${s.node.name.word}` : s.node.name.word) === change.name);
      if (existing)
        return {
          uri: existing.uri,
          start: existing.node.value.start,
          end: existing.node.value.end,
          newText: value,
        };
      return appendLine(checked, program.root, `settings { ${written} ${value} }`);
    }
  }
}

function lastAttribute(state: StateStmt, type: Attribute['type']): Attribute | undefined {
  let found: Attribute | undefined;
  for (const attr of state.attrs ?? []) if (attr.type === type) found = attr as Attribute;
  return found;
}

/** Adds an attribute before the block's `}`, or a block after the state's name. */
function insertAttribute(
  checked: CheckedProgram,
  uri: string,
  state: StateStmt,
  attribute: string,
): OffsetEdit | undefined {
  const text = checked.program.byUri.get(uri)?.text;
  if (text === undefined) return undefined;
  if (state.attrs === null) {
    const at = (state.name ?? state.id).end;
    return { uri, start: at, end: at, newText: ` { ${attribute} }` };
  }
  if (!state.closed) return undefined;
  const close = state.end - 1;
  if (hasLineBreak(text, state.start, state.end)) {
    const lineStart = lineStartAt(text, close);
    return { uri, start: lineStart, end: lineStart, newText: `  ${attribute}\n` };
  }
  const before = text[close - 1] === ' ' ? close - 1 : close;
  return { uri, start: before, end: before, newText: `  ${attribute}` };
}

function appendLine(checked: CheckedProgram, uri: string, line: string): OffsetEdit | undefined {
  const text = checked.program.byUri.get(uri)?.text;
  if (text === undefined) return undefined;
  const prefix = endsLine(text) ? '' : '\n';
  return { uri, start: text.length, end: text.length, newText: `${prefix}${line}\n` };
}
