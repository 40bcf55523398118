// Graph benchmarks (min, median and p95 in ms): core's renderGraphSvg on the bundled Europe 1914,
// on imported years (Europe 1914, the world in 2000) when ../shared/data is there, and on a
// generated 191-state world otherwise; the whole system, a focus view and both theories side
// by side; and the PNG at 2x (resvg) of the world, which the bot and `threat graph` add on top.
// Reads the built packages: run `npm run build` first (npm test does).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { analyze, renderGraphSvg } from '@threatlab/core';
import { analyzeProgram, TextDocumentProvider } from '@threatlab/dsl';
import { runCli } from '@threatlab/cli';
import { generateScenario } from './generate-scenario.js';
import { measure, median, percentile, report, target } from './stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env.THREATLAB_DATA ?? join(root, '..', 'shared', 'data');

function fromText(path, text) {
  const provider = new TextDocumentProvider((uri) => (uri === path ? text : undefined));
  return analyzeProgram(path, provider, { counterfactuals: false }).evaluation.base;
}

function imported(...args) {
  let out = '';
  const io = { cwd: root, isTty: false, out: (t) => void (out += t), err: () => {} };
  if (runCli(['import', ...args, '--data', data], io) !== 0)
    throw new Error(`threat import ${args.join(' ')} failed`);
  return fromText(`/${args.join('-')}.threat`, out);
}

const cases = [
  [
    'examples/europe-1914',
    fromText('/europe.threat', readFileSync(join(root, 'examples', 'europe-1914.threat'), 'utf8')),
    'Belgium',
  ],
];
if (existsSync(join(data, 'cow', 'NMC-60-abridged.csv'))) {
  cases.push(['imported Europe 1914', imported('--year', '1914', '--region', 'europe'), 'Belgium']);
  cases.push(['imported world 2000', imported('--year', '2000'), 'Belgium']);
} else {
  console.log(`(no data sets at ${data}: a generated world of 191 states stands in for the imported one)`);
  const scenario = generateScenario(191);
  cases.push(['generated world, 191 states', { scenario, analysis: analyze(scenario) }, 'S1']);
}

let world;
for (const [name, { scenario, analysis }, focus] of cases) {
  const states = scenario.states.length;
  for (const [view, options] of [
    ['whole system', { theory: 'threat' }],
    [`focus on ${focus}`, { theory: 'threat', focus }],
    ['both theories', { theory: 'both' }],
  ]) {
    const times = measure(() => renderGraphSvg(scenario, analysis, options), { warmup: 5, runs: 25 });
    report(`graph ${name} (${states}), ${view}`, {
      min: times[0],
      median: median(times),
      p95: percentile(times, 95),
    });
    if (view === 'whole system') world = { scenario, analysis, times };
  }
}
target('whole world, one theory (median)', median(world.times), 200);

const svg = renderGraphSvg(world.scenario, world.analysis, { theory: 'threat' });
const png = measure(
  () =>
    new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } }).render().asPng(),
  { warmup: 1, runs: 5 },
);
report('PNG at 2x of the whole world (resvg)', {
  min: png[0],
  median: median(png),
  p95: percentile(png, 95),
});
console.log(`  ratio: PNG / SVG (medians) = ${(median(png) / median(world.times)).toFixed(1)}`);
