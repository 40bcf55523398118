/**
 * Tidying a question before it is matched: mentions, politeness, punctuation and curly
 * quotes go; a trailing "under balance of power" becomes the theory to answer under.
 */
import type { Theory } from '@threatlab/core';

export interface NormalizedQuestion {
  readonly text: string;
  readonly theory?: Theory;
}

const THEORY_SUFFIX =
  /[,\s]+(?:under|according to|by|with|in|using)(?: the)? (balance[- ]of[- ](power|threat)|waltz|walt)(?: theory)?$/iu;

const POLITE_PREFIX =
  /^(?:(?:hey|hi|hello|ok|okay|so|and|but|please|pls)[,!]?\s+|(?:can|could|would) you (?:please )?(?:tell me|explain|say|show me)?\s*|(?:do you know|i wonder|tell me)\s+)+/iu;

export function normalizeQuestion(raw: string): NormalizedQuestion {
  let text = raw
    // Discord mentions of users, roles and channels: <@123>, <@!123>, <@&123>, <#123>.
    .replace(/<[@#][!&]?\d+>/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,:;\s]+/, '')
    .replace(/[\s?!.。]+$/u, '');
  let theory: Theory | undefined;
  const suffix = THEORY_SUFFIX.exec(text);
  if (suffix) {
    const which = (suffix[2] ?? suffix[1] ?? '').toLowerCase();
    theory = which === 'power' || which === 'waltz' ? 'power' : 'threat';
    text = text.slice(0, suffix.index).trim();
  }
  text = text
    .replace(POLITE_PREFIX, '')
    .replace(/[\s?!.]+$/u, '')
    .trim();
  return { text, ...(theory ? { theory } : {}) };
}
