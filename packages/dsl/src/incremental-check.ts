/**
 * Checking after an edit without checking everything again.
 *
 * An `IncrementalProgram` holds one open document (the root of a program), re-parses it
 * incrementally on each edit (incremental-parse.ts), and checks it incrementally when the
 * edit only touched fact statements: perceptions, borders, sea links, distances and claims,
 * which is most of what a large scenario holds and most of what an author types. Then the
 * problems of the statements outside the edit are kept (shifted past it), and the checks run
 * only on the statements the edit replaced and on the statements that share a fact with them
 * (a duplicate or contradictory fact involves both). Anything else (a state, an alliance, a
 * setting, a variant, an import, a changed imported file, a large paste) is checked in full.
 *
 * The result is the problem set a full `checkProgram` gives; test/incremental-check.test.ts
 * compares the two after random edits. Facts, symbols and lowering are computed when first
 * read, so an edit that only needs diagnostics costs work in proportion to the edit.
 */
import { checkLoaded, type CheckedProgram, type CheckOptions } from './check-program.js';
import { checkFacts } from './checks/check-facts.js';
import { checkNames } from './checks/check-names.js';
import { checkValues } from './checks/check-values.js';
import { createDocument, type DocumentProvider, type SourceDocument } from './document.js';
import { collectFacts, type ProgramFacts } from './facts.js';
import { updateDocument, type DocumentChange, type DocumentEdit } from './incremental-parse.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { lowerProgram, type LoweredProgram } from './lower.js';
import type { Problem } from './problem.js';
import { loadProgram, type Program } from './program.js';
import { buildSymbols, type StateSymbol, type SymbolTable } from './symbols.js';
import type { Item } from './syntax-tree.js';
import { pairKey } from './values.js';

/** Statements an incremental check can take; any other kind in an edit means a full check. */
const FACT_KINDS: ReadonlySet<Item['type']> = new Set([
  'Perception',
  'Border',
  'Sea',
  'Distance',
  'Expect',
  'Error',
]);

/** Past this many statements replaced, a full check is as quick and simpler. */
const MAX_REGION = 400;

/** "Did you mean" stops suggesting after 200 unknown names (checks/check-names.ts); stay below. */
const MAX_UNKNOWN = 150;

interface LastCheck {
  readonly root: SourceDocument;
  readonly program: Program;
  readonly checkProblems: readonly Problem[];
  /** Statements stating each fact (perception, border, sea link, distance), by key. */
  readonly counts: Map<string, number>;
  readonly declared: ReadonlyMap<string, StateSymbol>;
  readonly hasVariants: boolean;
  readonly checked: CheckedProgram;
}

/**
 * One open document checked edit by edit: an edit of fact statements is checked again only where
 * it can change problems, anything else in full, always with the problems a full check gives.
 */
export class IncrementalProgram {
  private current: SourceDocument;
  /** What the edits since the last check kept of the last checked document. */
  private pending: DocumentChange | undefined;
  /** Whether an edit since the last check moved statements in place, and another edit followed it. */
  private movedInPlace = false;
  private composedAfterMove = false;
  private last: LastCheck | undefined;
  private readonly limits: Limits;
  /** How the last check was done, and why not incrementally; tests and benchmarks read it. */
  lastCheck: 'full' | 'incremental' | undefined;
  fullReason: string | undefined;

  constructor(
    readonly uri: string,
    text: string,
    options: CheckOptions = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.current = createDocument(uri, text, this.limits);
  }

  /**
   * The states declared as of the last check. Edits that the incremental path takes never
   * change them, so this is cheaper than the checked program's symbol table, which is built
   * on first use after each edit.
   */
  get declaredStates(): ReadonlyMap<string, StateSymbol> | undefined {
    return this.last?.declared;
  }

  /** The document as it is now. */
  get document(): SourceDocument {
    return this.current;
  }

  /** Applies an edit (offsets in the current text), re-parsing only what it touched. */
  edit(edit: DocumentEdit): SourceDocument {
    // This object owns its documents, so the statements after the first edit since the last
    // check move in place (no copies of a large file's statements on each keystroke). The
    // old document's statements then carry new offsets, which the quick check allows for;
    // it does not for several edits composed after such a move, which are checked in full.
    const inPlace = this.pending === undefined;
    const { document, change } = updateDocument(this.current, edit, this.limits, { inPlace });
    this.current = document;
    if (this.pending) {
      this.pending = {
        prefix: Math.min(this.pending.prefix, change.prefix),
        suffix: Math.min(this.pending.suffix, change.suffix),
      };
      this.composedAfterMove = this.composedAfterMove || this.movedInPlace;
    } else {
      this.pending = change;
      this.composedAfterMove = false;
    }
    if (inPlace && change.suffix > 0 && edit.newText.length !== edit.end - edit.start)
      this.movedInPlace = true;
    return document;
  }

