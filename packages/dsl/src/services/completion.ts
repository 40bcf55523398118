/**
 * Completion in context. The cursor's context is read from the text of the statement it is
 * in (the tree of a statement being typed is usually an error node, so it says little):
 * the words before the cursor decide whether a statement keyword, an attribute, a level, a
 * state name, a claim, a setting or a unit comes next.
 */
import { INTENT_LEVELS, LEVEL_MEANINGS, OFFENSE_LEVELS, settingDescriptor } from '@threatlab/core';
import type { Range } from '../diagnostic.js';
import type { SourceDocument } from '../document.js';
import type { SymbolTable } from '../symbols.js';
import type { Item } from '../syntax-tree.js';
import {
  ALLIANCE_KIND_WORDS,
  COMPONENT_WORDS,
  FACTOR_WORDS,
  INTENT_WORDS,
  KM_SETTINGS,
  LENGTH_UNITS,
  OFFENSE_WORDS,
  REACH_WORDS,
  REMOVABLE,
  SETTING_WORDS,
} from './vocabulary.js';
import { lineEndAt, lineStartAt } from '../line-index.js';

/** What a completion item inserts, for the editor's icon. */
export type CompletionKind =
  'keyword' | 'snippet' | 'state' | 'alliance' | 'level' | 'attribute' | 'setting' | 'unit' | 'claim';

/** One completion offered at the cursor. */
export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text to insert in place of the word being typed; the label when absent. */
  readonly insertText?: string;
  /** `insertText` is a snippet with `${1:placeholder}` tab stops. */
  readonly snippet?: boolean;
  /** Replaces this range instead of the word being typed (a unit glued to its number). */
  readonly range?: Range;
  readonly filterText?: string;
}

/** The items offered at the cursor and the range of the word they replace. */
export interface CompletionResult {
  /** The word being typed, which an item replaces. */
  readonly range: Range;
  readonly items: readonly CompletionItem[];
}

const TOKEN =
  /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\\n]|\\.)*"?|[\p{L}_][\p{L}\p{N}_-]*|-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|[{}:,;%]/gu;
const NUMBER = /^-?[0-9]/;
const WORD_CHAR = /[\p{L}\p{N}_-]/u;

type Context = 'top' | 'variant' | 'state' | 'components' | 'settings' | 'header';

/**
 * @param document the document as it is now (the cursor's text)
 * @param symbols the names known from the latest check, which may be a keystroke older
 */
/** The names completion offers: core of the symbol table (a cheap view of it will do). */
export type CompletionNames = Pick<SymbolTable, 'states' | 'alliances'>;

/**
 * What may be typed at `offset`: keywords and snippets at the start of a line, attributes in a
 * block, names and levels where the grammar expects them.
 */
export function completion(
  document: SourceDocument,
  symbols: CompletionNames | undefined,
  offset: number,
): CompletionResult {
  const text = document.text;
  let partialStart = offset;
  while (partialStart > 0 && WORD_CHAR.test(text[partialStart - 1]!)) partialStart--;
  const range = document.lines.range(partialStart, offset);
  const { context, start } = contextAt(document, partialStart);
  const tokens = tokenize(text.slice(start, partialStart));
  const states = stateItems(symbols);
  const items = itemsFor(
    context,
    tokens,
    states,
    symbols,
    text.slice(partialStart, offset),
    document,
    partialStart,
    offset,
  );
  return { range, items };
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN))
    if (!match[0].startsWith('//') && !match[0].startsWith('/*')) tokens.push(match[0]);
  return tokens;
}

/** Which block the cursor is in, and where the entry or statement it is typing starts. */
function contextAt(document: SourceDocument, offset: number): { context: Context; start: number } {
  const item = lastItemStartingBefore(document.file.items, offset);
  const text = document.text;
  if (item && item.type === 'Variant' && insideBlock(document, item, offset, item.name.end)) {
    const inner = lastItemStartingBefore(item.items, offset);
    if (inner) {
      const block = blockContext(document, inner, offset);
      if (block) return block;
    }
    return { context: 'variant', start: statementStart(text, offset) };
  }
  if (item) {
    const block = blockContext(document, item, offset);
    if (block) return block;
  }
  return { context: 'top', start: statementStart(text, offset) };
}

