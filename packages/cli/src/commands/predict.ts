/**
 * `threat predict [--theory threat|power|both] [--variant NAME] [--format text|markdown|json] <file>`:
 * each state's strategy, main threat and partners, then the predicted coalitions and the
 * verdict on each declared alliance.
 */
import {
  renderPredictions,
  renderSystem,
  type Evaluation,
  type Scenario,
  type Theory,
} from '@threatlab/core';
import type { Io } from '../io.js';
import { loadScenario } from '../scenario-loader.js';
import { usageError, type CommandResult } from '../usage.js';

export interface PredictArguments {
  readonly file: string | undefined;
  readonly theory: Theory | 'both';
  readonly variant: string | undefined;
  readonly format: 'text' | 'markdown' | 'json';
}

export function runPredict(io: Io, args: PredictArguments): CommandResult {
  if (!args.file) return usageError(io, 'threat predict needs a scenario file');
  const loaded = loadScenario(io, args.file, args.variant);
  if (!loaded) return 1;
  const { scenario, analysis } = loaded.evaluated;
  if (args.format === 'json') {
    const theories: Theory[] = args.theory === 'both' ? ['threat', 'power'] : [args.theory];
    const json = {
      scenario: scenario.title,
      ...(args.variant !== undefined ? { variant: args.variant } : {}),
      theories: Object.fromEntries(
        theories.map((t) => [t, evaluationJson(t === 'power' ? analysis.power : analysis.threat)]),
      ),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return loaded.hasErrors ? 1 : 0;
  }
  const format = args.format;
  const title = `${scenario.title}${scenario.year !== undefined && !scenario.title.includes(String(scenario.year)) ? ` (${scenario.year})` : ''}`;
  const blocks = [
    format === 'markdown' ? `# ${title}` : title,
    renderPredictions(analysis, scenario, { theory: args.theory, format }),
  ];
  const systems: Theory[] = args.theory === 'both' ? ['threat', 'power'] : [args.theory];
  for (const theory of systems)
    blocks.push(renderSystem(theory === 'power' ? analysis.power : analysis.threat, scenario, format));
  io.out(`${blocks.join('\n\n')}\n`);
  return loaded.hasErrors ? 1 : 0;
}

function evaluationJson(evaluation: Evaluation) {
  return {
    predictions: evaluation.states.map((id) => {
      const p = evaluation.predictions.get(id)!;
      return {
        state: id,
        strategy: p.strategy,
        target: p.target ?? null,
        partners: p.partners,
        rule: p.rule.id,
        threats: p.threats.map((t) => ({ target: t.target, score: t.score, rank: t.rank })),
      };
    }),
    coalitions: evaluation.coalitions,
    alliances: evaluation.alliances,
  };
}

export type { Scenario };
