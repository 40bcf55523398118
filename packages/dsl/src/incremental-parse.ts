/**
 * Re-parsing after an edit: only the statements the edit touched are parsed again.
 *
 * A statement's parse depends on the text from its start up to, at most, the end of the next
 * statement (a block without `}` looks ahead at the next line to decide where it ends). So
 * parsing restarts two statements before the first one the edit reaches, statement by
 * statement with the grammar's `Item` rule, and stops as soon as it stands at the start of an
 * old statement past the edit: from there on the text is the old text shifted, and so is the
 * parse. The statements before the restart are kept as they are (the same objects), those
 * after the stop are kept with their offsets shifted. The result is the tree a full parse
 * would build; test/incremental.test.ts checks this on random edits.
 *
 * A variant without its `}` runs to the end of the file, and so does an unclosed block
 * comment; an edit after either is parsed in full. An unreadable line that opens a block is
 * the exception to "two statements back": mending its `}` below can make it read, so
 * re-parsing starts from the first such line (only files with such an error pay for this).
 */
import { parse as peggyParse } from '../generated/threat-parser.js';
import { createDocument, documentWithLines, type SourceDocument } from './document.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { LineIndex } from './line-index.js';
import { fileSummary, rememberSummary, summarize } from './file-summary.js';
import { braceBalance, collectItems } from './parse.js';
import type { Problem, ProblemFix, ProblemRelated } from './problem.js';
import type { Item, NameNode, NumberNode, PerceptionStmt, WordNode } from './syntax-tree.js';

