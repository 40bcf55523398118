/**
 * The documents the server knows: those open in the editor (the editor's text wins) and files
 * on disk (for imports and workspace symbols), and the latest analysis of each open document.
 * It is the dsl's `DocumentProvider`, so checking a program reads open documents first.
 */
import {
  carryClaimProblems,
  createDocument,
  documentDiagnostics,
  evaluateQuickly,
  IncrementalProgram,
  withCounterfactuals,
  toDiagnostics,
  withSettingDefaults,
  type CheckedProgram,
  type Diagnostic,
  type DocumentEdit,
  type DocumentProvider,
  type Problem,
  type ProgramEvaluation,
  type SourceDocument,
} from '@threatlab/dsl';
import type { SettingName } from '@threatlab/core';
import { normalizeUri, readUri } from './file-system.js';

export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  /** The document and its incremental parsing and checking state. */
  readonly session: IncrementalProgram;
  readonly document: SourceDocument;
}

export interface Analysis {
  readonly checked: CheckedProgram;
  /** Every diagnostic of the program, and those shown for the root document. */
  all: readonly Diagnostic[];
  diagnostics: readonly Diagnostic[];
  /** The documents the analysis read, to tell when it is stale. */
  readonly inputs: ReadonlyMap<string, SourceDocument>;
  /** The model's results, once it has run on this analysis. */
  evaluation?: ProgramEvaluation | undefined;
  /** Failed claims: the model's, or until it has run, those carried over from the last run. */
  claimProblems: readonly Problem[];
  /** Whether `claimProblems` come from a model run on this very analysis. */
  evaluated: boolean;
  /** How long the model took, in ms, once it has run. */
  modelMs?: number;
  /** Whether the failed claims' counterfactuals have been searched. */
  counterfactuals: boolean;
  /** The program the model ran on (with the editor's settings applied). */
  modelProgram?: CheckedProgram;
}

export class Workspace implements DocumentProvider {
  private readonly open = new Map<string, OpenDocument>();
  private readonly disk = new Map<string, SourceDocument | null>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly aliases = new Map<string, SourceDocument>();
  /** Files found in the workspace folders, for workspace symbols. */
  workspaceFiles: readonly string[] = [];
  /** Model settings from the editor, under each scenario's own settings. */
  private settingDefaults: Readonly<Partial<Record<SettingName, number>>> = {};

  constructor(private readonly read: (uri: string) => string | undefined = readUri) {}

  /** The document for `uri`: the open one, else the file on disk (cached until it changes). */
  document(uri: string): SourceDocument | undefined {
    const key = normalizeUri(uri);
    const open = this.open.get(key);
    if (!open && !this.disk.has(key)) {
      const text = this.read(key);
      this.disk.set(key, text === undefined ? null : createDocument(uri, text));
    }
    const found = open?.document ?? this.disk.get(key) ?? undefined;
    return found && found.uri !== uri ? this.alias(uri, found) : found;
  }

  /**
   * The same document under another spelling of its URI (an import path joined as text),
   * parsed once per text: programs key documents by the URI they asked for.
   */
  private alias(uri: string, document: SourceDocument): SourceDocument {
    const cached = this.aliases.get(uri);
    if (cached && cached.text === document.text) return cached;
    const alias = createDocument(uri, document.text);
    this.aliases.set(uri, alias);
    return alias;
  }

  openDocument(uri: string): OpenDocument | undefined {
    return this.open.get(normalizeUri(uri));
  }

  openDocuments(): IterableIterator<OpenDocument> {
    return this.open.values();
  }

  /** A document the editor opened. */
  openText(uri: string, version: number, text: string): void {
    this.store(uri, version, new IncrementalProgram(uri, text));
  }

  /** Edits of an open document, each in the coordinates of the text the previous one made. */
  editText<T>(
    uri: string,
    version: number,
    changes: readonly T[],
    toEdit: (document: SourceDocument, change: T) => DocumentEdit,
  ): void {
    const open = this.openDocument(uri);
    if (!open) return;
    for (const change of changes) open.session.edit(toEdit(open.session.document, change));
    this.store(open.uri, version, open.session);
  }

  private store(uri: string, version: number, session: IncrementalProgram): void {
    this.open.set(normalizeUri(uri), {
      uri,
      version,
      session,
      get document() {
        return session.document;
      },
    });
  }

  close(uri: string): void {
    const key = normalizeUri(uri);
    this.open.delete(key);
    this.analyses.delete(key);
    // The file on disk may differ from what the editor had.
    this.disk.delete(key);
  }

