/**
 * Folding ranges: blocks written over several lines (states, the header, settings, variants,
 * power components), comments over several lines, and runs of perceptions by one observer, so
 * a perception matrix folds to one line per state.
 */
import { scanComments } from '../comments.js';
import type { SourceDocument } from '../document.js';
import type { Item } from '../syntax-tree.js';

/** Lines an editor may fold: a block, a comment, or a run of perceptions by one observer. */
export interface FoldingRange {
  /** 1-based first and last line of the range. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'comment' | 'region';
}

/** The blocks and comment runs of a document that span more than one line. */
export function foldingRanges(document: SourceDocument): FoldingRange[] {
  const lines = document.lines;
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number) => lines.position(offset).line;
  const add = (start: number, end: number, kind: FoldingRange['kind']) => {
    const startLine = lineOf(start);
    const endLine = lineOf(end);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind });
  };

  const visit = (items: readonly Item[]) => {
    let run: { observer: string; start: number; end: number } | undefined;
    const closeRun = () => {
      if (run) add(run.start, run.end, 'region');
      run = undefined;
    };
    for (const item of items) {
      if (item.type === 'Perception') {
        if (run && run.observer === item.observer.name) run.end = item.end;
        else {
          closeRun();
          run = { observer: item.observer.name, start: item.start, end: item.end };
        }
        continue;
      }
      closeRun();
      switch (item.type) {
        case 'State':
          add(item.start, item.end, 'region');
          for (const attr of item.attrs ?? [])
            if (attr.type === 'Power' && attr.value.type === 'Components')
              add(attr.value.start, attr.value.end, 'region');
          break;
        case 'Scenario':
        case 'Settings':
          add(item.start, item.end, 'region');
          break;
        case 'Variant':
          add(item.start, item.end, 'region');
          visit(item.items);
          break;
        default:
          break;
      }
    }
    closeRun();
  };
  visit(document.file.items);

  // Block comments over several lines, and runs of line comments on consecutive lines.
  let lineRun: { startLine: number; endLine: number } | undefined;
  for (const comment of scanComments(document.text)) {
    if (comment.kind === 'block') {
      add(comment.start, comment.end, 'comment');
      continue;
    }
    const line = lineOf(comment.start);
    const ownLine = /^[ \t]*$/.test(document.text.slice(lines.lineStart(line), comment.start));
    if (!ownLine) continue;
    if (lineRun && lineRun.endLine === line - 1) lineRun.endLine = line;
    else {
      if (lineRun && lineRun.endLine > lineRun.startLine) ranges.push({ ...lineRun, kind: 'comment' });
      lineRun = { startLine: line, endLine: line };
    }
  }
  if (lineRun && lineRun.endLine > lineRun.startLine) ranges.push({ ...lineRun, kind: 'comment' });
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
