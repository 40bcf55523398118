/**
 * Hover: what the word under the cursor means, in Markdown.
 *
 * - On a state: its declared facts and, once the model has run, its predicted strategy and
 *   partners, the threats it faces ranked with each factor's share, and what balance of power
 *   predicts instead.
 * - On a perception: the level and value, the intent it overrides, and (with the model) the
 *   threat score it produces against the one the declared intent would give.
 * - On an alliance: its members, and the model's verdict on it.
 * - On a theory word, a level, an attribute or a setting: its glossary entry with the
 *   citation, or its description.
 *
 * The model's text comes from core: its evaluation, explanation objects and presentation
 * functions (names, strategy words, numbers); nothing here computes a score.
 */
import {
  citationText,
  conceptForWord,
  explain,
  fixed,
  INTENT_LEVELS,
  LEVEL_MEANINGS,
  OFFENSE_LEVELS,
  percent,
  perceptionEffect,
  predictionPhrase,
  renderExplanation,
  samePrediction,
  settingDescriptor,
  stateNamer,
  type Scenario,
  type StateFacts,
} from '@threatlab/core';
import type { CheckedProgram } from '../check-program.js';
import type { Range } from '../diagnostic.js';
import type { EvaluatedScenario, ProgramEvaluation } from '../evaluate-program.js';
import type { AllianceStmt, PerceptionStmt, Statement } from '../syntax-tree.js';
import { unknownStateMessage } from '../messages.js';
import { intentOf } from '../values.js';
import { stateReferenceAt, statementAt, wordAt } from './locate.js';
import { evaluatedAt } from './model-view.js';
import { ATTRIBUTES } from './vocabulary.js';

/** The Markdown shown for the word under the cursor, and the word's range. */
export interface Hover {
  readonly markdown: string;
  readonly range: Range;
}

const ATTRIBUTE_TEXT: Readonly<Record<(typeof ATTRIBUTES)[number], string>> = {
  power:
    "**power**: aggregate power, the state's share of the system's capabilities (0-1), such as the Correlates of War CINC score, or its components",
  offense:
    '**offense**: offensive capability, how well its forces can take and hold territory at acceptable cost (Jervis 1978)',
  intent: '**intent**: declared intentions, as everyone without a perception of their own sees them',
  capital: '**capital**: latitude and longitude of the capital, for distances between capitals',
  reach: '**reach**: how far the state can project power; the distance at which its strength halves',
  major:
    '**major**: a major (great) power in the Correlates of War sense; by default major powers do not bandwagon',
};

/** How many of a state's threats a hover lists. */
const THREATS_SHOWN = 5;

/**
 * @param evaluation the model's results for the program, when it has run
 */
export function hover(
  checked: CheckedProgram,
  uri: string,
  offset: number,
  evaluation?: ProgramEvaluation,
): Hover | undefined {
  const document = checked.program.byUri.get(uri);
  if (!document) return undefined;
  const evaluated = evaluation ? evaluatedAt(checked, evaluation, uri, offset) : undefined;
  const scenario = evaluated?.scenario ?? checked.lowered.base.scenario;
  const reference = stateReferenceAt(checked, uri, offset);
  if (reference) {
    const range = document.lines.range(reference.node.start, reference.node.end);
    const facts = scenario.states.find((s) => s.id === reference.node.name);
    if (!facts) return { markdown: unknownStateMessage(reference.node.name), range };
    return {
      markdown: [stateMarkdown(facts), ...(evaluated ? [predictionMarkdown(evaluated, facts.id)] : [])].join(
        '\n\n',
      ),
      range,
    };
  }
  const statement = statementAt(document, offset);
  const word = wordAt(document.text, offset);
  // In a perception, every word but its level is about the perception as a whole.
  if (
    statement?.type === 'Perception' &&
    !(statement.level && offset >= statement.level.start && offset <= statement.level.end)
  ) {
    return {
      markdown: perceptionMarkdown(scenario, statement, evaluated),
      range: document.lines.range(statement.start, statement.end),
    };
  }
  if (word) {
    const text = wordMarkdown(word.word, statement, offset);
    if (text) return { markdown: text, range: document.lines.range(word.start, word.end) };
  }
  if (statement?.type === 'Alliance' && offset <= statement.name.end + 1) {
    return {
      markdown: allianceMarkdown(statement, evaluated),
      range: document.lines.range(statement.name.start, statement.name.end),
    };
  }
  return undefined;
}

