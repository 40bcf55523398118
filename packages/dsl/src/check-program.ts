/**
 * The checker's entry point: load a program, resolve its names, run every check and lower it
 * to the model. Every stage runs on whatever the previous one could read, so a file with
 * syntax errors still has its valid statements resolved, checked and lowered.
 */
import { CHECKS } from './checks/index.js';
import type { Diagnostic } from './diagnostic.js';
import type { DocumentProvider } from './document.js';
import { collectFacts, type ProgramFacts } from './facts.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { lowerProgram, type LoweredProgram } from './lower.js';
import type { Problem } from './problem.js';
import { loadProgram, type Program } from './program.js';
import { buildSymbols, type SymbolTable } from './symbols.js';
import { toDiagnostics } from './to-diagnostic.js';

/** Options of `checkProgram`: limits that override `DEFAULT_LIMITS`. */
export interface CheckOptions {
  readonly limits?: Partial<Limits>;
}

/**
 * A program after every stage of checking: documents, facts, names, the lowered scenarios and
 * every problem found.
 */
export interface CheckedProgram {
  readonly program: Program;
  readonly facts: ProgramFacts;
  readonly symbols: SymbolTable;
  readonly lowered: LoweredProgram;
  /** Syntax, loading and checking problems of every document in the program. */
  readonly problems: readonly Problem[];
}

/**
 * Loads the program rooted at `root` through `provider`, resolves its names, runs every check and
 * lowers it. Never throws on user input: what cannot be read is a problem.
 */
export function checkProgram(
  root: string,
  provider: DocumentProvider,
  options: CheckOptions = {},
): CheckedProgram {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const program = loadProgram(root, provider, limits);
  const { facts, symbols, problems } = checkLoaded(program);
  const lowered = lowerProgram(program, facts, symbols);
  return { program, facts, symbols, lowered, problems };
}

/**
 * Facts, names and every check of a loaded program. `problems` holds the documents' syntax
 * problems, then loading's, then the checks' (`checkProblems`, which incremental checking
 * keeps apart).
 */
export function checkLoaded(program: Program): {
  facts: ProgramFacts;
  symbols: SymbolTable;
  problems: Problem[];
  checkProblems: Problem[];
} {
  const problems: Problem[] = [];
  for (const document of program.documents) problems.push(...document.parseProblems);
  problems.push(...program.problems);
  const facts = collectFacts(program.overLimit ? { ...program, documents: [] } : program);
  const symbols = buildSymbols(facts);
  const checkProblems: Problem[] = [];
  if (!program.overLimit) {
    const context = { program, facts, symbols, report: (problem: Problem) => checkProblems.push(problem) };
    for (const check of CHECKS) check(context);
  }
  problems.push(...checkProblems);
  return { facts, symbols, problems, checkProblems };
}

/** The checked program's problems as diagnostics, sorted by document and position. */
export function checkDiagnostics(checked: CheckedProgram): Diagnostic[] {
  return toDiagnostics(checked.program, checked.problems);
}
