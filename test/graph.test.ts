/**
 * The predictions graph on every bundled example and on imported real years (Europe 1914, the
 * world in 2000; skipped with a message when ../shared/data is absent): structural checks on
 * the SVG that hold for every picture, whatever the layout decides. Every state is drawn once,
 * no two labels overlap, labels are at least 11 px at the editor panel's 600 px, every colour a
 * mark uses is in the legend, and the arrows drawn and counted are the predictions that take a
 * side. Also `threat graph` as a user runs it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGraphSvg, type Analysis, type Scenario } from '@threatlab/core';
import { analyzeProgram, TextDocumentProvider } from '@threatlab/dsl';
import { runThreat } from './support/cli.js';
import { graphStructure, overlappingLabels, type GraphStructure } from './support/graph-structure.js';
import { readOrUndefined } from './support/read.js';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(repository, 'examples');
const REAL_DATA = process.env['THREATLAB_DATA'] ?? join(repository, '..', 'shared', 'data');
const REAL_DATA_PRESENT = existsSync(join(REAL_DATA, 'cow', 'NMC-60-abridged.csv'));
if (!REAL_DATA_PRESENT)
  console.warn(
    `Real-data graph tests skipped: no data sets at ${REAL_DATA} (set THREATLAB_DATA or put ../shared/data beside the repository)`,
  );

interface Loaded {
  readonly scenario: Scenario;
  readonly analysis: Analysis;
}

function load(path: string, text?: string): Loaded {
  const provider = new TextDocumentProvider((uri) =>
    uri === path && text !== undefined ? text : readOrUndefined(uri),
  );
  const evaluation = analyzeProgram(path, provider, { counterfactuals: false }).evaluation;
  if (!evaluation) throw new Error(`${path} was not evaluated`);
  return evaluation.base;
}

/** The checks every picture passes. */
function checkPicture(svg: string, loaded: Loaded, focus?: string): GraphStructure {
  const graph = graphStructure(svg);
  const ids = new Set(loaded.scenario.states.map((s) => s.id));
  for (const panel of graph.panels) {
    // Every state drawn once: in full, or (in a focus view) as a context dot.
    const all = [...panel.states, ...panel.contextStates];
    expect(new Set(all).size, `${panel.theory}: a state drawn twice`).toBe(all.length);
    for (const id of all) expect(ids.has(id)).toBe(true);
    if (focus === undefined) expect(panel.states.length).toBe(ids.size);
    else {
      expect(panel.states).toContain(focus);
      expect(panel.labels.map((l) => l.state)).toContain(focus);
    }
    // Labels: one per drawn state at most, never overlapping, never under 11 px (the pictures
    // are drawn at the width they are shown at; the examples are drawn at the editor's 600 px).
    expect(overlappingLabels(panel), `${panel.theory}: overlapping labels`).toEqual([]);
    for (const label of panel.labels) {
      expect(panel.states).toContain(label.state);
      expect(label.fontSize).toBeGreaterThanOrEqual(11);
    }
    expect(new Set(panel.labels.map((l) => l.state)).size).toBe(panel.labels.length);
    // Every colour a mark uses is explained by the legend.
    for (const c of panel.markColours)
      expect(graph.legendColours, `${panel.theory}: colour ${c} not in the legend`).toContain(c);
    // Arrows go from a drawn state to the target the model predicts, with its strategy.
    const evaluation = panel.theory === 'power' ? loaded.analysis.power : loaded.analysis.threat;
    for (const arrow of panel.arrows) {
      const prediction = evaluation.predictions.get(arrow.from)!;
      expect(prediction.target).toBe(arrow.to);
      expect(prediction.strategy).toBe(arrow.strategy);
    }
    // Arrowheads at one disc apart, so that each can be traced to its state.
    for (const a of panel.arrows)
      for (const b of panel.arrows)
        if (a !== b && a.to === b.to)
          expect(
            Math.hypot(a.tip[0] - b.tip[0], a.tip[1] - b.tip[1]),
            `${a.from} and ${b.from} at ${a.to}`,
          ).toBeGreaterThan(3);
    if (focus === undefined) {
      const siding = [...evaluation.predictions.values()].filter(
        (p) => p.strategy !== 'neutral' && p.target !== undefined,
      );
      expect(panel.arrows.length + panel.hiddenArrows).toBe(siding.length);
    }
  }
  return graph;
}

const files = readdirSync(examples)
  .filter((f) => f.endsWith('.threat'))
  .sort();

