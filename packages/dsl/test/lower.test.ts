/**
 * Lowering: what the model receives for each construct, for the base scenario and variants.
 */
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../src/check-program.js';
import { TextDocumentProvider } from '../src/document.js';

function lower(files: Record<string, string>, root = '/s/main.threat') {
  const checked = checkProgram(root, new TextDocumentProvider((uri) => files[uri]));
  return checked.lowered;
}

describe('lowering', () => {
  const text = `scenario "Lowering" { year 1914  source "a", "b"  wartime }
state A "Alpha" { power 15%  offense high  intent 0.65  capital 10 20  reach 1000 mi  major }
state B { power { milex 1 milper 2 irst 3 pec 4 tpop 5 upop 6 } offense 0.3 }
state C { power { gdp 10  milex 2 }  reach global }
border A B
sea A C 10 nm
distance B C 100 mi
A sees B as hostile
B sees A as hostile 0.75
C sees A as 40%
alliance "Pact" entente 1907: A, B
expect A balances against B under balance of power
expect C threatens A more than B
settings { weight intent 3  reach-global 5000 mi  great-powers-bandwagon 1 }
variant "What if" {
  state A "Alpha prime" { intent benign }
  A sees B as benign
  remove alliance "Pact"
  remove border A B
  sea A C 5 km
  settings { weight intent 1 }
  expect B stays neutral
}
`;
  const { base, variants } = lower({ '/s/main.threat': text });

  it('reads the header', () => {
    expect(base.scenario).toMatchObject({
      title: 'Lowering',
      year: 1914,
      sources: ['a', 'b'],
      wartime: true,
    });
  });

  it('reads every attribute, converting units and levels', () => {
    const [a, b, c] = base.scenario.states;
    expect(a).toEqual({
      id: 'A',
      name: 'Alpha',
      power: { kind: 'share', share: 0.15 },
      offense: 0.8,
      intent: 0.65,
      capital: { lat: 10, lon: 20 },
      reach: { kind: 'km', km: 1609.344 },
      major: true,
    });
    expect(b!.power).toEqual({
      kind: 'cinc',
      components: { milex: 1, milper: 2, irst: 3, pec: 4, tpop: 5, upop: 6 },
    });
    expect(b!.offense).toBe(0.3);
    expect(c!.power).toEqual({ kind: 'economy', components: { gdp: 10, milex: 2 } });
    expect(c!.reach).toEqual({ kind: 'level', level: 'global' });
  });

  it('reads geography in kilometres', () => {
    expect(base.scenario.links).toEqual([
      { kind: 'land', a: 'A', b: 'B' },
      { kind: 'sea', a: 'A', b: 'C', km: 18.52 },
      { kind: 'distance', a: 'B', b: 'C', km: 160.9344 },
    ]);
  });

  it('reads perceptions as levels, numbers and percentages', () => {
    expect(base.scenario.perceptions).toEqual([
      { observer: 'A', target: 'B', intent: 0.9 },
      { observer: 'B', target: 'A', intent: 0.75 },
      { observer: 'C', target: 'A', intent: 0.4 },
    ]);
  });

  it('reads alliances, claims and settings', () => {
    expect(base.scenario.alliances).toEqual([
      { name: 'Pact', kind: 'entente', year: 1907, members: ['A', 'B'] },
    ]);
    expect(base.scenario.claims).toEqual([
      { kind: 'balances', subject: 'A', target: 'B', negated: false, theory: 'power' },
      { kind: 'threatens-more', subject: 'C', observer: 'A', other: 'B', negated: false, theory: 'threat' },
    ]);
    expect(base.claimSources.map((s) => s.node.subject.name)).toEqual(['A', 'C']);
    expect(base.scenario.settings).toEqual({
      'weight-intent': 3,
      'reach-global': 8046.72,
      'great-powers-bandwagon': 1,
    });
  });

  it('applies a variant over the base', () => {
    expect(variants).toHaveLength(1);
    const variant = variants[0]!;
    expect(variant.name).toBe('What if');
    expect(variant.scenario.title).toBe('Lowering: What if');
    const a = variant.scenario.states[0]!;
    expect(a).toMatchObject({
      name: 'Alpha prime',
      intent: 0.1,
      offense: 0.8,
      power: { kind: 'share', share: 0.15 },
    });
    expect(variant.scenario.perceptions).toContainEqual({ observer: 'A', target: 'B', intent: 0.1 });
    expect(variant.scenario.alliances).toEqual([]);
    expect(variant.scenario.links).toEqual([
      { kind: 'sea', a: 'A', b: 'C', km: 5 },
      { kind: 'distance', a: 'B', b: 'C', km: 160.9344 },
    ]);
    expect(variant.scenario.settings).toMatchObject({ 'weight-intent': 1, 'reach-global': 8046.72 });
    expect(variant.scenario.claims).toEqual([
      { kind: 'neutral', subject: 'B', negated: false, theory: 'threat' },
    ]);
  });

  it('leaves the base untouched by its variants', () => {
    expect(base.scenario.states[0]!.intent).toBe(0.65);
    expect(base.scenario.alliances).toHaveLength(1);
  });

  it('keeps what is valid when some facts are not', () => {
    const { base: partial } = lower({
      '/s/main.threat':
        'state A { power 2 }\nstate B { power 0.1 }\nborder A Nowhere\nA sees B as 1.5\nA sees B as hostile\nalliance "X" defense: A, Ghost, B\n',
    });
    expect(partial.scenario.states[0]!.power).toEqual({ kind: 'share', share: 1 });
    expect(partial.scenario.links).toEqual([]);
    expect(partial.scenario.perceptions).toEqual([{ observer: 'A', target: 'B', intent: 1 }]);
    expect(partial.scenario.alliances[0]!.members).toEqual(['A', 'B']);
  });

  it('takes imported facts first', () => {
    const { base: imported } = lower({
      '/s/base.threat': 'state A { power 0.1 }\nstate B { power 0.2 }\n',
      '/s/main.threat': 'import "base.threat"\nstate C { power 0.3 }\nborder A C\n',
    });
    expect(imported.scenario.states.map((s) => s.id)).toEqual(['A', 'B', 'C']);
    expect(imported.scenario.title).toBe('main.threat');
  });
});
