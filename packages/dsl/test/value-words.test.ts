/**
 * Values written outside a file read as they do in one, and the shared message texts.
 */
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../src/check-program.js';
import { TextDocumentProvider } from '../src/document.js';
import { didYouMean, unknownStateMessage } from '../src/messages.js';
import { readValue } from '../src/value-words.js';

/** The value lowering gives `attribute` in a one-state file, for comparison with `readValue`. */
function lowered(attribute: string): number | undefined {
  const files: Record<string, string> = {
    '/v.threat': `state A { power 0.1  ${attribute} }\nstate B { power 0.1 }\n`,
  };
  const checked = checkProgram('/v.threat', new TextDocumentProvider((uri) => files[uri]));
  const state = checked.lowered.base.scenario.states.find((s) => s.id === 'A')!;
  return attribute.startsWith('offense') ? state.offense : state.intent;
}

describe('value words', () => {
  it('give a level word or number the value it has in a file', () => {
    for (const word of ['benign', 'status-quo', 'revisionist', 'hostile', '0.25', '40%']) {
      const reading = readValue('intent', word);
      expect(reading.ok && reading.value, word).toBe(lowered(`intent ${word}`));
    }
    for (const word of ['low', 'medium', 'high', '0.6']) {
      const reading = readValue('offense', word);
      expect(reading.ok && reading.value, word).toBe(lowered(`offense ${word}`));
    }
    expect(readValue('perception', 'hostile')).toEqual({ ok: true, value: 0.9, word: 'hostile' });
    expect(readValue('power', ' 12% ')).toEqual({ ok: true, value: 0.12 });
  });

  it('refuse words of another fact, distances, out-of-range numbers and trailing words, saying what would do', () => {
    expect(readValue('offense', 'benign')).toEqual({
      ok: false,
      message: '"benign" is not a value for offense; use low, medium or high, or a number from 0 to 1',
    });
    expect(readValue('power', 'high')).toEqual({
      ok: false,
      message: '"high" is not a value for power; use a share from 0 to 1 or a percentage (12%)',
    });
    expect(readValue('intent', '1.5')).toEqual({
      ok: false,
      message:
        '1.5 is out of range for intent; use benign, status-quo, revisionist or hostile, or a number from 0 to 1',
    });
    for (const text of ['12 km', 'benign please', '', '{ milex 3 }'])
      expect(readValue('power', text).ok, text).toBe(false);
  });
});

describe('message texts', () => {
  it('word an unknown state one way, with or without a scope and a suggestion', () => {
    expect(unknownStateMessage('Prusia')).toBe('State "Prusia" is not declared');
    expect(unknownStateMessage('Prusia', 'Prussia')).toBe(
      'State "Prusia" is not declared; did you mean "Prussia"?',
    );
    expect(unknownStateMessage('Prusia', undefined, 'europe.threat')).toBe(
      'State "Prusia" is not declared in europe.threat',
    );
    expect(didYouMean('')).toBe('');
  });
});