describe('the graph of every bundled example', () => {
  describe.each(files)('%s', (file) => {
    const loaded = load(join(examples, file));
    const first = loaded.scenario.states[0]!.id;

    it.each(['threat', 'power', 'both'] as const)(
      'under %s: structure holds, every arrow drawn',
      (theory) => {
        const svg = renderGraphSvg(loaded.scenario, loaded.analysis, { theory, width: 600 });
        const graph = checkPicture(svg, loaded);
        for (const panel of graph.panels) expect(panel.hiddenArrows).toBe(0);
        expect(graph.panels).toHaveLength(theory === 'both' ? 2 : 1);
      },
    );

    it('focused on its first state: structure holds, the state is marked', () => {
      const svg = renderGraphSvg(loaded.scenario, loaded.analysis, { theory: 'both', focus: first });
      const graph = checkPicture(svg, loaded, first);
      expect(graph.legendKinds).toContain('focus');
    });

    it("is a map with today's outlines and a note saying so", () => {
      const svg = renderGraphSvg(loaded.scenario, loaded.analysis, { theory: 'threat' });
      expect(svg).toContain('<g class="land">');
      const year = loaded.scenario.year;
      expect(graphStructure(svg).notes.join(' ')).toContain(`not those of ${year ?? "the scenario's year"}`);
      expect(svg).toMatch(new RegExp(`<text class="title"[^>]*>[^<]*${year ?? ''}`));
    });
  });

  it('without capitals, clusters states by coalition and draws each coalition as a group', () => {
    const path = join(examples, 'cold-war-1955.threat');
    const text = readFileSync(path, 'utf8').replace(/capital -?[\d.]+ -?[\d.]+/g, '');
    const loaded = load(path, text);
    const svg = renderGraphSvg(loaded.scenario, loaded.analysis, { theory: 'threat' });
    checkPicture(svg, loaded);
    expect(svg).not.toContain('<g class="land">');
    expect(svg.match(/<path class="hull"/g)).toHaveLength(loaded.analysis.threat.coalitions.length);
  });

  it('marks balancing and bandwagoning differently, neutral states and anomalous alliances', () => {
    const teaching = load(join(examples, 'teaching.threat'));
    const svg = renderGraphSvg(teaching.scenario, teaching.analysis, { theory: 'threat' });
    expect(svg).toMatch(
      /data-strategy="bandwagon"><title>Buffer bandwagons with Empire[^<]*<\/title><path [^>]*stroke-dasharray="7 4"[^>]*\/><polyline/,
    );
    expect(graphStructure(svg).legendKinds).toEqual(expect.arrayContaining(['neutral', 'arrow']));
    const europe = load(join(examples, 'europe-1914.threat'));
    const withAlliances = renderGraphSvg(europe.scenario, europe.analysis, { theory: 'threat' });
    const anomalous = europe.analysis.threat.alliances.filter((a) => a.verdict === 'anomalous').length;
    expect(withAlliances.match(/<g class="alliance" data-verdict="anomalous"/g) ?? []).toHaveLength(
      anomalous,
    );
    expect(withAlliances.match(/<g class="alliance"/g)).toHaveLength(europe.analysis.threat.alliances.length);
  });

  it('draws a state far from all the others at the edge, pointing towards its capital', () => {
    for (const file of ['cold-war-1955.threat', 'gulf-1990.threat']) {
      const loaded = load(join(examples, file));
      const svg = renderGraphSvg(loaded.scenario, loaded.analysis, { theory: 'threat' });
      expect(graphStructure(svg).legendKinds, file).toContain('far');
    }
    const europe = load(join(examples, 'europe-1914.threat'));
    const svg = renderGraphSvg(europe.scenario, europe.analysis, { theory: 'threat' });
    expect(graphStructure(svg).legendKinds).not.toContain('far');
  });

  it('has no legend row for a mark it does not draw', () => {
    for (const file of files) {
      const loaded = load(join(examples, file));
      const svg = renderGraphSvg(loaded.scenario, loaded.analysis, { theory: 'threat' });
      const kinds = graphStructure(svg).legendKinds;
      const predictions = [...loaded.analysis.threat.predictions.values()];
      const alliances = loaded.analysis.threat.alliances;
      expect(kinds.includes('neutral'), file).toBe(svg.includes('stroke-dasharray="3 2"/>'));
      expect(kinds.includes('alliance'), file).toBe(alliances.some((a) => a.verdict !== 'anomalous'));
      expect(kinds.includes('alliance-anomalous'), file).toBe(
        alliances.some((a) => a.verdict === 'anomalous'),
      );
      expect(kinds.filter((k) => k === 'coalition')).toHaveLength(loaded.analysis.threat.coalitions.length);
      expect(kinds.includes('focus') || kinds.includes('divergence') || kinds.includes('threat-line')).toBe(
        false,
      );
      expect(kinds.includes('arrow')).toBe(predictions.some((p) => p.strategy !== 'neutral'));
    }
  });

  it('is the same bytes for the same input', () => {
    const loaded = load(join(examples, 'europe-1914.threat'));
    const a = renderGraphSvg(loaded.scenario, loaded.analysis, { theory: 'both', focus: 'Belgium' });
    expect(renderGraphSvg(loaded.scenario, loaded.analysis, { theory: 'both', focus: 'Belgium' })).toBe(a);
  });
});

