/**
 * dsl values to protocol values. Ranges go from 1-based lines and columns to 0-based ones;
 * everything else is a change of shape. With from-proto.ts, the only place the two coordinate
 * systems meet.
 */
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionResult,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Highlight,
  Hover,
  InlayHint,
  Location,
  Range,
  SemanticToken,
  Severity,
  SymbolKind,
  TextEdit,
  WorkspaceSymbol,
} from '@threatlab/dsl';
import { SEMANTIC_TOKEN_TYPES } from '@threatlab/dsl';
import * as lsp from 'vscode-languageserver';

export function range(value: Range): lsp.Range {
  return {
    start: { line: value.start.line - 1, character: value.start.column - 1 },
    end: { line: value.end.line - 1, character: value.end.column - 1 },
  };
}

export function location(value: Location): lsp.Location {
  return { uri: value.uri, range: range(value.range) };
}

const SEVERITY: Readonly<Record<Severity, lsp.DiagnosticSeverity>> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  info: lsp.DiagnosticSeverity.Information,
  hint: lsp.DiagnosticSeverity.Hint,
};

export function diagnostic(value: Diagnostic): lsp.Diagnostic {
  return {
    range: range(value.range),
    severity: SEVERITY[value.severity],
    code: value.code,
    source: 'threat',
    message: value.message,
    ...(value.related.length > 0
      ? {
          relatedInformation: value.related.map((r) => ({
            location: location(r.location),
            message: r.message,
          })),
        }
      : {}),
  };
}

export function textEdit(value: TextEdit): lsp.TextEdit {
  return { range: range(value.range), newText: value.newText };
}

/** Edits grouped by document, as a workspace edit. */
export function workspaceEdit(edits: readonly TextEdit[]): lsp.WorkspaceEdit {
  const changes: Record<string, lsp.TextEdit[]> = {};
  for (const edit of edits) (changes[edit.uri] ??= []).push(textEdit(edit));
  return { changes };
}

export function hover(value: Hover): lsp.Hover {
  return { contents: { kind: lsp.MarkupKind.Markdown, value: value.markdown }, range: range(value.range) };
}

const COMPLETION_KIND: Readonly<Record<CompletionItem['kind'], lsp.CompletionItemKind>> = {
  keyword: lsp.CompletionItemKind.Keyword,
  snippet: lsp.CompletionItemKind.Snippet,
  state: lsp.CompletionItemKind.Class,
  alliance: lsp.CompletionItemKind.Enum,
  level: lsp.CompletionItemKind.EnumMember,
  attribute: lsp.CompletionItemKind.Property,
  setting: lsp.CompletionItemKind.Property,
  unit: lsp.CompletionItemKind.Unit,
  claim: lsp.CompletionItemKind.Keyword,
};

export function completionList(value: CompletionResult): lsp.CompletionList {
  const wordRange = range(value.range);
  return {
    isIncomplete: false,
    items: value.items.map((item, index) => ({
      label: item.label,
      kind: COMPLETION_KIND[item.kind],
      sortText: String(index).padStart(4, '0'),
      ...(item.detail ? { detail: item.detail } : {}),
      ...(item.documentation
        ? { documentation: { kind: lsp.MarkupKind.Markdown, value: item.documentation } }
        : {}),
      ...(item.filterText ? { filterText: item.filterText } : {}),
      insertTextFormat: item.snippet ? lsp.InsertTextFormat.Snippet : lsp.InsertTextFormat.PlainText,
      textEdit: { range: item.range ? range(item.range) : wordRange, newText: item.insertText ?? item.label },
    })),
  };
}

const SYMBOL_KIND: Readonly<Record<SymbolKind, lsp.SymbolKind>> = {
  scenario: lsp.SymbolKind.Namespace,
  import: lsp.SymbolKind.File,
  state: lsp.SymbolKind.Class,
  alliance: lsp.SymbolKind.Enum,
  claim: lsp.SymbolKind.Event,
  settings: lsp.SymbolKind.Object,
  variant: lsp.SymbolKind.Namespace,
};

export function documentSymbol(value: DocumentSymbol): lsp.DocumentSymbol {
  return {
    name: value.name,
    kind: SYMBOL_KIND[value.kind],
    range: range(value.range),
    selectionRange: range(value.selectionRange),
    children: value.children.map(documentSymbol),
    ...(value.detail ? { detail: value.detail } : {}),
  };
}

export function workspaceSymbol(value: WorkspaceSymbol): lsp.SymbolInformation {
  return {
    name: value.name,
    kind: SYMBOL_KIND[value.kind],
    location: location(value.location),
    containerName: value.containerName,
  };
}

export function foldingRange(value: FoldingRange): lsp.FoldingRange {
  return {
    startLine: value.startLine - 1,
    endLine: value.endLine - 1,
    kind: value.kind === 'comment' ? lsp.FoldingRangeKind.Comment : lsp.FoldingRangeKind.Region,
  };
}

export function highlight(value: Highlight): lsp.DocumentHighlight {
  return {
    range: range(value.range),
    kind: value.kind === 'write' ? lsp.DocumentHighlightKind.Write : lsp.DocumentHighlightKind.Read,
  };
}

export const SEMANTIC_TOKENS_LEGEND: lsp.SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: ['declaration'],
};

/** Tokens in the protocol's relative encoding: five integers per token. */
export function semanticTokens(tokens: readonly SemanticToken[]): lsp.SemanticTokens {
  const data: number[] = new Array(tokens.length * 5);
  let line = 0;
  let character = 0;
  let i = 0;
  for (const token of tokens) {
    const tokenLine = token.line - 1;
    const tokenCharacter = token.column - 1;
    data[i++] = tokenLine - line;
    data[i++] = tokenLine === line ? tokenCharacter - character : tokenCharacter;
    data[i++] = token.length;
    data[i++] = SEMANTIC_TOKEN_TYPES.indexOf(token.type);
    data[i++] = token.declaration ? 1 : 0;
    line = tokenLine;
    character = tokenCharacter;
  }
  return { data };
}

export function codeAction(value: CodeAction, diagnostics: readonly lsp.Diagnostic[]): lsp.CodeAction {
  return {
    title: value.title,
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [...diagnostics],
    edit: workspaceEdit(value.edits),
    ...(value.preferred ? { isPreferred: true } : {}),
  };
}

/** A lens whose click explains the state (the VS Code client's command; other editors may ignore it). */
export function codeLens(value: CodeLens, uri: string): lsp.CodeLens {
  const lensRange = range(value.range);
  return {
    range: lensRange,
    command: {
      title: value.title,
      command: 'threat.explainStateAtCursor',
      arguments: [uri, lensRange.start],
    },
  };
}

export function inlayHint(value: InlayHint): lsp.InlayHint {
  return {
    position: { line: value.position.line - 1, character: value.position.column - 1 },
    label: value.label,
    kind: lsp.InlayHintKind.Type,
    paddingLeft: true,
    tooltip: value.tooltip,
  };
}
