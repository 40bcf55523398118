/**
 * A model change (`FactChange`, proposed by a counterfactual) as an edit of the source: the
 * model knows facts by the states they concern, the language knows where each fact is
 * written. Perceptions, intent, offense, power shares and settings map to the statement that
 * sets them; when there is none, a statement or attribute is added.
 */
import type { FactChange } from '@threatlab/core';
import type { CheckedProgram } from '../check-program.js';
import type { TextEdit } from '../diagnostic.js';
import type { SourceDocument } from '../document.js';
import type { StateStmt } from '../syntax-tree.js';

export interface ChangeEdit {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** The edit that makes the program say `change.to`, or undefined when it cannot be written. */
export function editForChange(checked: CheckedProgram, change: FactChange): ChangeEdit | undefined {
  const value = roundToward(change.to, change.from);
  switch (change.kind) {
    case 'perception':
      return perceptionEdit(checked, change.observer, change.target, value);
    case 'intent':
    case 'offense':
    case 'power':
      return attributeEdit(checked, change.state, change.kind, value);
    case 'setting':
      return settingEdit(checked, change.name, value);
  }
}

/**
 * Two decimals, rounded away from the old value so that a threshold ("at least 0.617") is
 * still crossed after rounding.
 */
function roundToward(to: number, from: number): string {
  const scaled = to * 100;
  const rounded = to >= from ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
  return String(rounded / 100);
}

function replace(document: SourceDocument, start: number, end: number, newText: string): TextEdit {
  return { uri: document.uri, range: document.lines.range(start, end), newText };
}

function perceptionEdit(checked: CheckedProgram, observer: string, target: string, value: string): ChangeEdit | undefined {
  const title = `Set how "${observer}" sees "${target}" to ${value}`;
  let found: { uri: string; start: number; end: number } | undefined;
  for (const { uri, node } of checked.facts.base.perceptions) {
    if (node.observer.name !== observer || node.target.name !== target) continue;
    const from = node.level?.start ?? node.value?.start;
    const to = node.value?.end ?? node.level?.end;
    if (from !== undefined && to !== undefined) found = { uri, start: from, end: to };
  }
  if (found) {
    const document = checked.program.byUri.get(found.uri);
    return document ? { title, edits: [replace(document, found.start, found.end, value)] } : undefined;
  }
  // No perception yet: add one after the last perception of the root document, or at its end.
  const root = checked.program.byUri.get(checked.program.root);
  if (!root) return undefined;
  let after = -1;
  for (const item of root.file.items) if (item.type === 'Perception') after = item.end;
  return { title, edits: [insertLine(root, after, `${observer} sees ${target} as ${value}`)] };
}

function attributeEdit(checked: CheckedProgram, state: string, attribute: 'intent' | 'offense' | 'power', value: string): ChangeEdit | undefined {
  const symbol = checked.symbols.states.get(state);
  const document = symbol ? checked.program.byUri.get(symbol.uri) : undefined;
  if (!symbol || !document) return undefined;
  const title = `Set the ${attribute} of "${state}" to ${value}`;
  const statement: StateStmt = symbol.statement;
  const type = attribute === 'intent' ? 'Intent' : attribute === 'offense' ? 'Offense' : 'Power';
  let last: { start: number; end: number } | undefined;
  for (const attr of statement.attrs ?? []) {
    if (attr.type !== type) continue;
    const attrValue = (attr as { value: { type: string; start: number; end: number } }).value;
    // Power given by components has no single number to change.
    if (attrValue.type === 'Components') return undefined;
    last = attrValue;
  }
  if (last) return { title, edits: [replace(document, last.start, last.end, value)] };
  if (statement.attrs === null) {
    const at = statement.end;
    return { title, edits: [replace(document, at, at, ` { ${attribute} ${value} }`)] };
  }
  // Insert before the closing brace, or after the last attribute of an unclosed block.
  const at = statement.closed ? statement.end - 1 : statement.end;
  const before = document.text.slice(0, at);
  const needsSpace = !/\s$/.test(before);
  const multiLine = document.text.slice(statement.start, statement.end).includes('\n');
  const newText = multiLine ? `  ${attribute} ${value}\n` : `${needsSpace ? ' ' : ''}${attribute} ${value} `;
  return { title, edits: [replace(document, at, at, newText)] };
}

function settingEdit(checked: CheckedProgram, name: string, value: string): ChangeEdit | undefined {
  const title = `Set "${name}" to ${value}`;
  const weight = name.startsWith('weight-');
  const written = weight ? `weight ${name.slice('weight-'.length)} ${value}` : `${name} ${value}`;
  let found: { uri: string; start: number; end: number } | undefined;
  for (const { uri, node } of checked.facts.base.settings) {
    const nodeName = node.weight ? `weight-${node.name.word}` : node.name.word;
    if (nodeName === name) found = { uri, start: node.value.start, end: node.value.end };
  }
  if (found) {
    const document = checked.program.byUri.get(found.uri);
    const unit = name.startsWith('reach-') || name === 'sea-crossing' || name === 'default-distance' ? ' km' : '';
    return document ? { title, edits: [replace(document, found.start, found.end, `${value}${unit}`)] } : undefined;
  }
  const root = checked.program.byUri.get(checked.program.root);
  if (!root) return undefined;
  const block = checked.facts.base.settingsBlocks.find((b) => b.uri === root.uri && b.node.closed);
  if (block) {
    const at = block.node.end - 1;
    return { title, edits: [replace(root, at, at, `  ${written}\n`)] };
  }
  return { title, edits: [insertLine(root, -1, `settings { ${written} }`)] };
}

/** A new line after offset `after` (the end of a statement), or at the end of the document. */
function insertLine(document: SourceDocument, after: number, line: string): TextEdit {
  if (after >= 0) return replace(document, after, after, `\n${line}`);
  const text = document.text;
  const at = text.length;
  return replace(document, at, at, `${text.length > 0 && !text.endsWith('\n') ? '\n' : ''}${line}\n`);
}
