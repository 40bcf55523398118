/**
 * parseText on small inputs: the tree of a state, and recovery after a bad line.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';

describe('parseText', () => {
  it('reads a state with its attributes', () => {
    const { file, problems } = parseText(
      'a.threat',
      'state Germany "German Empire" { power 0.158 offense high }\n',
    );
    expect(problems).toEqual([]);
    expect(file.items).toHaveLength(1);
    const state = file.items[0]!;
    expect(state.type).toBe('State');
  });

  it('keeps going after a bad line', () => {
    const { file, problems } = parseText('a.threat', 'border A B C\nborder A B\n');
    expect(problems.map((p) => p.code)).toEqual(['syntax-error']);
    expect(file.items.map((i) => i.type)).toEqual(['Error', 'Border']);
  });
});
