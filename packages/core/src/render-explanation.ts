/**
 * An explanation as plain text (CLI, bot) or Markdown (editor hover, bot embeds).
 */
import type { Explanation, ThreatAssessment } from './explanation.js';
import type { Scenario } from './scenario.js';
import { GLOSSARY } from './glossary.js';
import { fixed, percent } from './format.js';
import { stateNamer } from './display-names.js';
import { md, table, THEORY_NAMES, type RenderFormat } from './render-common.js';
import { strategyPhrase } from './strategy-wording.js';

/**
 * Renders one explanation: the prediction and the rule that decided it, the conditions the rule
 * tested, the main threat and the runner-up factor by factor, the partners, the other theory's
 * prediction, the concepts and the sources.
 */
export function renderExplanation(
  explanation: Explanation,
  scenario: Scenario,
  format: RenderFormat,
): string {
  const name = stateNamer(scenario);
  const p = explanation.prediction;
  const headline = `${explanation.stateName} ${strategyPhrase(p.strategy, name(p.target))}`;
  const theory = THEORY_NAMES[explanation.theory];
  const mark = format === 'markdown' ? md : (s: string) => s;
  const bold = (s: string) => (format === 'markdown' ? `**${s}**` : s);
  const blocks: string[] = [];

  blocks.push(
    format === 'markdown'
      ? `### ${md(headline)}\n\n*Under ${theory}.* ${md(p.rule.summary)}`
      : `${headline} (${theory})\n${p.rule.summary}`,
  );
  if (p.rule.conditions.length > 0) {
    blocks.push(
      `${bold(`Rule ${p.rule.id}`)}\n${format === 'markdown' ? '\n' : ''}` +
        table(
          format,
          ['condition', 'value', 'threshold', 'setting', 'holds'],
          p.rule.conditions.map((c) => [
            c.text || c.label,
            fixed(c.value),
            fixed(c.threshold),
            c.setting ?? '',
            c.holds ? 'yes' : 'no',
          ]),
        ),
    );
  }
  if (explanation.mainThreat !== undefined)
    blocks.push(threatBlock('Main threat', explanation.mainThreat, name, format));
  if (explanation.runnerUp !== undefined)
    blocks.push(threatBlock('Runner-up', explanation.runnerUp, name, format));
  if (p.partners.length > 0) {
    const label = p.strategy === 'bandwagon' ? 'Aligns with' : 'Partners';
    blocks.push(`${bold(`${label}:`)} ${mark(p.partners.map((id) => name(id)).join(', '))}`);
  }
  const c = explanation.contrast;
  const verdict = c.diverges ? `differs from ${theory}` : `agrees with ${theory}`;
  const contrastName = THEORY_NAMES[c.theory];
  blocks.push(
    `${bold(`Under ${contrastName}:`)} ${mark(`${explanation.stateName} ${strategyPhrase(c.strategy, name(c.target))}`)} (${verdict})`,
  );
  if (explanation.concepts.length > 0) {
    blocks.push(
      `${bold('Concepts:')} ${mark(explanation.concepts.map((id) => GLOSSARY[id].term).join(', '))}`,
    );
  }
  if (explanation.sources.length > 0) {
    blocks.push(
      format === 'markdown'
        ? `**Sources:**\n${explanation.sources.map((s) => `- ${md(s)}`).join('\n')}`
        : `Sources:\n${explanation.sources.map((s) => `  - ${s}`).join('\n')}`,
    );
  }
  return blocks.join('\n\n');
}

function threatBlock(
  label: string,
  threat: ThreatAssessment,
  name: (id: string) => string,
  format: RenderFormat,
): string {
  const title = `${label}: ${name(threat.target)}, threat ${fixed(threat.score)}`;
  const heading = format === 'markdown' ? `**${md(title)}**` : title;
  const rows = threat.factors.map((f) => [
    f.factor,
    fixed(f.value),
    fixed(f.weight, f.weight % 1 === 0 ? 0 : 2),
    percent(f.share),
    f.basis,
  ]);
  const gap = format === 'markdown' ? '\n\n' : '\n';
  return `${heading}${gap}${table(format, ['factor', 'value', 'weight', 'share', 'basis'], rows)}`;
}