function stateMarkdown(state: StateFacts): string {
  const power = state.power;
  const parts = [
    `power ${power.kind === 'share' ? percent(power.share, 1) : power.kind === 'missing' ? 'not given' : `from ${power.kind === 'cinc' ? 'CINC' : 'GDP and military'} components`}`,
    `offense ${state.offense === undefined ? 'default' : levelName(state.offense, OFFENSE_LEVELS)}`,
    `intent ${state.intent === undefined ? 'default' : levelName(state.intent, INTENT_LEVELS)}`,
  ];
  if (state.reach)
    parts.push(`reach ${state.reach.kind === 'level' ? state.reach.level : `${state.reach.km} km`}`);
  return `**${state.name}**${state.name !== state.id ? ` (\`${state.id}\`)` : ''}${state.major ? ', a major power' : ''}\n\n${parts.join(' · ')}`;
}

function levelName(value: number, levels: Readonly<Record<string, number>>): string {
  const name = Object.entries(levels).find(([, v]) => Math.abs(v - value) < 1e-9)?.[0];
  return name ? `${name} (${value})` : String(value);
}

function predictionMarkdown(evaluated: EvaluatedScenario, state: string): string {
  const { scenario, analysis } = evaluated;
  const prediction = analysis.threat.predictions.get(state);
  if (!prediction) return '';
  const name = stateNamer(scenario);
  const lines = [
    `**Balance of threat:** ${predictionPhrase(prediction, name, { partners: true })}. ${prediction.rule.summary}`,
  ];
  const threats = prediction.threats.slice(0, THREATS_SHOWN);
  if (threats.length > 0) {
    lines.push(
      '',
      '| rank | threat | score | power | proximity | offense | intent |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const threat of threats) {
      const share = (factor: string) => {
        const f = threat.factors.find((x) => x.factor === factor);
        return f ? percent(f.share) : '';
      };
      lines.push(
        `| ${threat.rank} | ${name(threat.target)} | ${fixed(threat.score)} | ${share('power')} | ${share('proximity')} | ${share('offense')} | ${share('intent')} |`,
      );
    }
    lines.push('', '*Shares: how much of each threat score each factor accounts for.*');
  }
  const power = analysis.power.predictions.get(state);
  if (power) {
    const diverges = !samePrediction(power, prediction);
    lines.push(
      '',
      `**Balance of power:** ${predictionPhrase(power, name, { partners: true })}${diverges ? ' (the theories disagree)' : ' (the same)'}`,
    );
  }
  return lines.join('\n');
}

function glossaryMarkdown(word: string): string | undefined {
  const entry = conceptForWord(word);
  if (!entry) return undefined;
  return `**${entry.term}**: ${entry.text}\n\n*${citationText(entry.citation)}*`;
}

function wordMarkdown(word: string, statement: Statement | undefined, offset: number): string | undefined {
  if (word in LEVEL_MEANINGS) {
    const meaning = LEVEL_MEANINGS[word as keyof typeof LEVEL_MEANINGS];
    const offense = word in OFFENSE_LEVELS;
    const value = offense
      ? OFFENSE_LEVELS[word as keyof typeof OFFENSE_LEVELS]
      : INTENT_LEVELS[word as keyof typeof INTENT_LEVELS];
    const level = `**${word}** (${offense ? 'offense' : 'intent'} level, ${value}): ${meaning}`;
    const entry = glossaryMarkdown(offense ? 'offense' : 'intent');
    return entry ? `${level}\n\n---\n\n${entry}` : level;
  }
  if (statement?.type === 'Settings') {
    for (const entry of statement.entries) {
      if (entry.type !== 'Setting' || offset < entry.name.start || offset > entry.name.end) continue;
      const name = entry.weight ? `weight-${entry.name.word}` : entry.name.word;
      const descriptor = settingDescriptor(name);
      if (descriptor)
        return `**${name}**: ${descriptor.description} (default ${descriptor.default}${descriptor.kind === 'km' ? ' km' : ''}, from ${descriptor.min} to ${descriptor.max})`;
    }
  }
  const glossary = glossaryMarkdown(word);
  if (
    (ATTRIBUTES as readonly string[]).includes(word) &&
    (statement?.type === 'State' || statement === undefined)
  ) {
    const attribute = ATTRIBUTE_TEXT[word as (typeof ATTRIBUTES)[number]];
    return glossary ? `${attribute}\n\n---\n\n${glossary}` : attribute;
  }
  return glossary;
}

function perceptionMarkdown(
  scenario: Scenario,
  statement: PerceptionStmt,
  evaluated: EvaluatedScenario | undefined,
): string {
  const observer = statement.observer.name;
  const target = statement.target.name;
  const value = statement.value
    ? statement.value.unit?.name === '%'
      ? statement.value.value / 100
      : statement.value.value
    : statement.level
      ? intentOf(statement.level)
      : undefined;
  const declared = scenario.states.find((s) => s.id === target)?.intent;
  const lines = [
    `**${observer}** sees **${target}** as ${value === undefined ? 'an unknown level' : `${statement.level ? `${statement.level.word} ` : ''}(${value})`}`,
    '',
  ];
  lines.push(
    `Overrides ${target}'s declared intent${declared === undefined ? ' (the default)' : ` (${declared})`} for ${observer} alone: perceived intentions are the fourth source of threat (Walt 1987).`,
  );
  const effect = evaluated
    ? perceptionEffect(evaluated.scenario, evaluated.analysis.threat, observer, target)
    : undefined;
  if (effect) {
    const { withPerception: now, without: before } = effect;
    lines.push(
      '',
      `Threat of ${target} to ${observer}: **${fixed(now.score)}** (rank ${now.rank})${before ? `; without this perception ${fixed(before.score)} (rank ${before.rank})` : ''}.`,
    );
  }
  return lines.join('\n');
}

function allianceMarkdown(statement: AllianceStmt, evaluated: EvaluatedScenario | undefined): string {
  const lines = [
    `**${statement.name.value}**: ${statement.kind.word} alliance${statement.year ? ` of ${statement.year.value}` : ''}`,
    '',
    `Members: ${statement.members.map((m) => m.name).join(', ')}`,
  ];
  const assessment = evaluated?.analysis.threat.alliances.find((a) => a.name === statement.name.value);
  if (assessment) lines.push('', `**Balance of threat:** ${assessment.verdict}. ${assessment.reason}`);
  return lines.join('\n');
}

/** The full explanation of the state at `offset`, as Markdown, for "Explain state at cursor". */
export function explainStateAt(
  checked: CheckedProgram,
  evaluation: ProgramEvaluation | undefined,
  uri: string,
  offset: number,
): string | undefined {
  const reference = stateReferenceAt(checked, uri, offset);
  if (!reference || !evaluation) return undefined;
  const evaluated = evaluatedAt(checked, evaluation, uri, offset);
  const explanation = explain(evaluated.scenario, evaluated.analysis, reference.node.name);
  return explanation ? renderExplanation(explanation, evaluated.scenario, 'markdown') : undefined;
}
