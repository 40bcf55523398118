/**
 * What every check receives: the program's facts, its symbol table and a way to report.
 * Checks are small functions, one concern per file, that read and report; none of them
 * changes the facts or depends on another check having run.
 */
import type { ProgramFacts } from '../facts.js';
import type { Problem } from '../problem.js';
import type { Program } from '../program.js';
import type { SymbolTable } from '../symbols.js';

export interface CheckContext {
  readonly program: Program;
  readonly facts: ProgramFacts;
  readonly symbols: SymbolTable;
  report(problem: Problem): void;
}

export type Check = (context: CheckContext) => void;
