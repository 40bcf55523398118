/**
 * Text to syntax tree, never throwing.
 *
 * The generated Peggy parser reads the whole file with recovery built into the grammar: what
 * it cannot read becomes `Error` and `AttrError` items. This module then explains each of
 * them by running the failed rule again, alone, at the same offset (Peggy's library mode
 * returns the furthest failure and what was expected there instead of throwing), and reports
 * unclosed blocks and strings. Only failed parts are parsed twice.
 */
import { parse as peggyParse } from '../generated/threat-parser.js';
import type { Problem } from './problem.js';
import { describeSyntaxError, type Expectation } from './syntax-message.js';
import type {
  AttrErrorNode,
  ErrorNode,
  FileNode,
  HeaderEntry,
  Item,
  Span,
  StateStmt,
  Statement,
  StringNode,
} from './syntax-tree.js';

/** Rules a failed part can be re-run from; they are the grammar's allowed start rules. */
type RecoveryRule = 'Statement' | 'Attribute' | 'Component' | 'Setting' | 'HeaderEntry';

interface LibraryResult {
  readonly peg$maxFailPos: number;
  readonly peg$maxFailExpected: readonly Expectation[];
}

/** A document's syntax tree and its syntax problems (the tree holds what could be read). */
export interface ParseResult {
  readonly file: FileNode;
  readonly problems: readonly Problem[];
}

/** The generated parser's entry point; tests pass the traced build to count its work. */
export interface GeneratedParser {
  parse(input: string, options?: Record<string, unknown>): unknown;
}

const GENERATED: GeneratedParser = { parse: peggyParse as GeneratedParser['parse'] };

/** Parses a document; never throws: unreadable lines become `Error` items with a problem explaining each. */
export function parseText(uri: string, text: string, parser: GeneratedParser = GENERATED): ParseResult {
  let items: Item[];
  try {
    items = parser.parse(text, { startRule: 'File', grammarSource: uri }) as Item[];
  } catch (error) {
    // The grammar reads any text, so this is a bug in the grammar; keep the user's session
    // alive and say so instead of throwing.
    return {
      file: { type: 'File', items: [] },
      problems: [
        { code: 'syntax-error', message: `Internal parser failure: ${String(error)}`, uri, start: 0, end: 0 },
      ],
    };
  }
  const { items: merged, problems } = collectItems(uri, text, items, parser);
  return { file: { type: 'File', items: merged }, problems };
}

/**
 * The items the grammar returned for a stretch of `text`, with runs of unreadable lines merged
 * and every problem explained. `parseText` calls it on the whole file; incremental re-parsing
 * on the statements an edit touched.
 */
