/**
 * Prediction tables: one theory, or both side by side with their disagreements marked; and the
 * system view of coalitions and declared alliances.
 */
import type { Prediction } from './explanation.js';
import type { Scenario, Theory } from './scenario.js';
import type { Analysis, Evaluation } from './evaluation.js';
import { fixed } from './format.js';
import { stateNamer } from './display-names.js';
import { md, table, THEORY_NAMES, type RenderFormat } from './render-common.js';
import { samePrediction, strategyPhrase } from './strategy-wording.js';

/** Which theory's predictions to render (or both side by side), and in which format. */
export interface PredictionsView {
  readonly theory: Theory | 'both';
  readonly format: RenderFormat;
}

/** The predictions of every state, in declaration order. */
export function renderPredictions(analysis: Analysis, scenario: Scenario, view: PredictionsView): string {
  const name = stateNamer(scenario);
  const states = analysis.threat.states;
  const threatOf = (e: Evaluation, p: Prediction) =>
    p.target === undefined ? '' : fixed(e.threat(p.state, p.target));
  if (view.theory !== 'both') {
    const evaluation = view.theory === 'power' ? analysis.power : analysis.threat;
    const rows = states.map((id) => {
      const p = evaluation.predictions.get(id)!;
      return [
        name(id),
        strategyPhrase(p.strategy, name(p.target)),
        threatOf(evaluation, p),
        p.partners.map((k) => name(k)).join(', '),
        p.rule.id,
      ];
    });
    const title = `Predictions under ${THEORY_NAMES[view.theory]}`;
    return `${heading(title, view.format)}\n${table(view.format, ['state', 'prediction', 'threat', 'partners', 'rule'], rows)}`;
  }
  let differ = 0;
  const rows = states.map((id) => {
    const bot = analysis.threat.predictions.get(id)!;
    const bop = analysis.power.predictions.get(id)!;
    const diverges = !samePrediction(bot, bop);
    if (diverges) differ++;
    return [
      name(id),
      strategyPhrase(bot.strategy, name(bot.target)),
      strategyPhrase(bop.strategy, name(bop.target)),
      diverges ? '*' : '',
    ];
  });
  const note =
    differ === 0
      ? 'The two theories agree on every state'
      : `* the theories disagree (${differ} of ${states.length} states)`;
  return `${heading('Predictions under both theories', view.format)}\n${table(
    view.format,
    ['state', THEORY_NAMES.threat, THEORY_NAMES.power, 'differ'],
    rows,
  )}\n\n${view.format === 'markdown' ? md(note) : note}`;
}

/** Predicted coalitions and the verdict on each declared alliance, under one theory. */
export function renderSystem(evaluation: Evaluation, scenario: Scenario, format: RenderFormat): string {
  const name = stateNamer(scenario);
  const list = (ids: readonly string[]) => ids.map((id) => name(id)).join(', ');
  const coalitions = evaluation.coalitions.map((c) => [
    list(c.members),
    c.against.length > 0 ? list(c.against) : '(none)',
    list(c.bandwagoners),
  ]);
  const alliances = evaluation.alliances.map((a) => [a.name, list(a.members), a.verdict, a.reason]);
  const blocks = [heading(`Coalitions under ${THEORY_NAMES[evaluation.theory]}`, format)];
  blocks.push(
    coalitions.length > 0
      ? table(format, ['members', 'against', 'bandwagoners'], coalitions)
      : 'No coalitions are predicted',
  );
  if (alliances.length > 0) {
    blocks.push(
      '',
      heading('Declared alliances', format),
      table(format, ['alliance', 'members', 'verdict', 'reason'], alliances),
    );
  }
  return blocks.join('\n');
}

function heading(title: string, format: RenderFormat): string {
  return format === 'markdown' ? `### ${md(title)}\n` : `${title}\n`;
}
