/**
 * Features that show the model's results: failed claims as warnings, "apply the
 * counterfactual", code lenses, inlay hints, the predictions graph, explanations, the status
 * bar summary, and the editor's model weights.
 */
import {
  CodeActionRequest,
  CodeLensRequest,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EXPLAIN_REQUEST,
  PREDICTIONS_REQUEST,
  SUMMARY_REQUEST,
  type ExplainResult,
  type PredictionsResult,
  type SummaryResult,
} from '../../packages/vscode/src/server/protocol.js';
import { applyEdits, markers, startHarness, type Harness } from './support/harness.js';
import { EUROPE } from './support/scenarios.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/europe.threat';
const FAILING = `${EUROPE}expect Belgium bandwagons with Germany\n`;

/**
 * The diagnostics of a version once they satisfy `done`: by default, once the model has run
 * and every failed claim has its counterfactual (the server publishes the checker's
 * diagnostics first, then the claims, then their counterfactuals).
 */
async function withClaims(
  h: Harness,
  version = 1,
  done = (d: Diagnostic[]) =>
    d.some(
      (x) =>
        x.code === 'claim-failed' &&
        / it holds if /.test(typeof x.message === 'string' ? x.message : x.message.value),
    ),
): Promise<Diagnostic[]> {
  const latest = () => h.published.filter((p) => p.uri === uri && p.version === version).at(-1)?.diagnostics;
  await expect.poll(() => latest() !== undefined && done(latest()!), { timeout: 15_000 }).toBe(true);
  return latest()!;
}

describe('claims', () => {
  it('reports a failed claim as a warning with the reason and the counterfactual', async () => {
    harness = await startHarness();
    await harness.open(uri, FAILING);
    const diagnostics = await withClaims(harness);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['claim-failed', 2]]);
    expect(diagnostics[0]!.message).toMatch(
      /^The model does not confirm "Belgium bandwagons with German Empire": Belgium balances against German Empire.*; it holds if .+ \(now .+\)$/,
    );
    expect(diagnostics[0]!.range.start.line).toBe(14);
  });

  it('offers "Apply the counterfactual", after which the claim holds', async () => {
    harness = await startHarness();
    await harness.open(uri, FAILING);
    const [claim] = await withClaims(harness);
    const actions = (await harness.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: claim!.range,
      context: { diagnostics: [claim!] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual([
      expect.stringMatching(/^Apply the counterfactual: holds if /),
    ]);
    const fixed = applyEdits(FAILING, actions[0]!.edit!.changes![uri]!);
    harness.change(uri, fixed, 2);
    // The old warning is carried over until the model has run on the new text, then it goes.
    expect(
      await withClaims(
        harness,
        2,
        (d) => d.length === 0 && harness!.published.filter((p) => p.version === 2).length >= 2,
      ),
    ).toEqual([]);
  });

  it('keeps showing a claim warning, moved with its statement, until the model runs again', async () => {
    harness = await startHarness();
    await harness.open(uri, FAILING);
    await withClaims(harness);
    const next = harness.diagnostics(uri, 2);
    harness.change(uri, `// a new first line\n${FAILING}`, 2);
    const first = await next;
    expect(first.map((d) => [d.code, d.range.start.line])).toEqual([['claim-failed', 15]]);
  });
});

describe('code lenses and inlay hints', () => {
  it("puts each state's predicted strategy above it", async () => {
    harness = await startHarness();
    await harness.open(uri, EUROPE);
    const lenses = await harness.client.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    expect(lenses?.map((l) => [l.range.start.line, l.command?.title])).toEqual([
      [2, 'stays neutral'],
      [3, 'balances against German Empire with Russia, Belgium'],
      [4, 'balances against German Empire with France, Belgium'],
      [5, 'balances against German Empire with France, Russia'],
    ]);
    expect(lenses?.[1]?.command?.command).toBe('threat.explainStateAtCursor');
  });

  it('shows the threat score after each perception in the range asked', async () => {
    harness = await startHarness();
    await harness.open(uri, EUROPE);
    const hints = await harness.client.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    });
    expect(hints?.map((h) => [h.position, h.label])).toEqual([
      [{ line: 9, character: 30 }, expect.stringMatching(/^threat 0\.\d\d$/)],
    ]);
    const none = await harness.client.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
    });
    expect(none).toEqual([]);
  });

  it("uses the editor's model weights under the scenario's own settings", async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
    harness = await startHarness();
    await harness.open(uri, EUROPE);
    const plain = await harness.client.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
    await harness.dispose();
    harness = await startHarness({ initializationOptions: { model: { weights: { intent: 0 } } } });
    await harness.open(uri, EUROPE);
    const weighted = await harness.client.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range,
    });
    expect(weighted?.[0]?.label).not.toEqual(plain?.[0]?.label);
  });
});

