/** The theories' names as the bot writes them. */
import type { Theory } from '@threatlab/core';

export const THEORY_LABEL: Readonly<Record<Theory, string>> = {
  threat: 'balance of threat',
  power: 'balance of power',
};

export function otherTheory(theory: Theory): Theory {
  return theory === 'threat' ? 'power' : 'threat';
}
