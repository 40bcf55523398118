// Parse + check throughput of generated scenarios, against JSON.parse of the same content.
// Target (DESIGN.md): parse + check at most 5x the time JSON.parse takes for the same content.
import { checkProgram, createDocument, generateScenario, TextDocumentProvider } from '@threatlab/dsl';
import { measure, median, percentile, report, target } from './stats.js';

for (const states of [200, 2000, 20000]) {
  const text = generateScenario(states);
  const uri = `/bench/generated-${states}.threat`;
  // A fresh provider per run, so nothing is cached between runs.
  const check = () => checkProgram(uri, new TextDocumentProvider((u) => (u === uri ? text : undefined)));
  const checked = check();
  if (checked.problems.length > 0)
    throw new Error(`generated scenario has problems: ${checked.problems[0].message}`);
  // The same content as JSON: the lowered scenario, every state, link, perception, alliance, claim.
  const json = JSON.stringify(checked.lowered.base.scenario);
  const runs = states >= 20000 ? 15 : 40;
  const warmup = states >= 20000 ? 5 : 20;
  const parseOnly = measure(() => createDocument(uri, text), { warmup, runs });
  const parseCheck = measure(check, { warmup, runs });
  const jsonParse = measure(() => JSON.parse(json), { warmup, runs });
  const ratio = median(parseCheck) / median(jsonParse);
  report(`parse+check ${states} states`, {
    bytes: text.length,
    json_bytes: json.length,
    parse_ms: median(parseOnly),
    check_ms: median(parseCheck),
    p95_ms: percentile(parseCheck, 95),
    json_ms: median(jsonParse),
    'MB/s': text.length / 1e6 / (median(parseCheck) / 1000),
    ratio_to_json: ratio,
  });
  target(`ratio to JSON.parse, ${states} states`, ratio, 5, 'x');
}