function blockContext(
  document: SourceDocument,
  item: Item,
  offset: number,
): { context: Context; start: number } | undefined {
  const text = document.text;
  if (
    item.type === 'State' &&
    item.attrs !== null &&
    insideBlock(document, item, offset, (item.name ?? item.id).end)
  ) {
    for (const attr of item.attrs) {
      if (
        attr.type === 'Power' &&
        attr.value.type === 'Components' &&
        insideBlock(document, attr.value, offset, attr.start)
      ) {
        return { context: 'components', start: entryStart(text, offset) };
      }
    }
    return { context: 'state', start: entryStart(text, offset) };
  }
  if (item.type === 'Settings' && insideBlock(document, item, offset, item.start))
    return { context: 'settings', start: entryStart(text, offset) };
  if (item.type === 'Scenario' && insideBlock(document, item, offset, item.title.end))
    return { context: 'header', start: entryStart(text, offset) };
  return undefined;
}

/** Whether `offset` is after the block's `{` and before its `}` (or anywhere after it when unclosed). */
function insideBlock(
  document: SourceDocument,
  node: { start: number; end: number; closed: boolean },
  offset: number,
  searchFrom: number,
): boolean {
  const open = document.text.indexOf('{', searchFrom);
  if (open < 0 || open >= offset || open > node.end) return false;
  if (node.closed) return offset < node.end;
  // An unclosed block runs until a line that starts a new statement.
  const between = document.text.slice(node.end, offset);
  return !/\n[ \t]*(scenario|import|state|border|sea|distance|alliance|expect|settings|variant|remove)\b/.test(
    between,
  );
}

