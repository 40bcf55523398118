/**
 * Hover through the protocol: states, strategies, levels and glossary entries at `<|>` cursor
 * markers.
 */
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { markers, startHarness, textOf, type Harness } from './support/harness.js';
import { EUROPE } from './support/scenarios.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/a.threat';

async function hoverAt(marked: string): Promise<{ hover: Hover | null; text: string }> {
  const { text, positions } = markers(marked);
  harness = await startHarness();
  await harness.open(uri, text);
  const hover = await harness.client.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: positions[0]!,
  });
  return { hover, text };
}

const markdown = (hover: Hover | null) => (hover?.contents as MarkupContent).value;

describe('hover', () => {
  it('shows a state: its facts, its predicted strategy, the threats it faces with factor shares, and balance of power', async () => {
    const { hover, text } = await hoverAt(
      EUROPE.replace('border Germany France', 'border Germ<|>any France'),
    );
    const value = markdown(hover);
    expect(value).toContain('**German Empire** (`Germany`), a major power');
    expect(value).toContain('power 15.8% · offense high (0.8) · intent revisionist (0.7)');
    expect(value).toContain('**Balance of threat:** stays neutral.');
    expect(value).toContain('| rank | threat | score | power | proximity | offense | intent |');
    expect(value).toMatch(/\| 1 \| France \| 0\.\d\d \| \d+% \| \d+% \| \d+% \| \d+% \|/);
    expect(value).toContain('**Balance of power:** balances against Russia (the theories disagree)');
    expect(textOf(text, hover!.range!)).toBe('Germany');
  });

  it('shows what a balancer does and with whom', async () => {
    const { hover } = await hoverAt(EUROPE.replace('state France {', 'state Fra<|>nce {'));
    expect(markdown(hover)).toContain(
      '**Balance of threat:** balances against German Empire with Russia, Belgium.',
    );
  });

  it('explains a level with its value and the glossary entry with its citation', async () => {
    const { hover } = await hoverAt(
      EUROPE.replace('France sees Germany as hostile', 'France sees Germany as host<|>ile'),
    );
    expect(markdown(hover)).toMatch(
      /^\*\*hostile\*\* \(intent level, 0\.9\): openly aggressive; expected to use force against the observer/,
    );
    expect(markdown(hover)).toContain('**Aggressive intentions**: ');
    expect(markdown(hover)).toContain(
      '*Stephen M. Walt (1987), The Origins of Alliances, Cornell University Press*',
    );
  });

  it('explains a theory keyword from the glossary', async () => {
    const { hover } = await hoverAt(
      EUROPE.replace('expect France balances against', 'expect France bal<|>ances against'),
    );
    expect(markdown(hover)).toMatch(
      /^\*\*Balancing\*\*: Joining others against the state that poses the prevailing threat/,
    );
    expect(markdown(hover)).toContain('Walt (1987)');
  });

  it('explains a perception: what it overrides and what it changes', async () => {
    const { hover } = await hoverAt(
      EUROPE.replace('France sees Germany as hostile', 'France se<|>es Germany as hostile'),
    );
    expect(markdown(hover)).toContain("Overrides Germany's declared intent (0.7) for France alone");
    expect(markdown(hover)).toMatch(
      /Threat of Germany to France: \*\*0\.\d\d\*\* \(rank 1\); without this perception 0\.\d\d \(rank \d\)/,
    );
  });

  it("explains an alliance and the model's verdict on it", async () => {
    const { hover } = await hoverAt(EUROPE.replace('alliance "Franco', 'alliance "Fran<|>co'));
    expect(markdown(hover)).toContain('**Franco-Russian Alliance**: defense alliance of 1894');
    expect(markdown(hover)).toContain('Members: France, Russia');
    expect(markdown(hover)).toContain('**Balance of threat:** balancing.');
  });

  it('explains an attribute and a setting', async () => {
    expect(markdown((await hoverAt('state A { pow<|>er 0.1 }\n')).hover)).toMatch(
      /^\*\*power\*\*: aggregate power/,
    );
    await harness?.dispose();
    expect(markdown((await hoverAt('settings { neutral-th<|>reat 0.3 }\n')).hover)).toMatch(
      /^\*\*neutral-threat\*\*: .+ \(default 0\.\d+, from 0 to 1\)$/,
    );
  });

  it('answers null on empty space', async () => {
    const { hover } = await hoverAt('state A { power 0.1 }\n<|>\n');
    expect(hover).toBeNull();
  });
});
