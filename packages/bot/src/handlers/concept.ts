/** `/concept`, "what is bandwagoning?": the model's theory glossary, with citations. */
import { citationText, conceptForWord, GLOSSARY_ENTRIES, type GlossaryEntry } from '@threatlab/core';
import { closestMatch } from '@threatlab/dsl';
import type { AnswerResult } from '../engine/jobs.js';
import { answer, type Handler } from './context.js';

export const concept: Handler<'concept'> = (request) => {
  if (!request.term) return glossaryList();
  const entry = findConcept(request.term);
  if (entry) return conceptAnswer(entry);
  return answer({
    title: `No entry for "${request.term}"`,
    tone: 'warning',
    sections: [{ body: `The glossary has no entry for "${request.term}". ${termList()}` }],
    ephemeral: true,
  });
};

/** A glossary entry for a word or phrase, allowing a typo. */
export function findConcept(raw: string): GlossaryEntry | undefined {
  const term = raw.trim().replace(/^(?:the|a|an)\s+/i, '');
  const direct = conceptForWord(term);
  if (direct) return direct;
  const words = GLOSSARY_ENTRIES.flatMap((e) => [e.term, ...e.aliases]);
  const guess = closestMatch(term, words);
  return guess ? conceptForWord(guess) : undefined;
}

export function conceptAnswer(entry: GlossaryEntry): AnswerResult {
  return answer({
    title: entry.term,
    tone: 'info',
    sections: [{ body: entry.text }, { title: 'Source', body: citationText(entry.citation) }],
  });
}

function glossaryList(): AnswerResult {
  return answer({ title: 'The theory glossary', tone: 'info', sections: [{ body: termList() }] });
}

function termList(): string {
  return `Ask about any of: ${GLOSSARY_ENTRIES.map((e) => e.term).join(', ')}.`;
}
