/**
 * What a member asked for, whichever way they asked: a slash command, a mention in plain
 * words, or a line typed in the terminal all become a `Request`. Names are as the member
 * wrote them; the handlers resolve them against the channel's scenario.
 */
import type { Theory } from '@threatlab/core';

/** One fact to change for a what-if; values as written ("benign", "0.2", "15%"). */
export type WhatIfChange =
  | { readonly fact: 'intent' | 'offense' | 'power'; readonly state: string; readonly value: string }
  | {
      readonly fact: 'perception';
      readonly observer: string;
      readonly target: string;
      readonly value: string;
    };

export type Request =
  | { readonly kind: 'help' }
  | { readonly kind: 'balance-against'; readonly target: string; readonly theory?: Theory }
  | { readonly kind: 'bandwagon-with'; readonly target: string; readonly theory?: Theory }
  | { readonly kind: 'threats'; readonly state: string; readonly theory?: Theory }
  | { readonly kind: 'predict'; readonly state?: string; readonly variant?: string }
  /** Why a state does what it does; `partner` when the question named whom it sides with. */
  | { readonly kind: 'explain'; readonly state: string; readonly partner?: string; readonly theory?: Theory }
  | { readonly kind: 'whatif'; readonly change: WhatIfChange }
  | { readonly kind: 'claim'; readonly text: string }
  | { readonly kind: 'claims' }
  | { readonly kind: 'concept'; readonly term?: string }
  /** "Balance of power or balance of threat here?": where the two theories part ways. */
  | { readonly kind: 'compare-theories' }
  /** The graph of the whole system, or focused on `state`; one theory or both side by side. */
  | { readonly kind: 'graph'; readonly state?: string; readonly theory?: Theory | 'both' }
  | { readonly kind: 'scenario-show' }
  | { readonly kind: 'scenario-list' }
  | { readonly kind: 'scenario-reset' }
  | { readonly kind: 'scenario-load-example'; readonly name: string }
  | { readonly kind: 'scenario-load-file'; readonly fileName: string; readonly text: string }
  /** Something the parser could not read; `text` is what was asked. */
  | { readonly kind: 'not-understood'; readonly text: string };

export type RequestKind = Request['kind'];

/** Requests that change what the channel remembers. */
export function isWrite(request: Request): boolean {
  return (
    request.kind === 'claim' ||
    request.kind === 'scenario-reset' ||
    request.kind === 'scenario-load-example' ||
    request.kind === 'scenario-load-file'
  );
}