/** One change to a document's text: replace `[start, end)` of the previous text with `text`. */
export interface DocumentEdit {
  /** Offsets in the previous text. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * What an update kept: the first `prefix` top-level items are the previous document's objects,
 * and the last `suffix` items are its last `suffix` statements, shifted. Everything between
 * was parsed again. A full parse keeps nothing.
 */
export interface DocumentChange {
  readonly prefix: number;
  readonly suffix: number;
}

interface LibraryResult {
  readonly peg$result: unknown;
  readonly peg$currPos: number;
  /** Library mode's success also asks for the whole input to be read; a match is a result that is not this. */
  readonly peg$FAILED: unknown;
}

const parseAt = (text: string, rule: 'Item' | '_', at: number): LibraryResult =>
  peggyParse(text, {
    startRule: rule,
    peg$library: true,
    peg$currPos: at,
  } as never) as unknown as LibraryResult;

/** How `updateDocument` may reuse the previous document. */
export interface UpdateOptions {
  /**
   * Move the statements after the edit in place instead of copying them. A large file edited
   * near its top then costs no allocation for the tens of thousands of statements that move
   * (copies cost time, and then garbage collection, per keystroke). The previous document's
   * tree then belongs to the new one: the caller must not read the previous document's
   * statements afterwards. `IncrementalProgram` owns its documents and does this.
   */
  readonly inPlace?: boolean;
}

/** The document after one edit, re-parsing only what the edit touched. */
export function updateDocument(
  previous: SourceDocument,
  edit: DocumentEdit,
  limits: Pick<Limits, 'maxFileSize'> = DEFAULT_LIMITS,
  options: UpdateOptions = {},
): { document: SourceDocument; change: DocumentChange } {
  const old = previous.text;
  const start = Math.max(0, Math.min(edit.start, old.length));
  const end = Math.max(start, Math.min(edit.end, old.length));
  const text = old.slice(0, start) + edit.newText + old.slice(end);
  const full = () => ({
    document: createDocument(previous.uri, text, limits),
    change: { prefix: 0, suffix: 0 },
  });
  if (text.length > limits.maxFileSize || old.length > limits.maxFileSize) return full();
  const items = previous.file.items;
  if (fileSummary(items).openVariant || hasUnclosedBlockComment(previous, end)) return full();

  try {
    return incremental(previous, items, text, start, end, edit.newText, options.inPlace === true);
  } catch {
    // The grammar reads any text; if re-parsing a part ever fails, a full parse still answers.
    return full();
  }
}

function incremental(
  previous: SourceDocument,
  items: readonly Item[],
  text: string,
  start: number,
  end: number,
  newText: string,
  inPlace: boolean,
): { document: SourceDocument; change: DocumentChange } {
  const delta = newText.length - (end - start);
  // The first statement that ends at or after the edit, then two back, and further back past
  // unreadable lines (runs of them are merged into one item).
  const first = lowerBoundEnd(items, start);
  let restart = Math.max(0, first - 2);
  while (restart > 0 && items[restart - 1]!.type === 'Error') restart--;
  while (restart > 0 && items[restart]!.type === 'Error') restart--;
  // An unreadable line that opens a block (a `variant ... {` whose `}` was broken) may read
  // again once the edit mends its `}`, however far below: re-parse from the first such line.
  restart = firstOpenError(previous.text, items, restart);

  const editEnd = start + newText.length;
  // Candidate old statements to stop at: the first that starts after the edit.
  let resync = lowerBoundStart(items, end + 1);
  const raw: Item[] = [];
  let pos = restart > 0 ? items[restart]!.start : parseAt(text, '_', 0).peg$currPos;
  let suffixFrom = items.length;
  while (pos < text.length) {
    if (pos > editEnd) {
      while (resync < items.length && items[resync]!.start + delta < pos) resync++;
      if (resync < items.length && items[resync]!.start + delta === pos && items[resync]!.type !== 'Error') {
        suffixFrom = resync;
        break;
      }
    }
    const result = parseAt(text, 'Item', pos);
    if (result.peg$result === result.peg$FAILED || result.peg$currPos <= pos)
      throw new Error('re-parse made no progress');
    raw.push(result.peg$result as Item);
    pos = parseAt(text, '_', result.peg$currPos).peg$currPos;
  }
  const region = collectItems(previous.uri, text, raw);
  const regionStart = restart > 0 ? items[restart]!.start : 0;
  const oldRegionEnd = suffixFrom < items.length ? items[suffixFrom]!.start : previous.text.length + 1;

  const kept = items.slice(0, restart);
  const shifted = items.slice(suffixFrom);
  if (delta !== 0) {
    if (inPlace) for (const item of shifted) moveItem(item, delta);
    else for (let i = 0; i < shifted.length; i++) shifted[i] = shiftItem(shifted[i]!, delta);
  }
  const merged = kept.concat(region.items, shifted);
  // The new file's summary from the old one's and the re-parsed statements'.
  const oldSummary = fileSummary(items);
  const inRegion = summarize(region.items, restart);
  const oldInRegion = summarize(items.slice(restart, suffixFrom), restart);
  const indexShift = region.items.length - (suffixFrom - restart);
  rememberSummary(merged, {
    imports: [
      ...oldSummary.imports.filter((i) => i < restart),
      ...inRegion.imports,
      ...oldSummary.imports.filter((i) => i >= suffixFrom).map((i) => i + indexShift),
    ],
    errors: [
      ...oldSummary.errors.filter((i) => i < restart),
      ...inRegion.errors,
      ...oldSummary.errors.filter((i) => i >= suffixFrom).map((i) => i + indexShift),
    ],
    statements: oldSummary.statements - oldInRegion.statements + inRegion.statements,
    openVariant: inRegion.openVariant,
  });

  const problems: Problem[] = [];
  for (const problem of previous.parseProblems) if (problem.start < regionStart) problems.push(problem);
  problems.push(...region.problems);
  for (const problem of previous.parseProblems) {
    if (problem.start >= oldRegionEnd) problems.push(delta === 0 ? problem : shiftProblem(problem, delta));
  }

  const oldLines = previous.lines;
  const document = documentWithLines(
    { uri: previous.uri, text, file: { type: 'File', items: merged }, parseProblems: problems },
    () => LineIndex.edited(oldLines, start, end, newText, text),
  );
  // Only the edited stretch can have brought in a `/*` the old text did not have.
  if (!hasBlockComment(previous))
    BLOCK_COMMENTS.set(
      document,
      text.slice(Math.max(0, start - 1), start + newText.length + 1).includes('/*'),
    );
  return { document, change: { prefix: restart, suffix: items.length - suffixFrom } };
}

/**
 * Index of the first unreadable item before `limit` that opens more braces than it closes, or
 * `limit`. The file summary lists the unreadable items, so this looks at those alone.
 */
function firstOpenError(text: string, items: readonly Item[], limit: number): number {
  for (const i of fileSummary(items).errors) {
    if (i >= limit) break;
    const item = items[i]!;
    if (braceBalance(text, item.start, item.end) > 0) return i;
  }
  return limit;
}

/** Index of the first item whose end is at or after `offset`. */
function lowerBoundEnd(items: readonly Item[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first item that starts at or after `offset`. */
function lowerBoundStart(items: readonly Item[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether the text has `/*` at all, per document: most files have none and need no search. */
const BLOCK_COMMENTS = new WeakMap<SourceDocument, boolean>();

function hasBlockComment(document: SourceDocument): boolean {
  let has = BLOCK_COMMENTS.get(document);
  if (has === undefined) BLOCK_COMMENTS.set(document, (has = document.text.includes('/*')));
  return has;
}

/** Whether a `/*` before `offset` is never closed (it then swallows the rest of the file). */
function hasUnclosedBlockComment(document: SourceDocument, offset: number): boolean {
  if (!hasBlockComment(document)) return false;
  const text = document.text;
  const open = text.lastIndexOf('/*', offset);
  return open >= 0 && text.indexOf('*/', open + 2) < 0;
}

// ---------------------------------------------------------------- shifting offsets

const shiftName = (node: NameNode, d: number): NameNode => ({
  type: 'Name',
  name: node.name,
  start: node.start + d,
  end: node.end + d,
});
const shiftWord = (node: WordNode, d: number): WordNode => ({
  type: 'Word',
  word: node.word,
  start: node.start + d,
  end: node.end + d,
});
const shiftNumber = (node: NumberNode, d: number): NumberNode => ({
  type: 'Number',
  value: node.value,
  unit: node.unit ? { name: node.unit.name, start: node.unit.start + d, end: node.unit.end + d } : null,
  start: node.start + d,
  end: node.end + d,
});

/**
 * A statement with every offset moved by `d`. Perceptions, the bulk of a large scenario, are
 * copied field by field (in the grammar's field order, so they keep one object shape); other
 * statements generically.
 */
export function shiftItem(item: Item, d: number): Item {
  if (item.type === 'Perception') {
    return {
      type: 'Perception',
      observer: shiftName(item.observer, d),
      target: shiftName(item.target, d),
      level: item.level ? shiftWord(item.level, d) : null,
      value: item.value ? shiftNumber(item.value, d) : null,
      start: item.start + d,
      end: item.end + d,
    };
  }
  return shiftAny(item, d) as Item;
}

/** Moves every offset of a statement by `d`, in place (see `UpdateOptions.inPlace`). */
function moveItem(item: Item, d: number): void {
  if (item.type === 'Perception') {
    const p = item as Mutable<PerceptionStmt>;
    p.start += d;
    p.end += d;
    moveSpan(p.observer, d);
    moveSpan(p.target, d);
    if (p.level) moveSpan(p.level, d);
    if (p.value) {
      moveSpan(p.value, d);
      if (p.value.unit) moveSpan(p.value.unit, d);
    }
    return;
  }
  moveAny(item, d);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function moveSpan(span: { readonly start: number; readonly end: number }, d: number): void {
  (span as Mutable<typeof span>).start += d;
  (span as Mutable<typeof span>).end += d;
}

function moveAny(value: unknown, d: number): void {
  if (Array.isArray(value)) {
    for (const v of value) moveAny(v, d);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if ((key === 'start' || key === 'end') && typeof v === 'number') record[key] = v + d;
    else if (typeof v === 'object' && v !== null) moveAny(v, d);
  }
}

function shiftAny(value: unknown, d: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shiftAny(v, d));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = (key === 'start' || key === 'end') && typeof v === 'number' ? v + d : shiftAny(v, d);
  }
  return out;
}

function shiftProblem(problem: Problem, d: number): Problem {
  const shiftSpan = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + d,
    end: span.end + d,
  });
  return {
    ...problem,
    start: problem.start + d,
    end: problem.end + d,
    ...(problem.related
      ? { related: problem.related.map((r: ProblemRelated) => (r.uri === problem.uri ? shiftSpan(r) : r)) }
      : {}),
    ...(problem.fixes
      ? {
          fixes: problem.fixes.map((fix: ProblemFix) => ({
            ...fix,
            edits: fix.edits.map((e) => (e.uri === undefined || e.uri === problem.uri ? shiftSpan(e) : e)),
          })),
        }
      : {}),
  };
}

export { shiftProblem };