describe.skipIf(!REAL_DATA_PRESENT)(
  `the graph of imported years from ${REAL_DATA} (skipped when absent)`,
  () => {
    const cwd = mkdtempSync(join(tmpdir(), 'threat-graph-'));
    const imported = (...args: string[]): Loaded => {
      const run = runThreat(cwd, 'import', ...args, '--data', REAL_DATA);
      expect(run.code).toBe(0);
      return load(join(cwd, `${args.join('-')}.threat`), run.out);
    };

    it('Europe 1914: every state, arrow and alliance drawn on a map', () => {
      const europe = imported('--year', '1914', '--region', 'europe');
      for (const theory of ['threat', 'both'] as const) {
        const svg = renderGraphSvg(europe.scenario, europe.analysis, { theory });
        const graph = checkPicture(svg, europe);
        expect(graph.panels[0]!.hiddenArrows).toBe(0);
      }
    });

    it('the world in 2000: the whole system with the strongest arrows and a count, and a focus view', () => {
      const world = imported('--year', '2000');
      expect(world.scenario.states.length).toBeGreaterThan(150);
      const svg = renderGraphSvg(world.scenario, world.analysis, { theory: 'threat' });
      const graph = checkPicture(svg, world);
      expect(graph.panels[0]!.hiddenArrows).toBeGreaterThan(0);
      expect(graph.notes.join(' ')).toMatch(/\d+ of \d+ arrows drawn/);
      const focused = renderGraphSvg(world.scenario, world.analysis, { theory: 'both', focus: 'Belgium' });
      const focus = checkPicture(focused, world, 'Belgium');
      expect(focus.panels[0]!.states.length).toBeLessThanOrEqual(40);
      expect(focused).toMatch(/<g class="threat-line" data-from="[^"]+" data-rank="1"/);
    });
  },
);

describe('threat graph', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'threat-graph-cli-'));
  const europe = join(examples, 'europe-1914.threat');

  it('prints the SVG, or writes an SVG or a PNG at twice the size', () => {
    const run = runThreat(cwd, 'graph', europe, '--state', 'belgium', '--theory', 'both');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^<svg /);
    expect(run.out).toContain('Belgium, its threats, its partners and their coalitions');
    expect(runThreat(cwd, 'graph', europe, '--out', 'g.svg').code).toBe(0);
    expect(readFileSync(join(cwd, 'g.svg'), 'utf8')).toMatch(/^<svg [^>]*width="760"/);
    expect(runThreat(cwd, 'graph', europe, '--out', 'g.png').code).toBe(0);
    const png = readFileSync(join(cwd, 'g.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1520);
  });

  it('says what is wrong with a state, a theory, a width or an output name', () => {
    const state = runThreat(cwd, 'graph', europe, '--state', 'Belgum');
    expect(state.code).toBe(1);
    expect(state.err).toContain('State "Belgum" is not declared in ');
    expect(state.err).toContain('did you mean "Belgium"?');
    expect(runThreat(cwd, 'graph', europe, '--theory', 'war').err).toContain(
      '--theory must be threat, power or both',
    );
    expect(runThreat(cwd, 'graph', europe, '--width', '10').err).toContain(
      '--width must be a whole number of pixels from 320 to 4000',
    );
    expect(runThreat(cwd, 'graph', europe, '--out', 'g.gif').err).toContain(
      '--out must name a .svg or .png file',
    );
    expect(runThreat(cwd, 'graph', europe, '--out', 'no/such/folder/g.svg').err).toContain(
      'cannot write no/such/folder/g.svg: ENOENT',
    );
  });
});
