/**
 * Turns Peggy's "expected one of these at this offset" into a sentence a person would write:
 * `Expected a number or a level (low, medium, high) after "offense", found "abc"`.
 *
 * Token rules in the grammar carry display names ("a number", "a state name"); this module
 * groups keyword literals into what they mean ("an attribute (power, offense, ...)"), names
 * the token the failure follows and the one it found, and stops at the end of the line.
 */
import { didYouMean } from './messages.js';
import { closestMatch } from './suggest.js';

/** One entry of Peggy's expectation list (see the generated parser's .d.ts). */
export type Expectation =
  | { readonly type: 'literal'; readonly text: string }
  | { readonly type: 'other'; readonly description: string }
  | { readonly type: 'class' }
  | { readonly type: 'any' }
  | { readonly type: 'end' };

/** The keywords a statement starts with, as the grammar's failures list them. */
export const TOP_LEVEL_KEYWORDS = [
  'scenario',
  'import',
  'state',
  'border',
  'sea',
  'distance',
  'alliance',
  'expect',
  'settings',
  'variant',
  'remove',
] as const;
/** The attribute keywords of a state block, grouped as "an attribute" in messages. */
export const ATTRIBUTE_KEYWORDS = ['power', 'offense', 'intent', 'capital', 'reach', 'major'] as const;
const CLAIM_VERBS = ['balances', 'bandwagons', 'stays', 'threatens', 'does'];
const HEADER_KEYWORDS = ['year', 'source', 'wartime'];
const UNITS = ['km', 'mi', 'nm'];

const GROUPS: readonly { readonly words: readonly string[]; readonly phrase: string }[] = [
  { words: ATTRIBUTE_KEYWORDS, phrase: `an attribute (${ATTRIBUTE_KEYWORDS.join(', ')})` },
  {
    words: CLAIM_VERBS,
    phrase:
      'a claim (balances against, bandwagons with, stays neutral, threatens ... more than, does not ...)',
  },
  { words: HEADER_KEYWORDS, phrase: 'a header entry (year, source, wartime)' },
  { words: UNITS, phrase: 'a unit (km, mi, nm)' },
  {
    words: TOP_LEVEL_KEYWORDS,
    phrase:
      'a statement (state, border, sea, distance, alliance, expect, settings, variant, scenario, import, remove)',
  },
];

/** A syntax problem worded for a person, with the span it covers. */
export interface SyntaxMessage {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** A replacement for a misspelled keyword, when the failure looks like one. */
  readonly suggestion?: { readonly start: number; readonly end: number; readonly text: string };
}

const WORD_AT = /[\p{L}\p{N}_\-.]+/uy;

/** The token that starts at `pos`, for quoting in a message. */
function tokenAt(text: string, pos: number): string {
  const c = text[pos];
  if (c === '"') {
    const close = text.indexOf('"', pos + 1);
    const newline = text.indexOf('\n', pos);
    const end =
      close >= 0 && (newline < 0 || close < newline) ? close + 1 : newline < 0 ? text.length : newline;
    return text.slice(pos, Math.min(end, pos + 40));
  }
  WORD_AT.lastIndex = pos;
  if (WORD_AT.test(text)) return text.slice(pos, Math.min(WORD_AT.lastIndex, pos + 40));
  return text.slice(pos, pos + 1);
}

/** Where the token that ends at `end` (ignoring blanks) starts, on the same line; -1 if none. */
function previousTokenStart(text: string, end: number, lineStart: number): number {
  let pos = end;
  while (pos > lineStart && (text[pos - 1] === ' ' || text[pos - 1] === '\t' || text[pos - 1] === '\r'))
    pos--;
  if (pos <= lineStart) return -1;
  const last = text[pos - 1]!;
  if (last === '"') {
    const open = text.lastIndexOf('"', pos - 2);
    return open >= lineStart ? open : pos - 1;
  }
  let start = pos;
  while (start > lineStart && /[\p{L}\p{N}_\-.%]/u.test(text[start - 1]!)) start--;
  return start === pos ? pos - 1 : start;
}

