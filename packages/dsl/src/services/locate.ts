/**
 * What is at an offset: the state name, alliance name, statement or word under the cursor.
 * Every navigation feature (hover, definition, references, rename, highlight) starts here.
 *
 * State references come from the symbol table, sorted per document once per checked program
 * (a WeakMap keyed by the program), so that a lookup in a file of 40,000 statements is a binary
 * search rather than a scan.
 */
import type { CheckedProgram } from '../check-program.js';
import type { SourceDocument } from '../document.js';
import type { StateReference } from '../symbols.js';
import type { AllianceStmt, Item, Span, Statement, StringNode } from '../syntax-tree.js';

const referencesByDocument = new WeakMap<CheckedProgram, Map<string, StateReference[]>>();

/** The state references of one document in the order of their offsets. */
export function documentReferences(checked: CheckedProgram, uri: string): readonly StateReference[] {
  let byDocument = referencesByDocument.get(checked);
  if (!byDocument) {
    byDocument = new Map();
    for (const reference of checked.symbols.references) {
      let list = byDocument.get(reference.uri);
      if (!list) byDocument.set(reference.uri, (list = []));
      list.push(reference);
    }
    for (const list of byDocument.values()) list.sort((a, b) => a.node.start - b.node.start);
    referencesByDocument.set(checked, byDocument);
  }
  return byDocument.get(uri) ?? [];
}

/** The state name at `offset` (the cursor may stand just after its last letter). */
export function stateReferenceAt(
  checked: CheckedProgram,
  uri: string,
  offset: number,
): StateReference | undefined {
  const references = documentReferences(checked, uri);
  let low = 0;
  let high = references.length - 1;
  // The last reference that starts at or before the offset.
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (references[mid]!.node.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const candidate = found >= 0 ? references[found] : undefined;
  return candidate && offset <= candidate.node.end ? candidate : undefined;
}

/** The top-level item holding `offset`, by binary search over the document's items. */
export function itemAt(document: SourceDocument, offset: number): Item | undefined {
  return spanAt(document.file.items, offset);
}

/** The innermost statement at `offset`: inside a variant, the statement of the variant. */
export function statementAt(document: SourceDocument, offset: number): Statement | undefined {
  const item = itemAt(document, offset);
  if (!item || item.type === 'Error') return undefined;
  if (item.type === 'Variant') {
    const inner = spanAt(item.items, offset);
    if (inner && inner.type !== 'Error') return inner;
  }
  return item;
}

function spanAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid]!;
    if (offset < item.start) high = mid - 1;
    else if (offset > item.end) low = mid + 1;
    else return item;
  }
  return undefined;
}

/** The alliance whose quoted name is at `offset`, in a declaration or a `remove alliance`. */
export function allianceNameAt(
  checked: CheckedProgram,
  document: SourceDocument,
  offset: number,
): { name: StringNode; alliance: AllianceStmt | undefined; uri: string | undefined } | undefined {
  const statement = statementAt(document, offset);
  let name: StringNode | null | undefined;
  if (statement?.type === 'Alliance') name = statement.name;
  else if (statement?.type === 'Remove' && statement.what === 'alliance') name = statement.name;
  if (!name || offset < name.start || offset > name.end) return undefined;
  const declared = checked.symbols.alliances.get(name.value);
  return { name, alliance: declared?.node, uri: declared?.uri };
}

/** The word (letters, digits, `-`, `_`) around `offset`, with where it starts and ends. */
export function wordAt(
  text: string,
  offset: number,
): { word: string; start: number; end: number } | undefined {
  const isWordChar = (c: number) =>
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c >= 128;
  let start = Math.min(offset, text.length);
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  let end = Math.max(start, Math.min(offset, text.length));
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  if (end === start) return undefined;
  return { word: text.slice(start, end), start, end };
}
