/**
 * The terminal's command lines turned into requests.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/questions/parse-command-line.js';

describe('terminal commands', () => {
  const cases: [string, unknown][] = [
    [
      '/balance against Germany',
      { kind: 'request', request: { kind: 'balance-against', target: 'Germany' } },
    ],
    [
      '/balance Austria-Hungary under balance of power',
      { kind: 'request', request: { kind: 'balance-against', target: 'Austria-Hungary', theory: 'power' } },
    ],
    ['/bandwagon with Germany', { kind: 'request', request: { kind: 'bandwagon-with', target: 'Germany' } }],
    ['/threats Italy', { kind: 'request', request: { kind: 'threats', state: 'Italy' } }],
    ['/predict', { kind: 'request', request: { kind: 'predict' } }],
    [
      '/predict variant "Benign Germany"',
      { kind: 'request', request: { kind: 'predict', variant: 'Benign Germany' } },
    ],
    ['/explain state Italy', { kind: 'request', request: { kind: 'explain', state: 'Italy' } }],
    [
      '/whatif intent Germany benign',
      {
        kind: 'request',
        request: { kind: 'whatif', change: { fact: 'intent', state: 'Germany', value: 'benign' } },
      },
    ],
    [
      '/whatif perception Italy Austria-Hungary hostile',
      {
        kind: 'request',
        request: {
          kind: 'whatif',
          change: { fact: 'perception', observer: 'Italy', target: 'Austria-Hungary', value: 'hostile' },
        },
      },
    ],
    [
      '/claim Italy bandwagons with Germany',
      { kind: 'request', request: { kind: 'claim', text: 'Italy bandwagons with Germany' } },
    ],
    ['/claims', { kind: 'request', request: { kind: 'claims' } }],
    [
      '/concept offensive capability',
      { kind: 'request', request: { kind: 'concept', term: 'offensive capability' } },
    ],
    ['/graph out.png', { kind: 'graph-file', path: 'out.png' }],
    [
      '/scenario load cold-war-1955',
      { kind: 'request', request: { kind: 'scenario-load-example', name: 'cold-war-1955' } },
    ],
    ['/scenario load ./mine.threat', { kind: 'load-file', path: './mine.threat' }],
    ['/scenario', { kind: 'request', request: { kind: 'scenario-show' } }],
    [
      '/whatif',
      {
        kind: 'usage',
        message:
          'Usage: /whatif intent|offense|power <state> <value>, or /whatif perception <observer> <target> <value>',
      },
    ],
    ['/threats', { kind: 'usage', message: 'Usage: /threats <state>' }],
    ['/fly', { kind: 'usage', message: 'There is no command "/fly"; type /help for the list' }],
  ];
  for (const [line, expected] of cases) it(line, () => expect(parseCommandLine(line)).toEqual(expected));
});
