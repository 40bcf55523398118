/**
 * Autocomplete choices: state names from the channel's scenario, bundled examples, glossary
 * terms and the named levels of intent and offense. Pure apart from the assistant's lookup of
 * the channel's states.
 */
import { GLOSSARY_ENTRIES, INTENT_LEVELS, OFFENSE_LEVELS } from '@threatlab/core';
import type { Assistant } from '../assistant.js';
import type { CompletionSource } from '../commands/command.js';

export interface Choice {
  readonly name: string;
  readonly value: string;
}

const MAX_CHOICES = 25;

export async function completions(
  source: CompletionSource,
  typed: string,
  channelId: string,
  assistant: Assistant,
  examples: () => readonly string[],
): Promise<Choice[]> {
  switch (source) {
    case 'state': {
      const states = await assistant.completeState(channelId, typed, MAX_CHOICES);
      return states.map((s) => ({ name: s.name !== s.id ? `${s.name} (${s.id})` : s.id, value: s.id }));
    }
    case 'example':
      return filter(
        examples().map((name) => ({ name, value: name })),
        typed,
      );
    case 'concept':
      return filter(
        GLOSSARY_ENTRIES.map((e) => ({ name: e.term, value: e.term })),
        typed,
      );
    case 'intent-level':
      return filter(
        Object.entries(INTENT_LEVELS).map(([word, value]) => ({ name: `${word} (${value})`, value: word })),
        typed,
      );
    case 'offense-level':
      return filter(
        Object.entries(OFFENSE_LEVELS).map(([word, value]) => ({ name: `${word} (${value})`, value: word })),
        typed,
      );
  }
}

export function filter(choices: readonly Choice[], typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  return choices.filter((c) => c.name.toLowerCase().includes(needle)).slice(0, MAX_CHOICES);
}