function lastItemStartingBefore(items: readonly Item[], offset: number): Item | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: Item | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < offset) {
      found = items[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The start of the statement being typed: its line, or earlier lines that end with a comma. */
function statementStart(text: string, offset: number): number {
  let start = lineStartAt(text, offset);
  const semicolon = text.lastIndexOf(';', offset - 1);
  if (semicolon >= start) return semicolon + 1;
  while (start > 0) {
    const previousStart = lineStartAt(text, start - 1);
    const previous = text
      .slice(previousStart, lineEndAt(text, previousStart))
      .replace(/\/\/.*$/, '')
      .trimEnd();
    if (!previous.endsWith(',')) break;
    start = previousStart;
  }
  return start;
}

/** The start of the block entry being typed: after the `{` or the previous line break. */
function entryStart(text: string, offset: number): number {
  const lineStart = lineStartAt(text, offset);
  const brace = text.lastIndexOf('{', offset - 1);
  return Math.max(lineStart, brace + 1);
}

function keyword(label: string, detail?: string, documentation?: string): CompletionItem {
  return {
    label,
    kind: 'keyword',
    ...(detail ? { detail } : {}),
    ...(documentation ? { documentation } : {}),
  };
}

function snippet(label: string, insertText: string, detail: string): CompletionItem {
  return { label, kind: 'snippet', insertText, snippet: true, detail };
}

const STATEMENT_ITEMS: readonly CompletionItem[] = [
  snippet(
    'state',
    'state ${1:Name} { power ${2:0.1}  offense ${3|low,medium,high|}  intent ${4|benign,status-quo,revisionist,hostile|} }',
    'declare a state',
  ),
  snippet(
    'alliance',
    'alliance "${1:Name}" ${2|defense,offense,neutrality,nonaggression,entente|} ${3:1900}: ${4:A}, ${5:B}',
    'declare an alliance',
  ),
  snippet(
    'expect',
    'expect ${1:State} ${2|balances against,bandwagons with,stays neutral,threatens|} ${3}',
    'a claim the model should confirm',
  ),
  snippet('border', 'border ${1:A} ${2:B}', 'shared land borders'),
  snippet('sea', 'sea ${1:A} ${2:B} ${3:100} km', 'a sea crossing'),
  snippet('distance', 'distance ${1:A} ${2:B} ${3:1000} km', 'the distance between two states'),
  snippet('scenario', 'scenario "${1:Title}" { year ${2:1914} }', 'the scenario header'),
  snippet('import', 'import "${1:file.threat}"', 'bring in another file'),
  snippet('settings', 'settings {\n  ${1:weight intent 2}\n}', 'override model settings'),
  snippet('variant', 'variant "${1:Name}" {\n  ${2}\n}', 'a what-if over the base scenario'),
];

const ATTRIBUTE_ITEMS: readonly CompletionItem[] = [
  {
    label: 'power',
    kind: 'attribute',
    detail: 'aggregate power: a share of the system (0-1 or %) or components',
  },
  { label: 'offense', kind: 'attribute', detail: 'offensive capability: low, medium, high or 0-1' },
  {
    label: 'intent',
    kind: 'attribute',
    detail: 'declared intentions: benign, status-quo, revisionist, hostile or 0-1',
  },
  {
    label: 'capital',
    kind: 'attribute',
    detail: 'latitude and longitude of the capital',
    insertText: 'capital ${1:0.0} ${2:0.0}',
    snippet: true,
  },
  { label: 'reach', kind: 'attribute', detail: 'power projection: local, regional, global or a distance' },
  { label: 'major', kind: 'attribute', detail: 'a major (great) power' },
];

const CLAIM_ITEMS: readonly CompletionItem[] = [
  {
    label: 'balances against',
    kind: 'claim',
    insertText: 'balances against ',
    detail: 'allies against the threat',
  },
  {
    label: 'bandwagons with',
    kind: 'claim',
    insertText: 'bandwagons with ',
    detail: 'aligns with the source of danger',
  },
  { label: 'stays neutral', kind: 'claim', detail: 'stays out of alignments' },
  {
    label: 'threatens',
    kind: 'claim',
    insertText: 'threatens ${1:Observer} more than ${2:Other}',
    snippet: true,
    detail: 'compares two threats to one observer',
  },
  { label: 'does not', kind: 'claim', insertText: 'does not ', detail: 'the negated claim' },
];

const NEGATED_CLAIM_ITEMS: readonly CompletionItem[] = [
  { label: 'balance against', kind: 'claim', insertText: 'balance against ' },
  { label: 'bandwagon with', kind: 'claim', insertText: 'bandwagon with ' },
  { label: 'stay neutral', kind: 'claim' },
  {
    label: 'threaten',
    kind: 'claim',
    insertText: 'threaten ${1:Observer} more than ${2:Other}',
    snippet: true,
  },
];

function levelItems(
  words: readonly string[],
  values: Readonly<Record<string, number>> | undefined,
): CompletionItem[] {
  return words.map((word) => ({
    label: word,
    kind: 'level' as const,
    ...(values && word in values ? { detail: `${values[word]}` } : {}),
    ...(word in LEVEL_MEANINGS ? { documentation: LEVEL_MEANINGS[word as keyof typeof LEVEL_MEANINGS] } : {}),
  }));
}

function stateItems(symbols: CompletionNames | undefined): CompletionItem[] {
  if (!symbols) return [];
  return [...symbols.states.values()].map((symbol) => ({
    label: symbol.id,
    kind: 'state' as const,
    ...(symbol.statement.name ? { detail: symbol.statement.name.value } : {}),
  }));
}

function unitItems(
  units: readonly string[],
  glued: { number: string; range: Range } | undefined,
): CompletionItem[] {
  return units.map((unit) => {
    const written = unit === '%' ? unit : ` ${unit}`;
    return glued
      ? {
          label: unit,
          kind: 'unit' as const,
          insertText: `${glued.number}${written}`,
          range: glued.range,
          filterText: `${glued.number}${written}`,
        }
      : { label: unit, kind: 'unit' as const };
  });
}

function itemsFor(
  context: Context,
  tokens: readonly string[],
  states: readonly CompletionItem[],
  symbols: CompletionNames | undefined,
  partial: string,
  document: SourceDocument,
  partialStart: number,
  offset: number,
): CompletionItem[] {
  const last = tokens[tokens.length - 1];
  // A number typed right before the cursor ("34|"): units glued to it replace the number.
  const glued = NUMBER.test(partial)
    ? { number: partial, range: document.lines.range(partialStart, offset) }
    : undefined;
  const afterNumber = glued !== undefined || (last !== undefined && NUMBER.test(last));
  switch (context) {
    case 'state': {
      const attribute = lastOf(tokens, ['power', 'offense', 'intent', 'capital', 'reach', 'major']);
      const sinceAttribute = attribute ? tokens.slice(tokens.lastIndexOf(attribute) + 1) : tokens;
      if (attribute === 'offense' && sinceAttribute.length === 0)
        return levelItems(OFFENSE_WORDS, OFFENSE_LEVELS);
      if (attribute === 'intent' && sinceAttribute.length === 0)
        return levelItems(INTENT_WORDS, INTENT_LEVELS);
      if (attribute === 'reach' && sinceAttribute.length === 0) return levelItems(REACH_WORDS, undefined);
      if (attribute === 'reach' && afterNumber && sinceAttribute.length <= 1)
        return unitItems(LENGTH_UNITS, glued);
      // `%` follows its number directly, so it is offered only glued to one.
      if (
        (attribute === 'power' || attribute === 'offense' || attribute === 'intent') &&
        glued &&
        sinceAttribute.length === 0
      ) {
        return unitItems(['%'], glued);
      }
      if (attribute === 'power' && sinceAttribute.length === 0) {
        return [
          {
            label: '{ components }',
            kind: 'snippet',
            insertText: '{ milex ${1} milper ${2} irst ${3} pec ${4} tpop ${5} upop ${6} }',
            snippet: true,
            detail: 'the six CINC components',
          },
        ];
      }
      if (attribute === 'capital' && sinceAttribute.length < 2) return [];
      return [...ATTRIBUTE_ITEMS];
    }
    case 'components':
      if (afterNumber || tokens.length === 0 || NUMBER.test(last ?? ''))
        return COMPONENT_WORDS.map((w) => ({ label: w, kind: 'attribute' as const }));
      return [];
    case 'settings': {
      if (last === 'weight') return FACTOR_WORDS.map((w) => ({ label: w, kind: 'setting' as const }));
      const name =
        tokens.length >= 1 ? (tokens[0] === 'weight' ? `weight-${tokens[1] ?? ''}` : tokens[0]!) : undefined;
      if (afterNumber && name && KM_SETTINGS.has(name) && tokens.length <= 2)
        return unitItems(LENGTH_UNITS, glued);
      if (tokens.length === 0 || afterNumber) {
        return [
          {
            label: 'weight',
            kind: 'setting',
            detail: 'the weight of a factor: power, proximity, offense, intent',
          },
          ...SETTING_WORDS.map((w) => ({
            label: w,
            kind: 'setting' as const,
            ...(settingDescriptor(w) ? { detail: settingDescriptor(w)!.description } : {}),
          })),
        ];
      }
      return [];
    }
    case 'header':
      if (tokens.length === 0 || afterNumber || (last ?? '').startsWith('"'))
        return ['year', 'source', 'wartime'].map((w) => keyword(w));
      return [];
    case 'top':
    case 'variant':
      return statementItems(context, tokens, states, symbols, glued, afterNumber);
  }
}

function statementItems(
  context: 'top' | 'variant',
  tokens: readonly string[],
  states: readonly CompletionItem[],
  symbols: CompletionNames | undefined,
  glued: { number: string; range: Range } | undefined,
  afterNumber: boolean,
): CompletionItem[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const n = tokens.length;
  if (n === 0) {
    const keywords =
      context === 'variant'
        ? STATEMENT_ITEMS.filter((i) => !['scenario', 'import', 'variant'].includes(i.label)).concat([
            snippet(
              'remove',
              'remove ${1|alliance,border,sea,distance,perception|} ',
              'drop a fact of the base',
            ),
          ])
        : STATEMENT_ITEMS;
    return [...keywords, ...states];
  }
  switch (first) {
    case 'state':
      return n === 1 && context === 'variant' ? [...states] : [];
    case 'border':
      return [...states];
    case 'sea':
    case 'distance':
      if (n < 3) return [...states];
      if (n === 3 && glued) return unitItems(LENGTH_UNITS, glued);
      if (n === 4 && afterNumber) return unitItems(LENGTH_UNITS, undefined);
      return [];
    case 'alliance':
      if (n === 2 && (last ?? '').startsWith('"'))
        return ALLIANCE_KIND_WORDS.map((w) => ({ label: w, kind: 'level' as const }));
      if (last === ':' || last === ',') return [...states];
      return [];
    case 'expect':
      return claimItems(tokens.slice(1), states);
    case 'remove':
      if (n === 1) return REMOVABLE.map((w) => keyword(w));
      if (tokens[1] === 'alliance' && n === 2) {
        return [...(symbols?.alliances.keys() ?? [])].map((name) => ({
          label: `"${name}"`,
          kind: 'alliance' as const,
        }));
      }
      return n < 4 ? [...states] : [];
    case 'scenario':
    case 'import':
    case 'settings':
    case 'variant':
      return [];
    default:
      break;
  }
  // A perception: `Observer sees Target as level`.
  if (n === 1) return [keyword('sees', 'how this state perceives another')];
  if (n === 2 && last === 'sees') return [...states];
  if (n === 3 && tokens[1] === 'sees') return [keyword('as')];
  if (n === 4 && last === 'as') return levelItems(INTENT_WORDS, INTENT_LEVELS);
  if (n === 4 && tokens[3] === 'as' && glued) return unitItems(['%'], glued);
  return [];
}

function claimItems(tokens: readonly string[], states: readonly CompletionItem[]): CompletionItem[] {
  const n = tokens.length;
  const last = tokens[n - 1];
  if (n === 0) return [...states];
  if (n === 1) return [...CLAIM_ITEMS];
  if (last === 'balances' || last === 'balance') return [keyword('against')];
  if (last === 'bandwagons' || last === 'bandwagon') return [keyword('with')];
  if (last === 'stays' || last === 'stay') return [keyword('neutral')];
  if (last === 'does') return [keyword('not')];
  if (last === 'not') return [...NEGATED_CLAIM_ITEMS];
  if (last === 'against' || last === 'with' || last === 'threatens' || last === 'threaten' || last === 'than')
    return [...states];
  if ((tokens[n - 2] === 'threatens' || tokens[n - 2] === 'threaten') && n >= 3)
    return [{ label: 'more than', kind: 'claim', insertText: 'more than ' }];
  if (last === 'more') return [keyword('than')];
  if (last === 'under')
    return [
      { label: 'balance of threat', kind: 'claim' },
      { label: 'balance of power', kind: 'claim' },
    ];
  if (last === 'of') return [keyword('threat'), keyword('power')];
  const complete =
    last === 'neutral' || tokens[n - 2] === 'against' || tokens[n - 2] === 'with' || tokens[n - 2] === 'than';
  if (complete)
    return [
      { label: 'under balance of power', kind: 'claim', detail: "judge the claim under Waltz's theory" },
      { label: 'under balance of threat', kind: 'claim' },
    ];
  return [];
}

function lastOf(tokens: readonly string[], words: readonly string[]): string | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (words.includes(tokens[i]!)) return tokens[i];
  return undefined;
}