  /**
   * The checked program rooted at this document. `provider` must give this document for its
   * URI (and whatever it imports); the result is what `checkProgram` would return.
   */
  check(provider: DocumentProvider): CheckedProgram {
    const program = loadProgram(this.uri, provider, this.limits);
    this.fullReason = !this.last
      ? 'first check'
      : !this.pending
        ? 'no edit'
        : program.documents.at(-1) !== this.current
          ? 'not the root'
          : this.composedAfterMove
            ? 'several edits after statements moved in place'
            : undefined;
    let quick: CheckedProgram | undefined;
    try {
      quick =
        this.fullReason === undefined ? this.incremental(program, this.last!, this.pending!) : undefined;
    } catch {
      // A bug in the quick path must not cost the author their diagnostics: check in full.
      quick = this.fail('an internal error');
    }
    this.pending = undefined;
    this.movedInPlace = false;
    this.composedAfterMove = false;
    this.lastCheck = quick ? 'incremental' : 'full';
    return quick ?? this.full(program);
  }

  private fail(reason: string): undefined {
    this.fullReason = reason;
    return undefined;
  }

  private full(program: Program): CheckedProgram {
    const { facts, symbols, problems, checkProblems } = checkLoaded(program);
    const checked = lazyChecked(
      program,
      problems,
      () => facts,
      () => symbols,
    );
    this.last = {
      root: this.current,
      program,
      checkProblems,
      counts: countFacts(program),
      declared: symbols.states,
      hasVariants: facts.variants.length > 0,
      checked,
    };
    return checked;
  }

