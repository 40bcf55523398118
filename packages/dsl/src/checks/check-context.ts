/**
 * What every check receives: the program's facts, its symbol table and a way to report.
 * Checks are small functions, one concern per file, that read and report; none of them
 * changes the facts or depends on another check having run.
 */
import type { ProgramFacts } from '../facts.js';
import type { Problem } from '../problem.js';
import type { Program } from '../program.js';
import type { SymbolTable } from '../symbols.js';

/** What a check reads (the program, its facts and symbols) and how it reports a problem. */
export interface CheckContext {
  readonly program: Program;
  readonly facts: ProgramFacts;
  readonly symbols: SymbolTable;
  report(problem: Problem): void;
}

/** A check: reads the context and reports problems, changing nothing. */
export type Check = (context: CheckContext) => void;
