/**
 * renderGraphSvg: one disc per state, arrows by strategy, both theories side by side.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { renderGraphSvg } from '../src/render-graph.js';
import { textWidth, wrapText } from '../src/graph/text-metrics.js';
import { placeLabels } from '../src/graph/labels.js';
import { boxesOverlap } from '../src/graph/svg.js';
import { COLD_WAR_1955, TEACHING } from './historical-cases.js';

describe('renderGraphSvg', () => {
  it('draws one disc per state and one arrow per state that takes a side', () => {
    const analysis = analyze(COLD_WAR_1955);
    const svg = renderGraphSvg(COLD_WAR_1955, analysis, { theory: 'threat' });
    expect(svg.match(/<g class="state" data-state=/g)).toHaveLength(COLD_WAR_1955.states.length);
    const siding = [...analysis.threat.predictions.values()].filter(
      (p) => p.strategy !== 'neutral' && p.target !== undefined,
    );
    expect(svg.match(/<g class="arrow" /g)).toHaveLength(siding.length);
    expect(svg).toContain('West Germany balances against Soviet Union');
  });

  it('draws bandwagoning dashed with an open head, balancing solid with a filled one, neutral states without an arrow', () => {
    const svg = renderGraphSvg(TEACHING, analyze(TEACHING), { theory: 'threat' });
    expect(svg).toMatch(
      /data-strategy="bandwagon"><title>Buffer bandwagons with Empire[^<]*<\/title><path [^>]*stroke-dasharray="7 4"[^>]*\/><polyline /,
    );
    expect(svg).not.toMatch(/data-from="Island"/);
    expect(svg).toContain('<title>Island: stays neutral');
    const cold = renderGraphSvg(COLD_WAR_1955, analyze(COLD_WAR_1955), { theory: 'threat' });
    expect(cold).toMatch(
      /data-strategy="balance"><title>[^<]*<\/title><path (?![^>]*dasharray)[^>]*\/><polygon /,
    );
  });

  it('differs between the theories where the predictions do, and puts both side by side', () => {
    const analysis = analyze(COLD_WAR_1955);
    const power = renderGraphSvg(COLD_WAR_1955, analysis, { theory: 'power' });
    expect(power).toContain('West Germany balances against United States');
    expect(power).toContain('Balance of power: who balances');
    const both = renderGraphSvg(COLD_WAR_1955, analysis, { theory: 'both' });
    expect(both.match(/<g class="panel" data-theory="(threat|power)"/g)).toHaveLength(2);
    expect(both).toContain('the two theories predict differently');
  });

  it('escapes names and is deterministic', () => {
    const scenario = { ...TEACHING, title: 'Rivals <&> "friends"' };
    const a = renderGraphSvg(scenario, analyze(scenario), { theory: 'threat' });
    expect(a).toContain('Rivals &lt;&amp;&gt; &quot;friends&quot;');
    expect(a).not.toContain('<&>');
    expect(renderGraphSvg(scenario, analyze(scenario), { theory: 'threat' })).toBe(a);
  });

  it('draws the whole system for an unknown focus', () => {
    const analysis = analyze(TEACHING);
    expect(renderGraphSvg(TEACHING, analysis, { theory: 'threat', focus: 'Atlantis' })).toBe(
      renderGraphSvg(TEACHING, analysis, { theory: 'threat' }),
    );
  });
});

describe('renderGraphSvg on odd scenarios', () => {
  const base = { ...TEACHING, links: [], perceptions: [], alliances: [], claims: [] };
  const state = (id: string, capital?: { lat: number; lon: number }) => ({
    id,
    name: id,
    power: { kind: 'share' as const, share: 0.1 },
    major: false,
    ...(capital ? { capital } : {}),
  });
  it.each([
    ['no states', []],
    ['one state', [state('A', { lat: 10, lon: 10 })]],
    ['two states at one capital', [state('A', { lat: 10, lon: 10 }), state('B', { lat: 10, lon: 10 })]],
    ['no capitals', [state('A'), state('B'), state('C')]],
    [
      'capitals across the antimeridian and at the pole',
      [state('A', { lat: 0, lon: 179 }), state('B', { lat: 0, lon: -179 }), state('C', { lat: -89, lon: 0 })],
    ],
  ])('%s: a picture with every state once and no NaN', (_, states) => {
    const scenario = { ...base, states };
    for (const theory of ['threat', 'both'] as const) {
      const svg = renderGraphSvg(scenario, analyze(scenario), { theory, width: 320 });
      expect(svg).not.toMatch(/NaN|Infinity/);
      for (const s of states)
        expect(svg.split(`<g class="state" data-state="${s.id}"`)).toHaveLength(theory === 'both' ? 3 : 2);
    }
  });
});

describe('label placement', () => {
  it('moves a label that would cover another, and leaves out one that fits nowhere', () => {
    const request = (id: string, x: number) => ({
      id,
      text: 'Name',
      x,
      y: 50,
      r: 5,
      fontSize: 12,
      bold: false,
    });
    const area = { x: 0, y: 0, width: 200, height: 100 };
    const { placed, omitted } = placeLabels([request('A', 50), request('B', 60)], {
      discs: [],
      lines: [],
      area,
    });
    expect(placed.map((l) => l.id)).toEqual(['A', 'B']);
    expect(boxesOverlap(placed[0]!.box, placed[1]!.box)).toBe(false);
    const tiny = placeLabels([request('C', 10)], {
      discs: [],
      lines: [],
      area: { x: 0, y: 0, width: 20, height: 20 },
    });
    expect(tiny.omitted).toEqual(['C']);
    expect(omitted).toEqual([]);
  });

  it('estimates widths from the font metrics and wraps at spaces', () => {
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('WWWW', 12));
    expect(wrapText('one two three four', textWidth('one two three', 12) + 1, 12)).toEqual([
      'one two three',
      'four',
    ]);
  });
});