  private incremental(program: Program, last: LastCheck, change: DocumentChange): CheckedProgram | undefined {
    const root = this.current;
    if (last.hasVariants || program.overLimit || last.program.overLimit)
      return this.fail('variants or a limit');
    if (
      root.parseProblems.some((p) => p.code === 'file-too-large') ||
      last.root.parseProblems.some((p) => p.code === 'file-too-large')
    )
      return this.fail('a file over the size limit');
    // Every other document must be the one checked last time.
    if (program.documents.length !== last.program.documents.length) return this.fail('the imports changed');
    for (let i = 0; i < program.documents.length - 1; i++)
      if (program.documents[i] !== last.program.documents[i]) return this.fail('an imported file changed');

    const oldItems = last.root.file.items;
    const newItems = root.file.items;
    if (change.prefix + change.suffix > Math.min(oldItems.length, newItems.length))
      return this.fail('an inconsistent change');
    const delta = root.text.length - last.root.text.length;
    // Re-parsing starts a little before the edit and may stop a little after it: statements
    // parsed again to the same text are not part of the edit.
    let { prefix, suffix } = change;
    while (
      prefix < oldItems.length - suffix &&
      prefix < newItems.length - suffix &&
      sameStatement(last.root, oldItems[prefix]!, root, newItems[prefix]!, 0)
    )
      prefix++;
    while (
      suffix < oldItems.length - prefix &&
      suffix < newItems.length - prefix &&
      sameStatement(
        last.root,
        oldItems[oldItems.length - 1 - suffix]!,
        root,
        newItems[newItems.length - 1 - suffix]!,
        delta,
      )
    ) {
      suffix++;
    }
    const oldRegion = oldItems.slice(prefix, oldItems.length - suffix);
    const newRegion = newItems.slice(prefix, newItems.length - suffix);
    if (oldRegion.length + newRegion.length > MAX_REGION) return this.fail('a large edit');
    if (!oldRegion.every((i) => FACT_KINDS.has(i.type)) || !newRegion.every((i) => FACT_KINDS.has(i.type)))
      return this.fail('an edit of a statement other than a fact or claim');

    // The statements after the edit were moved in place, so the old document's copies of them
    // carry new offsets too: where the edit ended in the old text comes from the new one.
    const oldEnd = suffix > 0 ? newItems[newItems.length - suffix]!.start - delta : Infinity;
    const oldStart =
      prefix < oldItems.length - suffix
        ? oldItems[prefix]!.start
        : suffix > 0
          ? oldEnd
          : last.root.text.length;

    // Facts whose statements changed; those stated more than once are checked again everywhere.
    const before = new Map<string, number>();
    const affected = new Set<string>();
    for (const item of oldRegion) for (const key of factKeys(item)) affected.add(key);
    for (const item of newRegion) for (const key of factKeys(item)) affected.add(key);
    for (const key of affected) before.set(key, last.counts.get(key) ?? 0);
    const counts = new Map(before);
    for (const item of oldRegion) for (const key of factKeys(item)) counts.set(key, counts.get(key)! - 1);
    for (const item of newRegion) for (const key of factKeys(item)) counts.set(key, counts.get(key)! + 1);
    const repeated = new Set<string>();
    for (const key of affected) if (before.get(key)! >= 2 || counts.get(key)! >= 2) repeated.add(key);
    const sharing = repeated.size > 0 ? statementsSharing(program, repeated, root, newRegion) : [];

    // Old problems of the statements checked again are dropped; the rest kept, moved past the edit.
    const recheckedOld = new Map<string, { start: number; end: number }[]>();
    for (const { uri, item } of sharing) {
      const shift = uri === root.uri && item.start >= oldEnd + delta ? delta : 0;
      let spans = recheckedOld.get(uri);
      if (!spans) recheckedOld.set(uri, (spans = []));
      spans.push({ start: item.start - shift, end: item.end - shift });
    }
    const kept: Problem[] = [];
    for (const problem of last.checkProblems) {
      if (within(recheckedOld.get(problem.uri), problem.start)) continue;
      if (problem.uri !== root.uri) {
        kept.push(problem);
        continue;
      }
      if (problem.start >= oldStart && problem.start < oldEnd) continue;
      const moved = moveProblem(problem, root.uri, oldStart, oldEnd, delta);
      if (!moved) return this.fail('a problem that points into the edit');
      kept.push(moved);
    }

    // Check the replaced statements and those sharing a fact with them, in program order.
    const order = new Map(program.documents.map((d, i) => [d.uri, i]));
    const chosen = [...newRegion.map((item) => ({ uri: root.uri, item })), ...sharing].sort(
      (a, b) => order.get(a.uri)! - order.get(b.uri)! || a.item.start - b.item.start,
    );
    // Stand-ins with only the chosen statements; collectFacts reads nothing else (spreading a
    // document would build its line index).
    const documents = program.documents.map((d) => ({
      uri: d.uri,
      file: { type: 'File' as const, items: chosen.filter((c) => c.uri === d.uri).map((c) => c.item) },
    }));
    const facts = collectFacts({ root: program.root, documents } as unknown as Program);
    const local = buildSymbols(facts);
    const symbols: SymbolTable = {
      states: last.declared,
      duplicateStates: [],
      alliances: new Map(),
      variants: new Map(),
      references: local.references.map((r) => ({ ...r, symbol: last.declared.get(r.node.name) })),
    };
    const fresh: Problem[] = [];
    const context = { program, facts, symbols, report: (problem: Problem) => fresh.push(problem) };
    checkNames(context);
    checkValues(context);
    checkFacts(context);
    const checkProblems = [...kept, ...fresh];
    if (checkProblems.filter((p) => p.code === 'unknown-state').length >= MAX_UNKNOWN)
      return this.fail('many unknown names');

    for (const [key, count] of counts) {
      if (count === 0) last.counts.delete(key);
      else last.counts.set(key, count);
    }
    const problems: Problem[] = [];
    for (const document of program.documents) problems.push(...document.parseProblems);
    problems.push(...program.problems, ...checkProblems);
    let facts0: ProgramFacts | undefined;
    let symbols0: SymbolTable | undefined;
    const allFacts = () => (facts0 ??= collectFacts(program));
    const checked = lazyChecked(program, problems, allFacts, () => (symbols0 ??= buildSymbols(allFacts())));
    this.last = {
      root,
      program,
      checkProblems,
      counts: last.counts,
      declared: last.declared,
      hasVariants: false,
      checked,
    };
    return checked;
  }
}

/** A checked program whose facts, symbols and lowering are computed on first use. */
function lazyChecked(
  program: Program,
  problems: readonly Problem[],
  facts: () => ProgramFacts,
  symbols: () => SymbolTable,
): CheckedProgram {
  let lowered: LoweredProgram | undefined;
  return {
    program,
    problems,
    get facts() {
      return facts();
    },
    get symbols() {
      return symbols();
    },
    get lowered() {
      lowered ??= lowerProgram(program, facts(), symbols());
      return lowered;
    },
  };
}

