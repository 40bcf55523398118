/**
 * Questions in plain words turned into requests.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/questions/parse-question.js';

describe('parseQuestion', () => {
  const cases: [string, unknown][] = [
    ['who balances against Germany?', { kind: 'balance-against', target: 'Germany' }],
    ['<@123456> who balances against Germany?', { kind: 'balance-against', target: 'Germany' }],
    ['Who would ally against Austria-Hungary', { kind: 'balance-against', target: 'Austria-Hungary' }],
    [
      'which states balance against the United Kingdom?',
      { kind: 'balance-against', target: 'the United Kingdom' },
    ],
    [
      'who balances against Germany under balance of power?',
      { kind: 'balance-against', target: 'Germany', theory: 'power' },
    ],
    ['who bandwagons with Germany?', { kind: 'bandwagon-with', target: 'Germany' }],
    ['who sides with Germany', { kind: 'bandwagon-with', target: 'Germany' }],
    ['what threatens Italy most?', { kind: 'threats', state: 'Italy' }],
    ['What is the biggest threat to Italy?', { kind: 'threats', state: 'Italy' }],
    ["what are Italy's main threats?", { kind: 'threats', state: 'Italy' }],
    ['why does Italy side with France?', { kind: 'explain', state: 'Italy', partner: 'France' }],
    ['why does Belgium stay neutral?', { kind: 'explain', state: 'Belgium' }],
    ['explain Russia', { kind: 'explain', state: 'Russia' }],
    ['what will Italy do?', { kind: 'explain', state: 'Italy' }],
    [
      "what if Germany's intentions were benign?",
      { kind: 'whatif', change: { fact: 'intent', state: 'Germany', value: 'benign' } },
    ],
    [
      'what if Germany’s intentions were peaceful?',
      { kind: 'whatif', change: { fact: 'intent', state: 'Germany', value: 'benign' } },
    ],
    [
      'what if Germany were hostile',
      { kind: 'whatif', change: { fact: 'intent', state: 'Germany', value: 'hostile' } },
    ],
    [
      "what if Russia's offensive capabilities were low?",
      { kind: 'whatif', change: { fact: 'offense', state: 'Russia', value: 'low' } },
    ],
    [
      "what if Italy's power were 10%?",
      { kind: 'whatif', change: { fact: 'power', state: 'Italy', value: '10%' } },
    ],
    [
      'what if Italy saw Austria-Hungary as hostile?',
      {
        kind: 'whatif',
        change: { fact: 'perception', observer: 'Italy', target: 'Austria-Hungary', value: 'hostile' },
      },
    ],
    [
      'what if UK sees Germany as 0.3',
      { kind: 'whatif', change: { fact: 'perception', observer: 'UK', target: 'Germany', value: '0.3' } },
    ],
    ['what is bandwagoning?', { kind: 'concept', term: 'bandwagoning' }],
    ['what is the balance of threat?', { kind: 'concept', term: 'balance of threat' }],
    ['define offensive capabilities', { kind: 'concept', term: 'offensive capabilities' }],
    ['balance of power or balance of threat here?', { kind: 'compare-theories' }],
    ['so, balance of threat or balance of power?', { kind: 'compare-theories' }],
    ['where do the theories disagree?', { kind: 'compare-theories' }],
    ['claim: Italy bandwagons with Germany', { kind: 'claim', text: 'Italy bandwagons with Germany' }],
    ['I claim that UK balances against Germany', { kind: 'claim', text: 'UK balances against Germany' }],
    ['which claims hold?', { kind: 'claims' }],
    ['draw the graph', { kind: 'graph' }],
    ['list examples', { kind: 'scenario-list' }],
    ['load cold-war-1955', { kind: 'scenario-load-example', name: 'cold-war-1955' }],
    ['which scenario is this?', { kind: 'scenario-show' }],
    ['help', { kind: 'help' }],
    ['', { kind: 'help' }],
    ['predictions', { kind: 'predict' }],
    ['the quick brown fox', { kind: 'not-understood', text: 'the quick brown fox' }],
  ];
  for (const [question, expected] of cases) {
    it(JSON.stringify(question), () => expect(parseQuestion(question)).toEqual(expected));
  }

  it('never throws, whatever the text', () => {
    const samples = [
      '?'.repeat(10_000),
      'who balances against ' + 'a'.repeat(5_000),
      '\u0000\uffff',
      'what if',
      'why',
      '<@1>',
    ];
    for (const s of samples) expect(() => parseQuestion(s)).not.toThrow();
  });
});
