/**
 * Identifiers of the theory glossary's entries. The entries themselves (text and citations)
 * live in `glossary.ts`; the ids are separate so that types can refer to them cheaply.
 */
export const CONCEPT_IDS = [
  'balance-of-power',
  'balance-of-threat',
  'balancing',
  'bandwagoning',
  'aggregate-power',
  'proximity',
  'offensive-capability',
  'aggressive-intentions',
  'buck-passing',
  'chain-ganging',
  'weakness-condition',
  'ally-availability',
  'wartime-condition',
  'keohane-1988',
  'kaufman-1992',
  'labs-1992',
  'vasquez-1997',
  'schweller-1994',
  'walt-1996-revolutions',
] as const;

/** The identifier of a glossary concept (a theory's term or a critique). */
export type ConceptId = (typeof CONCEPT_IDS)[number];
