import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { renderGraphSvg } from '../src/render-graph.js';
import { COLD_WAR_1955, TEACHING } from './historical-cases.js';

describe('renderGraphSvg', () => {
  it('draws one disc per state and one arrow per state that takes a side', () => {
    const analysis = analyze(COLD_WAR_1955);
    const svg = renderGraphSvg(COLD_WAR_1955, analysis, { theory: 'threat' });
    expect(svg.match(/<g class="state" data-state=/g)).toHaveLength(COLD_WAR_1955.states.length);
    const siding = [...analysis.threat.predictions.values()].filter(
      (p) => p.strategy !== 'neutral' && p.target !== undefined,
    );
    expect(svg.match(/marker-end=/g)).toHaveLength(siding.length);
    expect(svg).toContain('West Germany balances against Soviet Union');
  });

  it('draws a bandwagoning state with a dashed arrow and a neutral one without', () => {
    const svg = renderGraphSvg(TEACHING, analyze(TEACHING), { theory: 'threat' });
    expect(svg).toMatch(
      /stroke-dasharray="6 4" marker-end="url\(#bandwagon-arrow\)"[^>]*><title>Buffer bandwagons with Empire/,
    );
    expect(svg).not.toContain('<title>Island balances');
    expect(svg).toContain('<title>Island: stays neutral');
  });

  it('differs between the theories where the predictions do', () => {
    const analysis = analyze(COLD_WAR_1955);
    const power = renderGraphSvg(COLD_WAR_1955, analysis, { theory: 'power' });
    expect(power).toContain('West Germany balances against United States');
    expect(power).toContain('Predictions under balance of power');
  });

  it('escapes names and is deterministic', () => {
    const scenario = { ...TEACHING, title: 'Rivals <&> "friends"' };
    const a = renderGraphSvg(scenario, analyze(scenario), { theory: 'threat' });
    expect(a).toContain('Rivals &lt;&amp;&gt; &quot;friends&quot;');
    expect(a).not.toContain('<&>');
    expect(renderGraphSvg(scenario, analyze(scenario), { theory: 'threat' })).toBe(a);
  });
});
