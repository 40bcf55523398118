/**
 * Plain-language questions to `Request`s: "who balances against Germany?", "what if
 * Germany's intentions were benign?", "what is bandwagoning?".
 *
 * A question is matched against a short list of patterns, most specific first. The parser
 * knows English and the theory's vocabulary, not the scenario: it returns names as written
 * ("the United Kingdom", "Germany's"), and the handlers resolve them against the channel's
 * states, with "did you mean" when they do not match. It is total: any text gives a request,
 * `not-understood` at worst.
 */
import type { Theory } from '@threatlab/core';
import type { Request, WhatIfChange } from '../request.js';
import { normalizeQuestion } from './normalize.js';
import { valueWord } from './value-words.js';

/** A name: letters (any script), digits, spaces, hyphens, dots, apostrophes; at most 60 characters. */
const NAME = String.raw`([\p{L}\p{N}_][\p{L}\p{N}_ .'’-]{0,59}?)`;

type Rule = readonly [RegExp, (m: RegExpExecArray, theory: Theory | undefined) => Request | undefined];

const rx = (source: string) => new RegExp(`^${source}$`, 'iu');

const RULES: readonly Rule[] = [
  [
    rx(String.raw`(?:help|commands|what can you do|how do (?:i|you) use (?:you|this|the bot)|\?)`),
    () => ({ kind: 'help' }),
  ],

  // Scenario management in words.
  [
    rx(
      String.raw`(?:(?:list|show)(?: the)? (?:examples|scenarios)|(?:which|what) (?:examples|scenarios)(?: are there| do you have| can i load)?)`,
    ),
    () => ({ kind: 'scenario-list' }),
  ],
  [
    rx(
      String.raw`(?:(?:show|which|what)(?: is)?(?: the| this)? (?:scenario|situation)(?: is (?:this|loaded))?|what are we (?:looking at|discussing))`,
    ),
    () => ({ kind: 'scenario-show' }),
  ],
  [
    rx(String.raw`(?:load|use|switch to|open)(?: the)?(?: example)? ([\w.-]+)(?: example| scenario)?`),
    (m) => ({ kind: 'scenario-load-example', name: m[1]! }),
  ],
  [rx(String.raw`(?:reset|forget|clear)(?: the)? scenario`), () => ({ kind: 'scenario-reset' })],

  // Claims.
  [
    rx(
      String.raw`(?:list|show)?(?: the| our| all)? ?claims|(?:which|what) claims(?: hold| still hold| are there)?`,
    ),
    () => ({ kind: 'claims' }),
  ],
  [rx(String.raw`(?:i )?claim(?: that)?:? (.+)`), (m) => ({ kind: 'claim', text: m[1]! })],
  [rx(String.raw`expect (.+)`), (m) => ({ kind: 'claim', text: m[1]! })],

  // The two theories side by side.
  [
    rx(
      String.raw`(?:is it |so |which (?:theory|one)(?: is it| fits| applies| works)?,? )?(?:the )?balance of (?:power|threat) (?:or|vs\.?|versus) (?:the )?balance of (?:power|threat)(?: here| in this (?:case|scenario))?`,
    ),
    () => ({ kind: 'compare-theories' }),
  ],
  [
    rx(
      String.raw`(?:which|what) theory(?: fits| applies| works| is right| predicts better)?(?: here| best)?|(?:where|how|do|does) (?:the )?(?:two )?theories (?:disagree|differ|diverge)(?: here)?|(?:power|waltz) (?:vs\.?|versus|or) (?:threat|walt)`,
    ),
    () => ({ kind: 'compare-theories' }),
  ],

  // Who balances, who bandwagons.
  [
    rx(
      String.raw`(?:who|which (?:states|countries|powers)|what (?:states|countries|powers))(?: would| will| should| might| does| do)? (?:balances?|ally|allies|align|aligns|unite|unites|coalesce|gang up) against ${NAME}`,
    ),
    (m, theory) => ({ kind: 'balance-against', target: m[1]!, ...t(theory) }),
  ],
  [
    rx(
      String.raw`(?:who|which (?:states|countries|powers))(?: would| will| should| might| does| do)? balance ${NAME}`,
    ),
    (m, theory) => ({ kind: 'balance-against', target: m[1]!, ...t(theory) }),
  ],
  [
    rx(
      String.raw`(?:who|which (?:states|countries|powers))(?: would| will| should| might| does| do)? (?:bandwagons?|jumps? on the bandwagon|sides?|aligns?|joins?|appease|appeases) (?:with )?${NAME}`,
    ),
    (m, theory) => ({ kind: 'bandwagon-with', target: m[1]!, ...t(theory) }),
  ],

  // Threats to a state.
  [
    rx(
      String.raw`(?:what|who|which (?:state|country|power))(?: most)? (?:threatens|threaten|scares|frightens|worries|menaces) ${NAME}(?: (?:the )?most)?`,
    ),
    (m, theory) => ({ kind: 'threats', state: m[1]!, ...t(theory) }),
  ],
  [
    rx(
      String.raw`(?:what|who)(?: is|'s)(?: the)? (?:main|biggest|greatest|largest|top|primary|chief) threats? (?:to|for|of) ${NAME}`,
    ),
    (m, theory) => ({ kind: 'threats', state: m[1]!, ...t(theory) }),
  ],
  [
    rx(String.raw`(?:what|who) (?:are|is) ${NAME}(?:'s|’s|s') (?:main |biggest |greatest |top )?threats?`),
    (m, theory) => ({ kind: 'threats', state: m[1]!, ...t(theory) }),
  ],
  [
    rx(String.raw`threats? (?:to|for|against) ${NAME}`),
    (m, theory) => ({ kind: 'threats', state: m[1]!, ...t(theory) }),
  ],

  // What-ifs.
  [
    rx(
      String.raw`what if ${NAME} (?:saw|sees|perceived|perceives|viewed|views|regarded|regards|considered|considers) ${NAME} as ([\w .%-]+)`,
    ),
    (m) => whatIf({ fact: 'perception', observer: m[1]!, target: m[2]!, value: m[3]! }),
  ],
  [
    rx(
      String.raw`what if ${NAME}(?:'s|’s|s') (intentions?|intent|aims|goals|offen[cs]ive capabilit(?:y|ies)|offen[cs]ive forces|offen[cs]e|military posture|(?:aggregate )?power|power share|capabilities)(?: were| was| are| is| became| become| had been)? (?:only |just )?(.+)`,
    ),
    (m) => whatIf({ fact: factOf(m[2]!), state: m[1]!, value: m[3]! }),
  ],
  [
    rx(
      String.raw`what if ${NAME} (?:were|was|is|became|had been|turned) (?:more |less |really |truly )?([\w -]+)`,
    ),
    (m) => whatIf({ fact: 'intent', state: m[1]!, value: m[2]! }),
  ],
  [
    rx(String.raw`what if ${NAME} had (?:a )?(?:power(?: share)?|power of|share of) (.+)`),
    (m) => whatIf({ fact: 'power', state: m[1]!, value: m[2]! }),
  ],

  // Why a state does what it does.
  [
    rx(
      String.raw`why (?:does|do|did|would|will|is|should) ${NAME} (?:side|sides|ally|allies|align|aligns|join|joins|stand|stands|go|goes) (?:with|alongside|to) ${NAME}`,
    ),
    (m, theory) => ({ kind: 'explain', state: m[1]!, partner: m[2]!, ...t(theory) }),
  ],
  [
    rx(String.raw`why (?:does|do|did|would|will|should) ${NAME} (?:balance|balances) against ${NAME}`),
    (m, theory) => ({ kind: 'explain', state: m[1]!, partner: m[2]!, ...t(theory) }),
  ],
  [
    rx(String.raw`why (?:does|do|did|would|will|should) ${NAME} (?:bandwagon|bandwagons) with ${NAME}`),
    (m, theory) => ({ kind: 'explain', state: m[1]!, partner: m[2]!, ...t(theory) }),
  ],
  [
    rx(
      String.raw`why (?:does|do|did|would|will|is|should) ${NAME} (?:stay|stays|remain|remains|be|being)? ?(?:neutral|out of it|on the sidelines|balance|balances|bandwagon|bandwagons|do (?:that|this)|act (?:that|this) way)`,
    ),
    (m, theory) => ({ kind: 'explain', state: m[1]!, ...t(theory) }),
  ],
  [
    rx(
      String.raw`(?:what (?:does|will|would|should) ${NAME} do|(?:explain|why|tell me about|what about|predict) ${NAME})`,
    ),
    (m, theory) => explainState(m[1] ?? m[2], theory),
  ],

  // The glossary.
  [
    rx(
      String.raw`(?:what(?: is|'s| are)|define|definition of|meaning of|what does|who (?:is|was))(?: the| a| an)? ([\p{L} .'’-]{2,60}?)(?: mean)?`,
    ),
    (m) => ({ kind: 'concept', term: m[1]! }),
  ],
  [rx(String.raw`(?:concepts?|glossary|terms)`), () => ({ kind: 'concept' })],

  // Whole-scenario questions.
  [
    rx(
      String.raw`(?:predict(?:ions)?|what happens|who balances(?: and who bandwagons)?|who bandwagons|(?:show|give me)(?: the| all)? predictions|alignments?|who sides with whom|coalitions)(?: here)?`,
    ),
    () => ({ kind: 'predict' }),
  ],
  [
    rx(
      String.raw`(?:(?:show|draw|give me)(?: me)?(?: a| the)? )?(?:graph|map|picture|diagram|chart)(?: of (?:the )?(?:threats|coalitions|scenario))?`,
    ),
    (_m, theory) => ({ kind: 'graph', ...t(theory) }),
  ],
];

/** Reads a question in plain words. */
export function parseQuestion(raw: string): Request {
  const { text, theory } = normalizeQuestion(raw);
  if (text === '') return { kind: 'help' };
  for (const [pattern, build] of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const request = build(match, theory);
    if (request) return request;
  }
  return { kind: 'not-understood', text: raw.trim() };
}

function t(theory: Theory | undefined): { theory?: Theory } {
  return theory ? { theory } : {};
}

/** A request to explain the state named; none when the pattern caught no name. */
function explainState(name: string | undefined, theory: Theory | undefined): Request | undefined {
  if (!name) return undefined;
  return { kind: 'explain', state: name, ...t(theory) };
}

function factOf(word: string): 'intent' | 'offense' | 'power' {
  const lower = word.toLowerCase();
  if (lower.startsWith('inten') || lower.startsWith('aim') || lower.startsWith('goal')) return 'intent';
  if (lower.startsWith('offen') || lower.startsWith('military')) return 'offense';
  return 'power';
}

function whatIf(change: WhatIfChange): Request | undefined {
  const value = valueWord(change.value);
  if (value === undefined) return undefined;
  return { kind: 'whatif', change: { ...change, value } };
}
