/**
 * Document symbols (the outline) and workspace symbols. Both read only syntax trees, so a file
 * that does not check still has an outline, and workspace symbols need no checking at all.
 */
import type { Location, Range } from '../diagnostic.js';
import type { SourceDocument } from '../document.js';
import type { Item } from '../syntax-tree.js';

/** What an outline entry is. */
export type SymbolKind = 'scenario' | 'import' | 'state' | 'alliance' | 'claim' | 'settings' | 'variant';

/** An entry of a document's outline, with the entries nested in it. */
export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** The whole statement. */
  readonly range: Range;
  /** The name within it. */
  readonly selectionRange: Range;
  readonly children: readonly DocumentSymbol[];
}

/**
 * The outline of a document: header, imports, states, alliances, claims, settings and variants
 * with their statements.
 */
export function documentSymbols(document: SourceDocument): DocumentSymbol[] {
  return symbolsOf(document, document.file.items);
}

function symbolsOf(document: SourceDocument, items: readonly Item[]): DocumentSymbol[] {
  const lines = document.lines;
  const symbols: DocumentSymbol[] = [];
  const push = (
    name: string,
    kind: SymbolKind,
    start: number,
    end: number,
    nameStart: number,
    nameEnd: number,
    detail?: string,
    children: DocumentSymbol[] = [],
  ) => {
    symbols.push({
      name: name || '(unnamed)',
      kind,
      range: lines.range(start, end),
      selectionRange: lines.range(nameStart, nameEnd),
      children,
      ...(detail ? { detail } : {}),
    });
  };
  for (const item of items) {
    switch (item.type) {
      case 'Scenario':
        push(
          item.title.value,
          'scenario',
          item.start,
          item.end,
          item.title.start,
          item.title.end,
          'scenario',
        );
        break;
      case 'Import':
        push(item.path.value, 'import', item.start, item.end, item.path.start, item.path.end, 'import');
        break;
      case 'State':
        push(item.id.name, 'state', item.start, item.end, item.id.start, item.id.end, item.name?.value);
        break;
      case 'Alliance':
        push(
          item.name.value,
          'alliance',
          item.start,
          item.end,
          item.name.start,
          item.name.end,
          `${item.kind.word}${item.year ? ` ${item.year.value}` : ''}: ${item.members.map((m) => m.name).join(', ')}`,
        );
        break;
      case 'Expect': {
        const text = document.text
          .slice(item.start, item.end)
          .replace(/\s+/g, ' ')
          .replace(/^expect /, '');
        push(text, 'claim', item.start, item.end, item.subject.start, item.end, 'expect');
        break;
      }
      case 'Settings':
        push('settings', 'settings', item.start, item.end, item.start, item.start + 'settings'.length);
        break;
      case 'Variant':
        push(
          item.name.value,
          'variant',
          item.start,
          item.end,
          item.name.start,
          item.name.end,
          'variant',
          symbolsOf(document, item.items),
        );
        break;
      default:
        break;
    }
  }
  return symbols;
}

/** A state, alliance or variant found by name across documents. */
export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: SymbolKind;
  readonly location: Location;
  /** The file it is in, by name. */
  readonly containerName: string;
}

/** How many symbols a workspace search returns at most; an editor shows only the first few. */
const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * States, alliances and variants of the documents whose name contains the query's letters in
 * order (case-insensitive), the way editors filter symbol lists.
 */
export function workspaceSymbols(documents: Iterable<SourceDocument>, query: string): WorkspaceSymbol[] {
  const wanted = query.toLowerCase();
  const result: WorkspaceSymbol[] = [];
  for (const document of documents) {
    const container = document.uri.slice(document.uri.lastIndexOf('/') + 1);
    const add = (name: string, kind: SymbolKind, start: number, end: number) => {
      if (result.length >= MAX_WORKSPACE_SYMBOLS || !matchesInOrder(name.toLowerCase(), wanted)) return;
      result.push({
        name,
        kind,
        location: { uri: document.uri, range: document.lines.range(start, end) },
        containerName: container,
      });
    };
    // A `state` inside a variant overrides a declaration rather than making one.
    const visit = (items: readonly Item[], inVariant: boolean) => {
      for (const item of items) {
        if (item.type === 'State' && !inVariant) add(item.id.name, 'state', item.id.start, item.id.end);
        else if (item.type === 'Alliance') add(item.name.value, 'alliance', item.name.start, item.name.end);
        else if (item.type === 'Variant') {
          add(item.name.value, 'variant', item.name.start, item.name.end);
          visit(item.items, true);
        }
      }
    };
    visit(document.file.items, false);
  }
  return result;
}

function matchesInOrder(name: string, query: string): boolean {
  let i = 0;
  for (let j = 0; j < name.length && i < query.length; j++) if (name[j] === query[i]) i++;
  return i === query.length;
}