/** The keys of the facts a top-level statement states (a fact of a state with itself has none). */
function factKeys(item: Item): string[] {
  switch (item.type) {
    case 'Perception':
      return item.observer.name === item.target.name
        ? []
        : [`p\u0000${item.observer.name}\u0000${item.target.name}`];
    case 'Border':
      return item.pairs
        .filter((p) => p.a.name !== p.b.name)
        .map((p) => `b\u0000${pairKey(p.a.name, p.b.name)}`);
    case 'Sea':
      return item.a.name === item.b.name ? [] : [`s\u0000${pairKey(item.a.name, item.b.name)}`];
    case 'Distance':
      return item.a.name === item.b.name ? [] : [`d\u0000${pairKey(item.a.name, item.b.name)}`];
    default:
      return [];
  }
}

function countFacts(program: Program): Map<string, number> {
  const counts = new Map<string, number>();
  for (const document of program.documents) {
    for (const item of document.file.items)
      for (const key of factKeys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Statements outside the edit that state one of `keys`, and, since a border lists several
 * pairs, those that share a key with any of them in turn.
 */
function statementsSharing(
  program: Program,
  keys: Set<string>,
  root: SourceDocument,
  region: readonly Item[],
): { uri: string; item: Item }[] {
  const inRegion = new Set<Item>(region);
  const found = new Map<Item, { uri: string; item: Item }>();
  for (let grew = true; grew;) {
    grew = false;
    // A statement can only state a key if it names a state of one; most are skipped on that.
    const names = new Set<string>();
    for (const key of keys) for (const name of key.split('\u0000').slice(1)) names.add(name);
    for (const document of program.documents) {
      for (const item of document.file.items) {
        if (!namesAny(item, names) || found.has(item) || (document === root && inRegion.has(item))) continue;
        const itemKeys = factKeys(item);
        if (!itemKeys.some((k) => keys.has(k))) continue;
        found.set(item, { uri: document.uri, item });
        for (const k of itemKeys) {
          if (!keys.has(k)) {
            keys.add(k);
            grew = true;
          }
        }
      }
    }
  }
  return [...found.values()];
}

function namesAny(item: Item, names: ReadonlySet<string>): boolean {
  switch (item.type) {
    case 'Perception':
      return names.has(item.observer.name);
    case 'Border':
      return item.pairs.some((p) => names.has(p.a.name) || names.has(p.b.name));
    case 'Sea':
    case 'Distance':
      return names.has(item.a.name);
    default:
      return false;
  }
}

/** Whether two statements, of two versions of a document, are the same text at the same place. */
function sameStatement(a: SourceDocument, x: Item, b: SourceDocument, y: Item, delta: number): boolean {
  // The same object: kept, or moved in place.
  if (x === y) return true;
  if (x.type !== y.type || x.start + delta !== y.start || x.end + delta !== y.end) return false;
  if ('closed' in x && 'closed' in y && x.closed !== y.closed) return false;
  return a.text.slice(x.start, x.end) === b.text.slice(y.start, y.end);
}

function within(spans: readonly { start: number; end: number }[] | undefined, offset: number): boolean {
  return spans !== undefined && spans.some((s) => offset >= s.start && offset <= s.end);
}

/** A root-document problem outside the edit, with every offset in the root moved past it. */
function moveProblem(
  problem: Problem,
  uri: string,
  oldStart: number,
  oldEnd: number,
  delta: number,
): Problem | undefined {
  // An end offset is exclusive: one at the edit's start still ends before it.
  const move = (x: number, end = false) =>
    x < oldStart || (end && x === oldStart) ? x : x >= oldEnd ? x + delta : Number.NaN;
  if (delta === 0) return problem;
  const start = move(problem.start);
  const end = move(problem.end, true);
  const related = problem.related?.map((r) =>
    r.uri === uri ? { ...r, start: move(r.start), end: move(r.end, true) } : r,
  );
  const fixes = problem.fixes?.map((fix) => ({
    ...fix,
    edits: fix.edits.map((e) =>
      e.uri === undefined || e.uri === uri
        ? { ...e, start: move(e.start, e.start === e.end), end: move(e.end, true) }
        : e,
    ),
  }));
  const all = [
    start,
    end,
    ...(related ?? []).filter((r) => r.uri === uri).flatMap((r) => [r.start, r.end]),
    ...(fixes ?? []).flatMap((f) => f.edits.flatMap((e) => [e.start, e.end])),
  ];
  if (all.some((x) => Number.isNaN(x))) return undefined;
  return { ...problem, start, end, ...(related ? { related } : {}), ...(fixes ? { fixes } : {}) };
}
