import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { markers, startHarness, textOf, type Harness } from './support/harness.js';
import { EUROPE } from './support/scenarios.js';

let harness: Harness | undefined;
afterEach(() => harness?.dispose());

const uri = 'file:///ws/a.threat';

async function hoverAt(marked: string): Promise<{ hover: Hover | null; text: string }> {
  const { text, positions } = markers(marked);
  harness = await startHarness();
  await harness.open(uri, text);
  const hover = await harness.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positions[0]! });
  return { hover, text };
}

const markdown = (hover: Hover | null) => (hover?.contents as MarkupContent).value;

describe('hover', () => {
  it('shows a state with its power, offense and intent', async () => {
    const { hover, text } = await hoverAt(EUROPE.replace('border Germany France', 'border Germ<|>any France'));
    expect(markdown(hover)).toContain('**German Empire** (`Germany`), a major power');
    expect(markdown(hover)).toContain('- power: 15.8%');
    expect(markdown(hover)).toContain('- offense: high (0.8)');
    expect(markdown(hover)).toContain('- intent: revisionist (0.7)');
    expect(textOf(text, hover!.range!)).toBe('Germany');
  });

  it('explains a level with its value', async () => {
    const { hover } = await hoverAt(EUROPE.replace('France sees Germany as hostile', 'France sees Germany as host<|>ile'));
    expect(markdown(hover)).toBe('**hostile** (intent level, 0.9): openly aggressive; expected to use force against the observer');
  });

  it('explains a perception: what it overrides', async () => {
    const { hover } = await hoverAt(EUROPE.replace('France sees Germany as hostile', 'France se<|>es Germany as hostile'));
    expect(markdown(hover)).toContain("Overrides Germany's declared intent (0.7) for France alone");
  });

  it('explains an alliance', async () => {
    const { hover } = await hoverAt(EUROPE.replace('alliance "Franco', 'alliance "Fran<|>co'));
    expect(markdown(hover)).toContain('**Franco-Russian Alliance**: defense alliance of 1894');
    expect(markdown(hover)).toContain('Members: France, Russia');
  });

  it('explains an attribute and a setting', async () => {
    expect(markdown((await hoverAt('state A { pow<|>er 0.1 }\n')).hover)).toMatch(/^\*\*power\*\*: aggregate power/);
    harness?.dispose();
    expect(markdown((await hoverAt('settings { neutral-th<|>reat 0.3 }\n')).hover)).toMatch(/^\*\*neutral-threat\*\*: a state whose greatest threat/);
  });

  it('answers null on empty space', async () => {
    const { hover } = await hoverAt('state A { power 0.1 }\n<|>\n');
    expect(hover).toBeNull();
  });
});