  /** A file changed on disk (the editor's file watcher said so). */
  fileChanged(uri: string): void {
    this.disk.delete(normalizeUri(uri));
  }

  /** The analysis of an open document, recomputed when it or anything it imports changed. */
  analysis(uri: string): Analysis | undefined {
    const key = normalizeUri(uri);
    const open = this.open.get(key);
    if (!open) return undefined;
    const cached = this.analyses.get(key);
    if (cached && this.isFresh(cached)) return cached;
    const checked = open.session.check(this);
    const claimProblems = cached
      ? carryClaimProblems({ checked: cached.checked, problems: cached.claimProblems }, checked)
      : [];
    const analysis: Analysis = {
      checked,
      all: [],
      diagnostics: [],
      inputs: new Map(checked.program.documents.map((d) => [d.uri, d])),
      claimProblems,
      evaluated: false,
      counterfactuals: false,
      ...(cached?.modelMs !== undefined ? { modelMs: cached.modelMs } : {}),
    };
    this.setDiagnostics(open.uri, analysis);
    this.analyses.set(key, analysis);
    return analysis;
  }

  /** Runs the model on the analysis of `uri` (once per analysis); its claims join the diagnostics. */
  evaluate(uri: string, now: () => number = () => performance.now()): Analysis | undefined {
    const analysis = this.analysis(uri);
    const open = this.openDocument(uri);
    if (!analysis || !open) return undefined;
    if (analysis.evaluated) return analysis;
    const started = now();
    analysis.modelProgram = withSettingDefaults(analysis.checked, this.settingDefaults);
    analysis.evaluation = evaluateQuickly(analysis.modelProgram);
    analysis.modelMs = now() - started;
    analysis.claimProblems = analysis.evaluation?.problems ?? [];
    analysis.evaluated = true;
    analysis.counterfactuals = analysis.claimProblems.length === 0;
    this.setDiagnostics(open.uri, analysis);
    return analysis;
  }

  /**
   * Searches the counterfactuals of the failed claims of `uri`'s analysis, one claim per step;
   * each step updates the analysis' diagnostics.
   */
  *searchCounterfactuals(uri: string): Generator<void, void, void> {
    const analysis = this.evaluate(uri);
    const open = this.openDocument(uri);
    if (!analysis || !open || !analysis.evaluation || !analysis.modelProgram || analysis.counterfactuals)
      return;
    for (const problems of withCounterfactuals(analysis.modelProgram, analysis.evaluation)) {
      analysis.claimProblems = problems;
      yield;
    }
    analysis.counterfactuals = true;
    this.setDiagnostics(open.uri, analysis);
  }

  /** Editor settings for the model; every analysis runs the model again with them. */
  setSettingDefaults(defaults: Readonly<Partial<Record<SettingName, number>>>): void {
    this.settingDefaults = defaults;
    for (const analysis of this.analyses.values()) {
      analysis.evaluated = false;
      analysis.evaluation = undefined;
      analysis.counterfactuals = false;
    }
  }

  private setDiagnostics(uri: string, analysis: Analysis): void {
    analysis.all = toDiagnostics(analysis.checked.program, [
      ...analysis.checked.problems,
      ...analysis.claimProblems,
    ]);
    analysis.diagnostics = documentDiagnostics(analysis.checked, uri, analysis.all);
  }

  /** The latest analysis without recomputing it, fresh or not. */
  lastAnalysis(uri: string): Analysis | undefined {
    return this.analyses.get(normalizeUri(uri));
  }

  isFresh(analysis: Analysis): boolean {
    for (const [uri, document] of analysis.inputs) if (this.document(uri) !== document) return false;
    // An import that was missing may have appeared.
    for (const edge of analysis.checked.program.imports)
      if (!edge.found && this.document(edge.to)) return false;
    return true;
  }

  /** Open documents whose last analysis read `uri` (the importers of a changed file). */
  dependents(uri: string): string[] {
    const key = normalizeUri(uri);
    const result: string[] = [];
    for (const [root, analysis] of this.analyses) {
      if (root === key) continue;
      for (const input of analysis.inputs.keys()) {
        if (normalizeUri(input) === key) {
          result.push(this.open.get(root)?.uri ?? root);
          break;
        }
      }
    }
    return result;
  }

  /**
   * The checked programs that contain `uri`: its own first, then the open importers'.
   * References and rename look in all of them.
   */
  programsContaining(uri: string): CheckedProgram[] {
    const own = this.analysis(uri);
    const programs = own ? [own.checked] : [];
    for (const dependent of this.dependents(uri)) {
      const analysis = this.analysis(dependent);
      if (analysis) programs.push(analysis.checked);
    }
    return programs;
  }
}