export function collectItems(
  uri: string,
  text: string,
  items: readonly Item[],
  parser: GeneratedParser = GENERATED,
): { items: Item[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const collector = new ProblemCollector(uri, text, problems, parser);
  return { items: collector.items(items), problems };
}

class ProblemCollector {
  constructor(
    private readonly uri: string,
    private readonly text: string,
    private readonly problems: Problem[],
    private readonly parser: GeneratedParser,
  ) {}

  /**
   * Reports each unreadable line, then walks the statements. A bad line that opens a block
   * takes the following unreadable lines with it until the block's braces balance, so a broken
   * `state` header gives one error, not one per attribute line.
   */
  items(items: readonly Item[]): Item[] {
    const result: Item[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.type !== 'Error') {
        this.statement(item);
        result.push(item);
        continue;
      }
      let end = item.end;
      let depth = braceBalance(this.text, item.start, item.end);
      while (depth > 0 && i + 1 < items.length && items[i + 1]!.type === 'Error') {
        const next = items[++i]!;
        depth += braceBalance(this.text, next.start, next.end);
        end = next.end;
      }
      this.explain('Statement', item.start, item.end);
      result.push({ type: 'Error', start: item.start, end } satisfies ErrorNode);
    }
    return result;
  }

  private statement(statement: Statement): void {
    switch (statement.type) {
      case 'Scenario':
        this.string(statement.title);
        this.entries(statement.entries, 'HeaderEntry');
        for (const entry of statement.entries)
          if (entry.type === 'Source') entry.values.forEach((v) => this.string(v));
        this.unclosed(
          statement,
          statement.closed,
          `the header of scenario "${statement.title.value}"`,
          statement.title.end,
        );
        break;
      case 'Import':
        this.string(statement.path);
        break;
      case 'State':
        this.state(statement);
        break;
      case 'Alliance':
        this.string(statement.name);
        break;
      case 'Settings':
        this.entries(statement.entries, 'Setting');
        this.unclosed(statement, statement.closed, 'the settings block', statement.start);
        break;
      case 'Variant': {
        this.string(statement.name);
        // Nested items are merged in place: the grammar returns a fresh array we own.
        const merged = this.items(statement.items);
        (statement as { items: readonly Item[] }).items = merged;
        this.unclosed(statement, statement.closed, `variant "${statement.name.value}"`, statement.name.end);
        break;
      }
      case 'Remove':
        if (statement.name) this.string(statement.name);
        break;
      default:
        break;
    }
  }

  private state(statement: StateStmt): void {
    if (statement.name) this.string(statement.name);
    if (!statement.attrs) return;
    this.entries(statement.attrs, 'Attribute');
    for (const attr of statement.attrs) {
      if (attr.type === 'Power' && attr.value.type === 'Components') {
        this.entries(attr.value.entries, 'Component');
        this.unclosed(
          attr.value,
          attr.value.closed,
          `the power components of state "${statement.id.name}"`,
          attr.start,
        );
      }
    }
    this.unclosed(statement, statement.closed, `state "${statement.id.name}"`, statement.id.end);
  }

  /** Reports each run of unreadable entries in a block once. */
  private entries(entries: readonly (HeaderEntry | (Span & { type: string }))[], rule: RecoveryRule): void {
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.type !== 'AttrError') continue;
      this.explain(rule, entry.start, entry.end);
      while (i + 1 < entries.length && entries[i + 1]!.type === 'AttrError') i++;
    }
  }

  private explain(rule: RecoveryRule, start: number, end: number): void {
    let failPos = start;
    let expected: readonly Expectation[] = [];
    try {
      const result = this.parser.parse(this.text, {
        startRule: rule,
        peg$library: true,
        peg$currPos: start,
      }) as LibraryResult;
      failPos = result.peg$maxFailPos;
      expected = result.peg$maxFailExpected;
    } catch {
      // Library mode does not throw; if it ever did, the generic message below still holds.
    }
    const described = describeSyntaxError(this.text, start, end, failPos, expected);
    this.problems.push({
      code: 'syntax-error',
      message: described.message,
      uri: this.uri,
      start: described.start,
      end: described.end,
      ...(described.suggestion
        ? {
            fixes: [
              {
                title: `Change to "${described.suggestion.text}"`,
                edits: [
                  {
                    start: described.suggestion.start,
                    end: described.suggestion.end,
                    newText: described.suggestion.text,
                  },
                ],
                preferred: true,
              },
            ],
          }
        : {}),
    });
  }

  private unclosed(node: Span, closed: boolean, what: string, searchFrom: number): void {
    if (closed) return;
    const open = this.text.indexOf('{', searchFrom);
    const brace = open >= 0 && open < node.end ? open : node.start;
    this.problems.push({
      code: 'unclosed-block',
      message: `The "{" of ${what} is never closed`,
      uri: this.uri,
      start: brace,
      end: brace + 1,
      fixes: [
        { title: 'Insert "}"', edits: [{ start: node.end, end: node.end, newText: ' }' }], preferred: true },
      ],
    });
  }

  private string(node: StringNode): void {
    if (node.closed) return;
    this.problems.push({
      code: 'unclosed-string',
      message: 'This quoted name has no closing quote on its line',
      uri: this.uri,
      start: node.start,
      end: node.end,
      fixes: [
        {
          title: 'Insert the closing quote',
          edits: [{ start: node.end, end: node.end, newText: '"' }],
          preferred: true,
        },
      ],
    });
  }
}

/** Opening minus closing braces in a stretch of text, outside quoted names. */
export function braceBalance(text: string, start: number, end: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10) quoted = false;
    else if (!quoted && c === 123) depth++;
    else if (!quoted && c === 125) depth--;
  }
  return depth;
}

export type { AttrErrorNode };
