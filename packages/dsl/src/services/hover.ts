/**
 * Hover: what the word under the cursor means. On a state, its declared facts (and, with the
 * model, the threats it faces and its predicted strategy); on a perception or an alliance,
 * what it says and changes; on a level, an attribute or a setting, what the word means.
 * Returns Markdown.
 */
import {
  INTENT_LEVELS,
  LEVEL_MEANINGS,
  OFFENSE_LEVELS,
  settingDescriptor,
  type StateFacts,
} from '@threatlab/core';
import type { CheckedProgram } from '../check-program.js';
import type { Range } from '../diagnostic.js';
import type { SourceDocument } from '../document.js';
import type { AllianceStmt, PerceptionStmt, Statement } from '../syntax-tree.js';
import { intentOf } from '../values.js';
import { stateReferenceAt, statementAt, wordAt } from './locate.js';
import { ATTRIBUTES } from './vocabulary.js';

export interface Hover {
  readonly markdown: string;
  readonly range: Range;
}

const ATTRIBUTE_TEXT: Readonly<Record<(typeof ATTRIBUTES)[number], string>> = {
  power: "**power**: aggregate power, the state's share of the system's capabilities (0-1), such as the Correlates of War CINC score, or its components",
  offense: '**offense**: offensive capability, how well its forces can take and hold territory at acceptable cost (Jervis 1978)',
  intent: '**intent**: declared intentions, as everyone without a perception of their own sees them',
  capital: '**capital**: latitude and longitude of the capital, for distances between capitals',
  reach: '**reach**: how far the state can project power; the distance at which its strength halves',
  major: '**major**: a major (great) power in the Correlates of War sense; by default major powers do not bandwagon',
};

export function hover(checked: CheckedProgram, uri: string, offset: number): Hover | undefined {
  const document = checked.program.byUri.get(uri);
  if (!document) return undefined;
  const reference = stateReferenceAt(checked, uri, offset);
  if (reference) {
    const range = document.lines.range(reference.node.start, reference.node.end);
    const facts = checked.lowered.base.scenario.states.find((s) => s.id === reference.node.name);
    if (!facts) return { markdown: `State **${reference.node.name}** is not declared`, range };
    return { markdown: stateMarkdown(facts), range };
  }
  const statement = statementAt(document, offset);
  const word = wordAt(document.text, offset);
  if (word) {
    const text = wordMarkdown(word.word, statement, offset);
    if (text) return { markdown: text, range: document.lines.range(word.start, word.end) };
  }
  if (statement?.type === 'Perception') return { markdown: perceptionMarkdown(checked, statement), range: document.lines.range(statement.start, statement.end) };
  if (statement?.type === 'Alliance') return { markdown: allianceMarkdown(statement), range: document.lines.range(statement.name.start, statement.name.end) };
  return undefined;
}

function percent(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}

function stateMarkdown(state: StateFacts): string {
  const lines = [`**${state.name}**${state.name !== state.id ? ` (\`${state.id}\`)` : ''}${state.major ? ', a major power' : ''}`, ''];
  const power = state.power;
  lines.push(`- power: ${power.kind === 'share' ? percent(power.share) : power.kind === 'missing' ? 'not given' : `from ${power.kind === 'cinc' ? 'CINC' : 'GDP and military'} components`}`);
  lines.push(`- offense: ${state.offense === undefined ? 'not given (default)' : levelName(state.offense, OFFENSE_LEVELS)}`);
  lines.push(`- intent: ${state.intent === undefined ? 'not given (default)' : levelName(state.intent, INTENT_LEVELS)}`);
  if (state.reach) lines.push(`- reach: ${state.reach.kind === 'level' ? state.reach.level : `${state.reach.km} km`}`);
  if (state.capital) lines.push(`- capital: ${state.capital.lat}, ${state.capital.lon}`);
  return lines.join('\n');
}

function levelName(value: number, levels: Readonly<Record<string, number>>): string {
  const name = Object.entries(levels).find(([, v]) => Math.abs(v - value) < 1e-9)?.[0];
  return name ? `${name} (${value})` : String(value);
}

function wordMarkdown(word: string, statement: Statement | undefined, offset: number): string | undefined {
  if (word in LEVEL_MEANINGS) {
    const meaning = LEVEL_MEANINGS[word as keyof typeof LEVEL_MEANINGS];
    const value = word in OFFENSE_LEVELS ? OFFENSE_LEVELS[word as keyof typeof OFFENSE_LEVELS] : INTENT_LEVELS[word as keyof typeof INTENT_LEVELS];
    const which = word in OFFENSE_LEVELS ? 'offense' : 'intent';
    return `**${word}** (${which} level, ${value}): ${meaning}`;
  }
  if ((ATTRIBUTES as readonly string[]).includes(word) && (statement?.type === 'State' || statement === undefined)) {
    return ATTRIBUTE_TEXT[word as (typeof ATTRIBUTES)[number]];
  }
  if (statement?.type === 'Settings') {
    for (const entry of statement.entries) {
      if (entry.type !== 'Setting' || offset < entry.name.start || offset > entry.name.end) continue;
      const name = entry.weight ? `weight-${entry.name.word}` : entry.name.word;
      const descriptor = settingDescriptor(name);
      if (descriptor) return `**${name}**: ${descriptor.description} (default ${descriptor.default}${descriptor.kind === 'km' ? ' km' : ''}, from ${descriptor.min} to ${descriptor.max})`;
    }
  }
  return undefined;
}

function perceptionMarkdown(checked: CheckedProgram, statement: PerceptionStmt): string {
  const observer = statement.observer.name;
  const target = statement.target.name;
  const value = statement.value ? (statement.value.unit?.name === '%' ? statement.value.value / 100 : statement.value.value) : statement.level ? intentOf(statement.level) : undefined;
  const declared = checked.lowered.base.scenario.states.find((s) => s.id === target)?.intent;
  const lines = [`**${observer}** sees **${target}** as ${value === undefined ? 'an unknown level' : `${statement.level ? `${statement.level.word} ` : ''}(${value})`}`, ''];
  lines.push(`Overrides ${target}'s declared intent${declared === undefined ? ' (the default)' : ` (${declared})`} for ${observer} alone: perceived intentions are the fourth source of threat (Walt 1987).`);
  return lines.join('\n');
}

function allianceMarkdown(statement: AllianceStmt): string {
  return [
    `**${statement.name.value}**: ${statement.kind.word} alliance${statement.year ? ` of ${statement.year.value}` : ''}`,
    '',
    `Members: ${statement.members.map((m) => m.name).join(', ')}`,
  ].join('\n');
}

export type { SourceDocument };