describe("the server's own requests", () => {
  it('draws the predictions graph as SVG under either theory', async () => {
    harness = await startHarness();
    await harness.open(uri, EUROPE);
    const threat = await harness.client.sendRequest<PredictionsResult>(PREDICTIONS_REQUEST, {
      textDocument: { uri },
    });
    expect(threat.title).toBe('Test 1914');
    expect(threat.theory).toBe('threat');
    expect(threat.svg).toMatch(/^<svg /);
    expect(threat.svg).toContain('German Empire');
    const power = await harness.client.sendRequest<PredictionsResult>(PREDICTIONS_REQUEST, {
      textDocument: { uri },
      theory: 'power',
    });
    expect(power.theory).toBe('power');
    expect(power.svg).toContain('balance of power');
  });

  it("draws the picture at the view's width, both theories, focused on the state at the cursor", async () => {
    harness = await startHarness();
    const { text, positions } = markers(EUROPE.replace('state France {', 'state Fr<|>ance {'));
    await harness.open(uri, text);
    const focused = await harness.client.sendRequest<PredictionsResult>(PREDICTIONS_REQUEST, {
      textDocument: { uri },
      theory: 'both',
      position: positions[0]!,
      width: 600,
    });
    expect(focused.focus).toBe('France');
    expect(focused.theory).toBe('both');
    expect(focused.svg).toMatch(/^<svg [^>]*width="600"/);
    expect(focused.svg.match(/<g class="panel" /g)).toHaveLength(2);
    expect(focused.svg).toContain('France, its threats, its partners and their coalitions');
    // Off any state, the view keeps the state it was focused on; without one, the whole system.
    const kept = await harness.client.sendRequest<PredictionsResult>(PREDICTIONS_REQUEST, {
      textDocument: { uri },
      position: { line: 0, character: 0 },
      state: 'France',
    });
    expect(kept.focus).toBe('France');
    const whole = await harness.client.sendRequest<PredictionsResult>(PREDICTIONS_REQUEST, {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    expect(whole.focus).toBeUndefined();
  });

  it('explains a state named by the predictions view, under the theory of its panel', async () => {
    harness = await startHarness();
    await harness.open(uri, EUROPE);
    const threat = await harness.client.sendRequest<ExplainResult>(EXPLAIN_REQUEST, {
      textDocument: { uri },
      state: 'France',
    });
    expect(threat.markdown).toMatch(/^### France balances against German Empire/);
    const power = await harness.client.sendRequest<ExplainResult>(EXPLAIN_REQUEST, {
      textDocument: { uri },
      state: 'France',
      theory: 'power',
    });
    expect(power.markdown).toContain('balance of power');
    const unknown = await harness.client.sendRequest<ExplainResult>(EXPLAIN_REQUEST, {
      textDocument: { uri },
      state: 'Atlantis',
    });
    expect(unknown.markdown).toBeNull();
  });

  it('explains the state at the cursor', async () => {
    harness = await startHarness();
    const { text, positions } = markers(EUROPE.replace('state France {', 'state Fr<|>ance {'));
    await harness.open(uri, text);
    const result = await harness.client.sendRequest<ExplainResult>(EXPLAIN_REQUEST, {
      textDocument: { uri },
      position: positions[0]!,
    });
    expect(result.markdown).toMatch(/^### France balances against German Empire/);
    expect(result.markdown).toContain('**Main threat: German Empire, threat ');
    const nothing = await harness.client.sendRequest<ExplainResult>(EXPLAIN_REQUEST, {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    expect(nothing.markdown).toBeNull();
  });

  it('summarises the scenario for the status bar', async () => {
    harness = await startHarness();
    await harness.open(uri, FAILING);
    await withClaims(harness);
    const summary = await harness.client.sendRequest<SummaryResult>(SUMMARY_REQUEST, {
      textDocument: { uri },
    });
    expect(summary).toEqual({
      text: 'Test 1914 (1914): 4 states, 1 alliance, 2 claims (1 hold); 1 warning',
      errors: 0,
      warnings: 1,
    });
  });
});
