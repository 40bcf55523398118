/**
 * Semantic tokens: what the TextMate grammar cannot know. It colours words by their shape;
 * these tokens say which words are states (and where each is declared), alliance and variant
 * names, level words, numbers and their units, settings and power components. Keywords are
 * left to the TextMate grammar.
 */
import type { SourceDocument } from '../document.js';
import type { Item, NameNode, NumberNode, WordNode } from '../syntax-tree.js';

/** The token types the server announces, in the order their indexes are sent. */
export const SEMANTIC_TOKEN_TYPES = [
  'state',
  'alliance',
  'variant',
  'level',
  'number',
  'unit',
  'setting',
] as const;
/** A kind of semantic token. */
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** The token modifiers the server announces, in the order of their bits. */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration'] as const;
/** A modifier of a semantic token. */
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** One token an editor colours by its meaning rather than its spelling. */
export interface SemanticToken {
  /** 1-based line and column (UTF-16), as in `Position`. Tokens never span lines. */
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly declaration: boolean;
}

/** Tokens of the document in text order, optionally only those within `[start, end)` offsets. */
export function semanticTokens(document: SourceDocument, start = 0, end = Infinity): SemanticToken[] {
  const spans: { start: number; end: number; type: SemanticTokenType; declaration: boolean }[] = [];
  const add = (from: number, to: number, type: SemanticTokenType, declaration = false) => {
    if (to > from && to >= start && from < end) spans.push({ start: from, end: to, type, declaration });
  };
  const name = (node: NameNode | null, declaration = false) => {
    if (node) add(node.start, node.end, 'state', declaration);
  };
  const level = (node: WordNode | NumberNode | null) => {
    if (!node) return;
    if (node.type === 'Word') add(node.start, node.end, 'level');
    else number(node);
  };
  const text = document.text;
  const number = (node: NumberNode | null) => {
    if (!node) return;
    add(node.start, numberEnd(text, node.start, node.unit ? node.unit.start : node.end), 'number');
    if (node.unit) add(node.unit.start, node.unit.end, 'unit');
  };

  const visit = (items: readonly Item[], inVariant: boolean) => {
    for (const item of items) {
      if (item.end < start || item.start >= end) continue;
      switch (item.type) {
        case 'State':
          name(item.id, !inVariant);
          for (const attr of item.attrs ?? []) {
            switch (attr.type) {
              case 'Power':
                if (attr.value.type === 'Number') number(attr.value);
                else
                  for (const entry of attr.value.entries)
                    if (entry.type === 'Component') {
                      add(entry.key.start, entry.key.end, 'setting');
                      number(entry.value);
                    }
                break;
              case 'Offense':
              case 'Intent':
              case 'Reach':
                level(attr.value);
                break;
              case 'Capital':
                number(attr.lat);
                number(attr.lon);
                break;
              default:
                break;
            }
          }
          break;
        case 'Scenario':
          for (const entry of item.entries) if (entry.type === 'Year') number(entry.value);
          break;
        case 'Border':
          for (const pair of item.pairs) {
            name(pair.a);
            name(pair.b);
          }
          break;
        case 'Sea':
        case 'Distance':
          name(item.a);
          name(item.b);
          number(item.distance);
          break;
        case 'Perception':
          name(item.observer);
          name(item.target);
          level(item.level);
          number(item.value);
          break;
        case 'Alliance':
          add(item.name.start, item.name.end, 'alliance', !inVariant);
          add(item.kind.start, item.kind.end, 'level');
          number(item.year);
          for (const member of item.members) name(member);
          break;
        case 'Expect':
          name(item.subject);
          name(item.target);
          name(item.other);
          break;
        case 'Settings':
          for (const entry of item.entries)
            if (entry.type === 'Setting') {
              add(entry.name.start, entry.name.end, 'setting');
              number(entry.value);
            }
          break;
        case 'Variant':
          add(item.name.start, item.name.end, 'variant', true);
          visit(item.items, true);
          break;
        case 'Remove':
          if (item.name) add(item.name.start, item.name.end, 'alliance');
          name(item.a);
          name(item.b);
          break;
        default:
          break;
      }
    }
  };
  visit(document.file.items, false);
  spans.sort((a, b) => a.start - b.start);

  const lines = document.lines;
  const tokens: SemanticToken[] = [];
  for (const span of spans) {
    const position = lines.position(span.start);
    // A token never crosses a line (an unclosed string stops at its line's end anyway).
    const lineEnd = lines.lineEnd(position.line);
    const length = Math.min(span.end, lineEnd) - span.start;
    if (length > 0)
      tokens.push({
        line: position.line,
        column: position.column,
        length,
        type: span.type,
        declaration: span.declaration,
      });
  }
  return tokens;
}

/** Where the digits of a number end (before a unit such as ` km` or `%`). */
function numberEnd(text: string, start: number, limit: number): number {
  let end = start;
  if (text.charCodeAt(end) === 45) end++;
  while (end < limit) {
    const c = text.charCodeAt(end);
    if ((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45) end++;
    else break;
  }
  return end;
}
