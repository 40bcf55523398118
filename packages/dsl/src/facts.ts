/**
 * The facts of a program, collected from every document's statements in the order they
 * apply, each with the document it came from. Checks read these; lowering turns them into
 * the model's `Scenario`. Variants keep their own fact sets, applied over the base.
 */
import type { Program } from './program.js';
import type {
  AllianceStmt,
  DistanceStmt,
  ExpectStmt,
  Item,
  PairNode,
  PerceptionStmt,
  RemoveStmt,
  ScenarioStmt,
  SeaStmt,
  SettingNode,
  SettingsStmt,
  StateStmt,
  Statement,
  VariantStmt,
} from './syntax-tree.js';

/** A node and the document it is in. */
export interface Located<T> {
  readonly uri: string;
  readonly node: T;
}

/** The located statements of one scenario (the base or a variant), by kind. */
export interface FactSet {
  readonly states: Located<StateStmt>[];
  readonly borders: Located<PairNode>[];
  readonly seas: Located<SeaStmt>[];
  readonly distances: Located<DistanceStmt>[];
  readonly perceptions: Located<PerceptionStmt>[];
  readonly alliances: Located<AllianceStmt>[];
  readonly claims: Located<ExpectStmt>[];
  readonly settings: Located<SettingNode>[];
  readonly settingsBlocks: Located<SettingsStmt>[];
  readonly removes: Located<RemoveStmt>[];
  /** Statements that cannot appear where they are (a `scenario` inside a variant...). */
  readonly misplaced: Located<Statement>[];
}

/** A variant's own statements and what it removes from the base. */
export interface VariantFacts {
  readonly name: string;
  readonly located: Located<VariantStmt>;
  readonly facts: FactSet;
}

/**
 * Every statement of a program, sorted by kind and by scenario (base or variant), each with the
 * document it is in.
 */
export interface ProgramFacts {
  /** The root document's header, then other documents' headers in load order. */
  readonly headers: Located<ScenarioStmt>[];
  readonly base: FactSet;
  readonly variants: VariantFacts[];
}

function emptyFactSet(): FactSet {
  return {
    states: [],
    borders: [],
    seas: [],
    distances: [],
    perceptions: [],
    alliances: [],
    claims: [],
    settings: [],
    settingsBlocks: [],
    removes: [],
    misplaced: [],
  };
}

/** Sorts a loaded program's statements into facts, the base scenario's and each variant's. */
export function collectFacts(program: Program): ProgramFacts {
  const headers: Located<ScenarioStmt>[] = [];
  const base = emptyFactSet();
  const variants: VariantFacts[] = [];
  for (const document of program.documents) {
    const uri = document.uri;
    for (const item of document.file.items) {
      if (item.type === 'Scenario') headers.push({ uri, node: item });
      else if (item.type === 'Variant') {
        const facts = emptyFactSet();
        addItems(uri, item.items, facts, true);
        variants.push({ name: item.name.value, located: { uri, node: item }, facts });
      } else addItems(uri, [item], base, false);
    }
  }
  // The root's header names the scenario; put it first.
  headers.sort((a, b) => (a.uri === program.root ? 0 : 1) - (b.uri === program.root ? 0 : 1));
  return { headers, base, variants };
}

function addItems(uri: string, items: readonly Item[], facts: FactSet, inVariant: boolean): void {
  for (const item of items) {
    switch (item.type) {
      case 'State':
        facts.states.push({ uri, node: item });
        break;
      case 'Border':
        for (const pair of item.pairs) facts.borders.push({ uri, node: pair });
        break;
      case 'Sea':
        facts.seas.push({ uri, node: item });
        break;
      case 'Distance':
        facts.distances.push({ uri, node: item });
        break;
      case 'Perception':
        facts.perceptions.push({ uri, node: item });
        break;
      case 'Alliance':
        facts.alliances.push({ uri, node: item });
        break;
      case 'Expect':
        facts.claims.push({ uri, node: item });
        break;
      case 'Settings':
        facts.settingsBlocks.push({ uri, node: item });
        for (const entry of item.entries)
          if (entry.type === 'Setting') facts.settings.push({ uri, node: entry });
        break;
      case 'Remove':
        facts.removes.push({ uri, node: item });
        break;
      case 'Scenario':
      case 'Import':
      case 'Variant':
        if (inVariant) facts.misplaced.push({ uri, node: item });
        break;
      case 'Error':
        break;
    }
  }
}
