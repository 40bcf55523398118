/**
 * A program: a root document and everything it imports, loaded in the order their facts apply
 * (imports before importers), with the problems loading found: missing files, cycles, and the
 * depth and statement limits.
 */
import type { DocumentProvider, SourceDocument } from './document.js';
import { fileSummary, importStatements } from './file-summary.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type { Problem } from './problem.js';
import type { ImportStmt, Item } from './syntax-tree.js';
import { resolveImportPath } from './uri-path.js';

/** One `import` statement and the document it resolved to. */
export interface ImportEdge {
  readonly from: string;
  readonly statement: ImportStmt;
  /** The resolved document identifier; present even when the document does not exist. */
  readonly to: string;
  readonly found: boolean;
}

/**
 * A root document and every document it imports, with the problems loading found (missing files,
 * cycles, limits).
 */
export interface Program {
  readonly root: string;
  /** Every document reached, imports before their importers. */
  readonly documents: readonly SourceDocument[];
  readonly byUri: ReadonlyMap<string, SourceDocument>;
  readonly imports: readonly ImportEdge[];
  readonly problems: readonly Problem[];
  /** Statements across all documents. */
  readonly statementCount: number;
  /** True when a limit stopped the analysis; the checks and the model then do not run. */
  readonly overLimit: boolean;
}

/**
 * Loads the root document and its imports through `provider`, within the limits; never throws on a
 * missing or unreadable import.
 */
export function loadProgram(
  root: string,
  provider: DocumentProvider,
  limits: Limits = DEFAULT_LIMITS,
): Program {
  const documents: SourceDocument[] = [];
  const byUri = new Map<string, SourceDocument>();
  const imports: ImportEdge[] = [];
  const problems: Problem[] = [];
  const visiting: ImportEdge[] = [];
  const onStack = new Set<string>();
  const done = new Set<string>();

  const rootDocument = provider.document(root);
  if (!rootDocument) {
    problems.push({
      code: 'import-not-found',
      message: `The file "${root}" does not exist`,
      uri: root,
      start: 0,
      end: 0,
    });
    return { root, documents, byUri, imports, problems, statementCount: 0, overLimit: true };
  }

  const visit = (document: SourceDocument, depth: number): void => {
    onStack.add(document.uri);
    for (const statement of importsOf(document.file.items)) {
      const to = resolveImportPath(document.uri, statement.path.value);
      const span = { uri: document.uri, start: statement.path.start, end: statement.path.end };
      if (onStack.has(to)) {
        const cycleStart = visiting.findIndex((edge) => edge.from === to);
        const cycle = cycleStart >= 0 ? visiting.slice(cycleStart) : [];
        imports.push({ from: document.uri, statement, to, found: true });
        problems.push({
          code: 'import-cycle',
          message: `Importing "${statement.path.value}" makes a cycle: ${[...cycle.map((e) => e.from), document.uri, to].map(shortName).join(' -> ')}`,
          ...span,
          related: cycle.map((edge) => ({
            uri: edge.from,
            start: edge.statement.path.start,
            end: edge.statement.path.end,
            message: `"${shortName(edge.from)}" imports "${edge.statement.path.value}" here`,
          })),
        });
        continue;
      }
      if (depth + 1 > limits.maxImportDepth) {
        imports.push({ from: document.uri, statement, to, found: true });
        problems.push({
          code: 'import-too-deep',
          message: `Imports nest more than ${limits.maxImportDepth} deep here, so "${statement.path.value}" was not read; the limit stops runaway import chains`,
          ...span,
        });
        continue;
      }
      const imported = byUri.get(to) ?? provider.document(to);
      imports.push({ from: document.uri, statement, to, found: imported !== undefined });
      if (!imported) {
        problems.push({
          code: 'import-not-found',
          message: `The imported file "${statement.path.value}" does not exist`,
          ...span,
        });
        continue;
      }
      if (done.has(to)) continue;
      visiting.push({ from: document.uri, statement, to, found: true });
      visit(imported, depth + 1);
      visiting.pop();
    }
    onStack.delete(document.uri);
    done.add(document.uri);
    byUri.set(document.uri, document);
    documents.push(document);
  };
  visit(rootDocument, 0);

  let statementCount = 0;
  for (const document of documents) statementCount += countStatements(document.file.items);
  const overLimit = statementCount > limits.maxStatements;
  if (overLimit) {
    problems.push({
      code: 'too-many-statements',
      message: `This scenario has ${statementCount} statements, over the limit of ${limits.maxStatements}; it was parsed but not checked or evaluated, to keep answers quick`,
      uri: root,
      start: 0,
      end: 0,
    });
  }
  return { root, documents, byUri, imports, problems, statementCount, overLimit };
}

// Both are walks over every statement, cached per file (file-summary.ts).
function importsOf(items: readonly Item[]): ImportStmt[] {
  return importStatements(items);
}

function countStatements(items: readonly Item[]): number {
  return fileSummary(items).statements;
}

function shortName(uri: string): string {
  return uri.slice(uri.replace(/\\/g, '/').lastIndexOf('/') + 1);
}
