/**
 * Names and what they refer to: each state's declaration, each alliance and variant by name,
 * and every place a state name is used, resolved or not. Editor features (definition,
 * references, rename, completion) read this table; so does the checker for unknown names.
 */
import type { FactSet, Located, ProgramFacts } from './facts.js';
import type { AllianceStmt, NameNode, StateStmt, VariantStmt } from './syntax-tree.js';

/** A declared state: its name, where it is declared and its statement. */
export interface StateSymbol {
  readonly id: string;
  readonly uri: string;
  readonly statement: StateStmt;
}

/** Where a state name is used, and in what role. */
export type ReferenceRole =
  'declaration' | 'override' | 'border' | 'sea' | 'distance' | 'perception' | 'alliance' | 'claim' | 'remove';

/** A use of a state name, with the document it is in. */
export interface StateReference {
  readonly uri: string;
  readonly node: NameNode;
  readonly role: ReferenceRole;
  /** The declaration, when the name is declared. */
  readonly symbol: StateSymbol | undefined;
}

/** The program's declared states, alliances and variants, every use of a state name, and what was declared twice. */
export interface SymbolTable {
  /** The first declaration of each state (a later one is a duplicate). */
  readonly states: ReadonlyMap<string, StateSymbol>;
  readonly duplicateStates: readonly StateSymbol[];
  readonly alliances: ReadonlyMap<string, Located<AllianceStmt>>;
  readonly variants: ReadonlyMap<string, Located<VariantStmt>>;
  /** Every use of a state name, declarations included, in document order per fact kind. */
  readonly references: readonly StateReference[];
}

/** Resolves the names of a program's facts: declarations first, then every reference. */
export function buildSymbols(facts: ProgramFacts): SymbolTable {
  const states = new Map<string, StateSymbol>();
  const duplicateStates: StateSymbol[] = [];
  for (const { uri, node } of facts.base.states) {
    const symbol: StateSymbol = { id: node.id.name, uri, statement: node };
    if (states.has(symbol.id)) duplicateStates.push(symbol);
    else states.set(symbol.id, symbol);
  }
  const alliances = new Map<string, Located<AllianceStmt>>();
  for (const located of facts.base.alliances) {
    if (!alliances.has(located.node.name.value)) alliances.set(located.node.name.value, located);
  }
  const variants = new Map<string, Located<VariantStmt>>();
  for (const variant of facts.variants)
    if (!variants.has(variant.name)) variants.set(variant.name, variant.located);

  const references: StateReference[] = [];
  const add = (uri: string, node: NameNode | null, role: ReferenceRole) => {
    if (node) references.push({ uri, node, role, symbol: states.get(node.name) });
  };
  for (const { uri, node } of facts.base.states) add(uri, node.id, 'declaration');
  addFactReferences(facts.base, add);
  for (const variant of facts.variants) {
    for (const { uri, node } of variant.facts.states) add(uri, node.id, 'override');
    addFactReferences(variant.facts, add);
  }
  return { states, duplicateStates, alliances, variants, references };
}

function addFactReferences(
  facts: FactSet,
  add: (uri: string, node: NameNode | null, role: ReferenceRole) => void,
): void {
  for (const { uri, node } of facts.borders) {
    add(uri, node.a, 'border');
    add(uri, node.b, 'border');
  }
  for (const { uri, node } of facts.seas) {
    add(uri, node.a, 'sea');
    add(uri, node.b, 'sea');
  }
  for (const { uri, node } of facts.distances) {
    add(uri, node.a, 'distance');
    add(uri, node.b, 'distance');
  }
  for (const { uri, node } of facts.perceptions) {
    add(uri, node.observer, 'perception');
    add(uri, node.target, 'perception');
  }
  for (const { uri, node } of facts.alliances)
    for (const member of node.members) add(uri, member, 'alliance');
  for (const { uri, node } of facts.claims) {
    add(uri, node.subject, 'claim');
    add(uri, node.target, 'claim');
    add(uri, node.other, 'claim');
  }
  for (const { uri, node } of facts.removes) {
    add(uri, node.a, 'remove');
    add(uri, node.b, 'remove');
  }
}