function joinAlternatives(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? 'something else';
  return `${phrases.slice(0, -1).join(', ')} or ${phrases[phrases.length - 1]}`;
}

function phrasesOf(expected: readonly Expectation[]): string[] {
  const literals = new Set<string>();
  const phrases: string[] = [];
  const seen = new Set<string>();
  const add = (phrase: string) => {
    if (!seen.has(phrase)) {
      seen.add(phrase);
      phrases.push(phrase);
    }
  };
  for (const e of expected) if (e.type === 'literal') literals.add(e.text);
  const grouped = new Set<string>();
  for (const group of GROUPS) {
    const present = group.words.filter((w) => literals.has(w));
    if (present.length >= Math.min(3, group.words.length)) {
      present.forEach((w) => grouped.add(w));
    }
  }
  for (const e of expected) {
    switch (e.type) {
      case 'literal': {
        if (grouped.has(e.text)) {
          const group = GROUPS.find((g) => g.words.includes(e.text))!;
          add(group.phrase);
        } else add(`"${e.text}"`);
        break;
      }
      case 'other':
        add(e.description);
        break;
      case 'end':
        add('the end of the file');
        break;
      default:
        add('another character');
    }
  }
  // "a statement" subsumes "a state name" at the start of a line.
  if (seen.has(GROUPS[4]!.phrase) && seen.has('a state name')) {
    return phrases.filter((p) => p !== 'a state name');
  }
  return phrases;
}

/**
 * The message for a failure at `failPos`. `regionEnd` is where the unreadable text ends: a
 * failure recorded beyond it (the rule looked ahead into the next line) is reported at the end
 * of the region instead, as "found the end of the line".
 */
export function describeSyntaxError(
  text: string,
  regionStart: number,
  regionEnd: number,
  failPos: number,
  expected: readonly Expectation[],
): SyntaxMessage {
  const pos = Math.max(regionStart, Math.min(failPos, regionEnd));
  let lineStart = pos;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  const atLineEnd = pos >= text.length || text[pos] === '\n' || text[pos] === '\r' || failPos > regionEnd;
  const found =
    pos >= text.length
      ? 'the end of the file'
      : atLineEnd
        ? 'the end of the line'
        : `"${tokenAt(text, pos)}"`;

  const previousStart = previousTokenStart(text, pos, Math.max(lineStart, regionStart));
  const previous = previousStart >= 0 ? text.slice(previousStart, pos).trimEnd() : '';
  const phrases = phrasesOf(expected);

  // A misspelled statement keyword parses as the start of a perception (`stat Germany ...` is
  // read as a state named "stat" that must be followed by "sees"): say what was probably meant.
  const firstWord = tokenAt(text, regionStart);
  const keyword = closestMatch(firstWord, TOP_LEVEL_KEYWORDS);
  if (
    keyword !== undefined &&
    phrases.length === 1 &&
    phrases[0] === '"sees"' &&
    previousStart === regionStart
  ) {
    return {
      message: `Unknown statement "${firstWord}"${didYouMean(keyword)}`,
      start: regionStart,
      end: regionStart + firstWord.length,
      suggestion: { start: regionStart, end: regionStart + firstWord.length, text: keyword },
    };
  }

  let message = `Expected ${joinAlternatives(phrases)}${previous ? ` after "${previous}"` : ''}, found ${found}`;
  const foundWord = atLineEnd ? '' : tokenAt(text, pos);
  if (
    phrases.includes('a state name') &&
    (TOP_LEVEL_KEYWORDS as readonly string[]).concat('sees').includes(foundWord)
  ) {
    message += ` ("${foundWord}" is a keyword and cannot name a state)`;
  }
  // Underline what was found; at the end of a line there is nothing, so underline what the
  // missing part should have followed.
  if (atLineEnd) {
    return previousStart >= 0
      ? { message, start: previousStart, end: previousStart + previous.length }
      : { message, start: pos, end: pos };
  }
  return { message, start: pos, end: pos + Math.max(1, foundWord.length) };
}
