/**
 * Facts about a file's top-level statements that loading a program needs on every check:
 * where its imports are, how many statements it has, whether a variant is left open, where
 * its unreadable lines are. Computing them is a walk over every statement; a file re-parsed incrementally
 * gets them from the previous version and the edit instead (incremental-parse.ts), so an
 * edit of a 40,000-statement file does not walk it again. Cached per statement array.
 */
import type { ImportStmt, Item } from './syntax-tree.js';

/** What loading needs to know about a file's top-level statements without walking them again. */
export interface FileSummary {
  /** Indexes of the top-level `import` statements. */
  readonly imports: readonly number[];
  /** Statements, those inside variants included. */
  readonly statements: number;
  /** Whether some variant has no closing `}` (it then runs to the end of the file). */
  readonly openVariant: boolean;
  /** Indexes of the top-level unreadable lines (incremental re-parsing looks at them). */
  readonly errors: readonly number[];
}

const SUMMARIES = new WeakMap<readonly Item[], FileSummary>();

/** The summary of a file's statements, computed once per statement array. */
export function fileSummary(items: readonly Item[]): FileSummary {
  let summary = SUMMARIES.get(items);
  if (!summary) {
    summary = summarize(items, 0);
    SUMMARIES.set(items, summary);
  }
  return summary;
}

/** The summary of a run of statements, with import indexes counted from `offset`. */
export function summarize(items: readonly Item[], offset: number): FileSummary {
  const imports: number[] = [];
  const errors: number[] = [];
  let statements = 0;
  let openVariant = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    statements += 1;
    if (item.type === 'Import') imports.push(offset + i);
    else if (item.type === 'Error') errors.push(offset + i);
    else if (item.type === 'Variant') {
      statements += countStatements(item.items);
      if (!item.closed) openVariant = true;
    }
  }
  return { imports, statements, openVariant, errors };
}

/** Records a summary an incremental parse derived from the previous one, so it is not computed again. */
export function rememberSummary(items: readonly Item[], summary: FileSummary): void {
  SUMMARIES.set(items, summary);
}

/** The file's top-level `import` statements, in order. */
export function importStatements(items: readonly Item[]): ImportStmt[] {
  return fileSummary(items).imports.map((i) => items[i] as ImportStmt);
}

function countStatements(items: readonly Item[]): number {
  let count = 0;
  for (const item of items) {
    count += 1;
    if (item.type === 'Variant') count += countStatements(item.items);
  }
  return count;
}
