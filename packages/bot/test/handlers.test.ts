/**
 * The handlers' answers about the Europe 1914 fixture, one request kind at a time.
 */
import { describe, expect, it } from 'vitest';
import { ask, EUROPE, fixtureEngine, text } from './support.js';

const engine = fixtureEngine();

describe('answers about the Europe 1914 fixture', () => {
  it('who balances against Germany: the balancers with their threat, and the divergence under balance of power', () => {
    const { reply, effects } = ask(engine, 'who balances against Germany?');
    expect(effects).toEqual([]);
    expect(reply.title).toBe('Who balances against Germany?');
    expect(reply.tone).toBe('divergence');
    const out = text(reply);
    expect(out).toMatch(/- Britain \(threat 0\.\d\d\)/);
    expect(out).toContain('- France (threat');
    expect(out).toContain('the two theories disagree');
    expect(reply.footer).toContain('Europe, July 1914');
  });

  it('names are resolved loosely, and an unknown one gets a suggestion', () => {
    expect(ask(engine, 'who balances against germany').reply.title).toBe('Who balances against Germany?');
    expect(ask(engine, 'who balances against Britain').reply.title).toBe('Who balances against Britain?');
    const unknown = ask(engine, 'who balances against Germnay?').reply;
    expect(unknown.tone).toBe('error');
    expect(unknown.ephemeral).toBe(true);
    expect(text(unknown)).toContain('The scenario has no state "Germnay"; did you mean "Germany"?');
  });

  it('who bandwagons with Germany: nobody, with Walt on why', () => {
    const out = text(ask(engine, 'who bandwagons with Germany?').reply);
    expect(out).toContain('No state is predicted to bandwagon with Germany');
  });

  it('what threatens Italy most: ranked threats with factor shares', () => {
    const { reply } = ask(engine, 'what threatens Italy most?');
    expect(reply.sections[0]!.body).toBe('Under balance of threat, Austria-Hungary threatens Italy most.');
    expect(reply.sections[1]!.title).toMatch(/^1\. Austria-Hungary: threat 0\.\d\d$/);
    expect(reply.sections[1]!.body).toMatch(
      /- \*\*proximity\*\* \d+% of the threat \(value 1\.00\): land border/,
    );
  });

  it('why does Italy side with France: a first sentence on the pair, then the model explanation', () => {
    const { reply } = ask(engine, 'why does Italy side with France?');
    expect(reply.sections[0]!.body).toBe(
      'The model does not put Italy with France: Italy balances against Austria-Hungary.',
    );
    expect(reply.sections[1]!.body).toContain('**Main threat: Austria-Hungary');
    // Discord gets lists instead of tables; the terminal gets the model's aligned text tables.
    expect(reply.sections[1]!.body).not.toContain('| --- |');
    expect(reply.sections[1]!.text).toMatch(/factor\s+value\s+weight\s+share\s+basis/);
  });

  it('what if Germany were benign: the predictions that change against the base', () => {
    const { reply, effects } = ask(engine, "what if Germany's intentions were benign?");
    expect(effects).toEqual([]);
    expect(reply.title).toBe("What if: Germany's declared intent from 0.70 to 0.10 (benign)");
    const out = text(reply);
    expect(out).toContain('- Britain: balances against Germany → balances against Austria-Hungary');
    expect(out).toContain('Germany as seen by');
  });

  it('what-if values are checked', () => {
    expect(
      text(ask(engine, { kind: 'whatif', change: { fact: 'intent', state: 'Germany', value: '1.5' } }).reply),
    ).toContain('out of range');
    expect(
      text(
        ask(engine, { kind: 'whatif', change: { fact: 'offense', state: 'Germany', value: 'purple' } }).reply,
      ),
    ).toContain('is not a value for offense');
    expect(
      text(
        ask(engine, {
          kind: 'whatif',
          change: { fact: 'perception', observer: 'Italy', target: 'Italy', value: 'hostile' },
        }).reply,
      ),
    ).toContain('perception of itself');
    const perception = ask(engine, 'what if Italy saw Austria-Hungary as benign?').reply;
    expect(perception.title).toBe(
      "What if: Italy's perception of Austria-Hungary from 0.70 to 0.10 (benign)",
    );
  });

  it('what is bandwagoning: the glossary entry with its citation; typos are forgiven', () => {
    const { reply } = ask(engine, 'what is bandwagoning?');
    expect(reply.title).toBe('Bandwagoning');
    expect(text(reply)).toContain('Walt (1987), The Origins of Alliances');
    expect(ask(engine, { kind: 'concept', term: 'bandwagonning' }).reply.title).toBe('Bandwagoning');
    expect(ask(engine, 'explain bandwagoning').reply.title).toBe('Bandwagoning');
    expect(ask(engine, { kind: 'concept', term: 'astrology' }).reply.tone).toBe('warning');
  });

  it('balance of power or balance of threat: where they disagree, and which fits the alliances', () => {
    const { reply } = ask(engine, 'balance of power or balance of threat here?');
    expect(reply.title).toBe('Balance of threat or balance of power?');
    expect(reply.sections[0]!.body).toMatch(/^The theories disagree on \d+ of 9 states/);
    expect(reply.sections[1]!.body).toMatch(/^Of the 3 declared alliances/);
  });

  it('predict: both theories with divergences marked, coalitions; a variant; one state', () => {
    const all = ask(engine, { kind: 'predict' }).reply;
    expect(all.sections[0]!.text).toContain('Predictions under both theories');
    expect(all.sections[0]!.body).toMatch(/- \*\*Germany\*\* — balance of threat: .* · differ: \\\*/);
    expect(all.sections[1]!.text).toContain('Coalitions under balance of threat');
    const variant = ask(engine, { kind: 'predict', variant: 'benign germany' }).reply;
    expect(variant.title).toBe('Predictions for variant "benign germany"');
    expect(text(ask(engine, { kind: 'predict', variant: 'nope' }).reply)).toContain(
      'its variants are "Benign Germany"',
    );
    const one = ask(engine, { kind: 'predict', state: 'Italy' }).reply;
    expect(one.sections[0]!.text).toContain('Italy');
    expect(one.sections[0]!.text).not.toContain('Belgium');
  });

  it('explain under balance of power', () => {
    const { reply } = ask(engine, 'explain Italy under balance of power');
    expect(reply.footer).toContain('balance of power');
    expect(reply.sections[0]!.text).toContain('(balance of power)');
  });

  it('graph: the model SVG as a PNG file, with the coalitions in words', () => {
    const { reply } = ask(engine, 'draw the graph under balance of power');
    expect(reply.title).toBe('Threats and coalitions under balance of power');
    const [file] = reply.files ?? [];
    expect(file!.name).toBe('europe-1914-power.png');
    expect([...file!.data.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(reply.sections[0]!.text).toContain('Coalitions under balance of power');
  });

  it("graph: one state's view at 2x, both theories side by side, an unknown state named", () => {
    const { reply } = ask(engine, { kind: 'graph', state: 'belgium', theory: 'both' });
    expect(reply.title).toBe(
      'Belgium: threats, partners and coalitions under balance of threat and balance of power',
    );
    const [file] = reply.files ?? [];
    expect(file!.name).toBe('europe-1914-Belgium-both.png');
    // The PNG's width (in its header) is twice the SVG's 1,400 px.
    expect(Buffer.from(file!.data).readUInt32BE(16)).toBe(2800);
    expect(reply.sections.map((s) => s.text?.split('\n')[0])).toEqual([
      'Coalitions under balance of threat',
      'Coalitions under balance of power',
    ]);
    const unknown = ask(engine, { kind: 'graph', state: 'Belgum' }).reply;
    expect(unknown.title).toBe('Unknown state');
    expect(text(unknown)).toContain('Belgium');
  });

  it('not understood: examples of what to ask, only to the asker', () => {
    const { reply } = ask(engine, 'the quick brown fox');
    expect(reply.ephemeral).toBe(true);
    expect(text(reply)).toContain('who balances against Germany?');
  });
});

describe('claims', () => {
  it('a claim that holds is recorded as holding', () => {
    const { reply, effects } = ask(engine, { kind: 'claim', text: 'UK balances against Germany' });
    expect(reply.title).toBe('Holds: UK balances against Germany');
    expect(reply.tone).toBe('success');
    expect(effects).toEqual([{ kind: 'add-claim', text: 'UK balances against Germany', held: true }]);
  });

  it('a failed claim is explained with its counterfactual and still recorded', () => {
    const { reply, effects } = ask(engine, { kind: 'claim', text: 'expect Italy bandwagons with Germany.' });
    expect(reply.title).toBe('Fails: Italy bandwagons with Germany.');
    expect(reply.sections.find((s) => s.title === 'Why')?.text).toBe(
      'Italy is a great power and great powers balance, so it balances against Austria-Hungary',
    );
    expect(reply.sections.find((s) => s.title === 'What would make it hold')?.text).toBe(
      'No single change of one input makes it hold.',
    );
    expect(text(reply)).toContain('/explain state Italy');
    expect(effects).toEqual([{ kind: 'add-claim', text: 'Italy bandwagons with Germany.', held: false }]);
  });

  it('a claim the language cannot read says how to write one, and is not recorded', () => {
    const unknown = ask(engine, { kind: 'claim', text: 'Itally balances against Germany' });
    expect(unknown.effects).toEqual([]);
    expect(text(unknown.reply)).toContain('State "Itally" is not declared');
    const garbage = ask(engine, { kind: 'claim', text: 'Germany is scary' });
    expect(garbage.effects).toEqual([]);
    expect(text(garbage.reply)).toContain('Write a claim as in a .threat file');
    const injection = ask(engine, { kind: 'claim', text: 'UK stays neutral; state X { power 1 }' });
    expect(text(injection.reply)).toContain('one statement on one line');
  });

  it('the channel limit on claims', () => {
    const { reply, effects } = ask(
      engine,
      { kind: 'claim', text: 'UK balances against Germany' },
      { claimCount: 200 },
    );
    expect(effects).toEqual([]);
    expect(text(reply)).toContain('the most the bot keeps per channel (200)');
  });

  it('the list judges every claim against the scenario now, and says when a verdict changed', () => {
    const claims = [
      {
        id: 1,
        channelId: 'c',
        authorId: 'u1',
        authorName: 'Ada',
        text: 'UK balances against Germany',
        held: true,
        createdAt: Date.UTC(2026, 0, 1),
      },
      {
        id: 2,
        channelId: 'c',
        authorId: 'u2',
        authorName: 'Bo',
        text: 'Italy bandwagons with Germany',
        held: true,
        createdAt: Date.UTC(2026, 0, 2),
      },
      {
        id: 3,
        channelId: 'c',
        authorId: 'u2',
        authorName: 'Bo',
        text: 'Prussia stays neutral',
        createdAt: Date.UTC(2026, 0, 3),
      },
    ];
    const { reply } = ask(engine, { kind: 'claims' }, { claims });
    expect(reply.title).toBe('Claims: 1 of 3 hold');
    const out = text(reply);
    expect(out).toContain('holds: Britain balances against Germany');
    expect(out).toContain('by Ada, 2026-01-01 00:00');
    expect(out).toContain('(it held when made)');
    expect(out).toContain('cannot be checked: Prussia stays neutral');
    expect(reply.sections[0]!.body).toContain('<t:1767225600:R>');
  });
});

describe('scenarios', () => {
  it('lists the bundled examples with their titles', () => {
    const out = text(ask(engine, { kind: 'scenario-list' }).reply);
    expect(out).toContain('- europe-1914: Europe, July 1914, 9 states');
    expect(out).toContain('- teaching: Teaching example (2000), 3 states');
  });

  it('loads an example by name, and refuses an unknown one', () => {
    const { reply, effects } = ask(engine, { kind: 'scenario-load-example', name: 'Teaching' });
    expect(reply.title).toBe('Loaded teaching for this channel');
    expect(effects).toEqual([{ kind: 'set-scenario', source: { origin: 'example', name: 'teaching' } }]);
    expect(text(ask(engine, { kind: 'scenario-load-example', name: 'mars-2300' }).reply)).toContain(
      'the examples are "europe-1914", "teaching"',
    );
  });

  it('an upload with errors gets its diagnostics with line and column, only for the uploader, and changes nothing', () => {
    const file =
      'scenario "Broken"\nstate Prussia { power 0.2 }\nborder Prusia Austria\nstate Austria { power 2 }\n';
    const { reply, effects } = ask(engine, {
      kind: 'scenario-load-file',
      fileName: 'broken.threat',
      text: file,
    });
    expect(effects).toEqual([]);
    expect(reply.ephemeral).toBe(true);
    expect(reply.title).toBe("broken.threat has errors; the channel's scenario is unchanged");
    const out = text(reply);
    expect(out).toContain(
      'broken.threat:3:8 error unknown-state: State "Prusia" is not declared; did you mean "Prussia"?',
    );
    expect(out).toContain('  3 | border Prusia Austria');
    expect(reply.sections[0]!.body.startsWith('```\n')).toBe(true);
    expect(out).toMatch(/\d+ errors?, \d+ warnings?/);
  });

  it('a good upload becomes the channel scenario, and may import a bundled example but nothing else', () => {
    const file =
      'import "europe-1914.threat"\nvariant "Peaceful Germany" { state Germany { intent benign } }\n';
    const ok = ask(engine, { kind: 'scenario-load-file', fileName: 'my-europe.threat', text: file });
    expect(ok.reply.title).toBe('Loaded my-europe.threat for this channel');
    expect(ok.effects).toEqual([
      { kind: 'set-scenario', source: { origin: 'upload', name: 'my-europe.threat', text: file } },
    ]);
    const escape = ask(engine, {
      kind: 'scenario-load-file',
      fileName: 'evil.threat',
      text: 'import "../../../../etc/passwd"\nstate A { power 1 }\n',
    });
    expect(escape.effects).toEqual([]);
    expect(text(escape.reply)).toContain('import-not-found');
    const absolute = ask(engine, {
      kind: 'scenario-load-file',
      fileName: 'evil.threat',
      text: `import "${process.cwd()}/package.json"\nstate A { power 1 }\n`,
    });
    expect(absolute.effects).toEqual([]);
  });

  it('an uploaded scenario answers questions, and the channel session uses its text', () => {
    const file =
      'state Big { power 0.6  offense high  intent hostile  major }\nstate Small { power 0.05  offense low  intent benign }\nstate Mid { power 0.3 intent status-quo major }\nborder Big Small, Big Mid\n';
    const session = { origin: 'upload' as const, name: 'mine.threat', text: file };
    const out = text(ask(engine, 'who balances against Big?', { session }).reply);
    expect(out).toContain('Who balances against Big?');
    expect(out).toContain('mine.threat');
  });

  it('limits: file size and statements per scenario', () => {
    const big = 'state A { power 0.1 }\n'.repeat(20_000);
    expect(
      text(ask(engine, { kind: 'scenario-load-file', fileName: 'big.threat', text: big }).reply),
    ).toContain('over the 256 KB limit');
    const many = Array.from({ length: 6_000 }, (_, i) => `state S${i} { power 0.0001 }`).join('\n');
    const reply = ask(engine, {
      kind: 'scenario-load-file',
      fileName: 'many.threat',
      text: many.slice(0, 200_000),
    }).reply;
    expect(text(reply)).toContain('too-many-statements');
  });

  it('show describes the channel scenario; reset goes back to the default', () => {
    const show = text(ask(engine, { kind: 'scenario-show' }).reply);
    expect(show).toContain('9 states');
    expect(show).toContain('Triple Entente (entente, 1907): UK, France, Russia');
    expect(show).toContain('"Benign Germany"');
    expect(ask(engine, { kind: 'scenario-reset' }).effects).toEqual([{ kind: 'reset-scenario' }]);
  });

  it('states of a session, for autocomplete', () => {
    expect(engine.states(EUROPE).slice(0, 2)).toEqual([
      { id: 'UK', name: 'Britain' },
      { id: 'France', name: 'France' },
    ]);
  });
});
