/**
 * `threat check [--format text|json] <files or folders...>`: every diagnostic of every file,
 * imports included, and every `expect` claim the model does not confirm (a warning); exit
 * code 1 when any diagnostic is an error.
 */
import { analyzeProgram, renderDiagnostics, TextDocumentProvider, type Diagnostic } from '@threatlab/dsl';
import { displayPath, expandPaths } from '../files.js';
import { readTextFile, type Io } from '../io.js';
import { usageError, type CommandResult } from '../usage.js';

export interface CheckArguments {
  readonly paths: readonly string[];
  readonly format: 'text' | 'json';
}

export function runCheck(io: Io, args: CheckArguments): CommandResult {
  if (args.paths.length === 0) return usageError(io, 'threat check needs at least one file or folder');
  const { files, missing } = expandPaths(io.cwd, args.paths);
  for (const path of missing) io.err(`threat: no such file or folder: ${path}\n`);
  const provider = new TextDocumentProvider(readTextFile);
  const diagnostics = collectDiagnostics(files, provider);
  if (args.format === 'json') {
    io.out(`${JSON.stringify(checkReport(io.cwd, files, diagnostics), null, 2)}\n`);
  } else if (files.length > 0) {
    io.out(
      `${renderDiagnostics(diagnostics, {
        textOf: (uri) => provider.document(uri)?.text,
        displayUri: (uri) => displayPath(io.cwd, uri),
        color: io.isTty,
      })}\n`,
    );
  }
  const failed = missing.length > 0 || files.length === 0 || diagnostics.some((d) => d.severity === 'error');
  return failed ? 1 : 0;
}

/** Diagnostics of every file and what it imports, each reported once. */
export function collectDiagnostics(files: readonly string[], provider: TextDocumentProvider): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    for (const diagnostic of analyzeProgram(file, provider).diagnostics) {
      const key = `${diagnostic.uri}:${diagnostic.range.start.offset}:${diagnostic.range.end.offset}:${diagnostic.code}:${diagnostic.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics;
}

function checkReport(cwd: string, files: readonly string[], diagnostics: readonly Diagnostic[]) {
  return {
    files: files.map((f) => displayPath(cwd, f)),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics: diagnostics.map((d) => ({ ...d, uri: displayPath(cwd, d.uri) })),
  };
}
