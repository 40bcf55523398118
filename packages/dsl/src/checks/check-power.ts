/**
 * Power: every state has it, component blocks are complete and known, and the states of one
 * scenario measure it the same way (shares from different measures are not comparable).
 */
import { fixed, type PowerInput } from '@threatlab/core';
import { classifyComponents, KNOWN_COMPONENTS } from '../power-measure.js';
import { closestMatch } from '../suggest.js';
import type { PowerAttr, StateStmt } from '../syntax-tree.js';
import { fractionOf } from '../values.js';
import type { CheckContext } from './check-context.js';
import { expectNoUnit, reportRepeatedAttribute } from './value-rules.js';
import { didYouMean } from '../messages.js';

const MEASURE_NAME: Readonly<Record<PowerInput['kind'], string>> = {
  share: 'a share',
  cinc: 'CINC components',
  economy: 'GDP and military spending',
  missing: 'nothing',
};

function lastPower(state: StateStmt): PowerAttr | undefined {
  let power: PowerAttr | undefined;
  for (const attr of state.attrs ?? []) if (attr.type === 'Power') power = attr;
  return power;
}

/**
 * Checks that every state has power, that component blocks are complete and known, and that all
 * states use one measure.
 */
export function checkPower(context: CheckContext): void {
  const { facts, report } = context;
  const firstOfKind = new Map<PowerInput['kind'], { uri: string; state: StateStmt; count: number }>();
  let shareSum = 0;
  let shareStates = 0;
  for (const { uri, node: state } of facts.base.states) {
    const power = lastPower(state);
    // A block with an unreadable entry, or one swallowed by an unclosed name, may hold the
    // power the author meant; the syntax error already says what is wrong there.
    const unreadable =
      (state.attrs?.some((attr) => attr.type === 'AttrError') ?? false) || state.name?.closed === false;
    if (!power && unreadable) continue;
    if (!power) {
      report({
        code: 'missing-power',
        message: `State "${state.id.name}" has no power; the model needs it to weigh every threat`,
        uri,
        start: state.id.start,
        end: state.id.end,
        fixes: [insertPowerFix(context, uri, state)],
      });
      continue;
    }
    let kind: PowerInput['kind'] = 'share';
    if (power.value.type === 'Number') {
      const share = fractionOf(power.value);
      if (share !== undefined && share >= 0 && share <= 1) {
        shareSum += share;
        shareStates++;
      }
    } else {
      const measure = classifyComponents(power.value);
      kind = measure.kind === 'incomplete' ? 'missing' : measure.kind;
      checkComponents(context, uri, state, power);
    }
    if (kind === 'missing') continue;
    const first = firstOfKind.get(kind);
    if (first) first.count++;
    else firstOfKind.set(kind, { uri, state, count: 1 });
  }
  for (const variant of facts.variants) {
    for (const { uri, node: state } of variant.facts.states) {
      const power = lastPower(state);
      if (power && power.value.type === 'Components') checkComponents(context, uri, state, power);
    }
  }

  if (firstOfKind.size > 1) {
    // Point at the first state of each minority measure, relating it to the majority's first.
    const kinds = [...firstOfKind.entries()].sort((a, b) => b[1].count - a[1].count);
    const [majorityKind, majority] = kinds[0]!;
    for (const [kind, minority] of kinds.slice(1)) {
      report({
        code: 'mixed-power-measures',
        message: `State "${minority.state.id.name}" measures power by ${MEASURE_NAME[kind]} while ${majority.count} other state(s) use ${MEASURE_NAME[majorityKind]}; the shares are not comparable`,
        uri: minority.uri,
        start: minority.state.id.start,
        end: minority.state.id.end,
        related: [
          {
            uri: majority.uri,
            start: majority.state.id.start,
            end: majority.state.id.end,
            message: `"${majority.state.id.name}" uses ${MEASURE_NAME[majorityKind]}`,
          },
        ],
      });
    }
  }
  if (shareSum > 1.000001 && shareStates > 0) {
    const header = facts.headers[0];
    const anchor = header
      ? { uri: header.uri, start: header.node.title.start, end: header.node.title.end }
      : firstStateSpan(context);
    report({
      code: 'power-shares-exceed-one',
      message: `The power shares of the ${shareStates} states add up to ${fixed(shareSum, 3)}, more than the whole system (1); check for a percentage written as a fraction`,
      ...anchor,
    });
  }
}

function firstStateSpan(context: CheckContext): { uri: string; start: number; end: number } {
  const first = context.facts.base.states[0]!;
  return { uri: first.uri, start: first.node.id.start, end: first.node.id.end };
}

function checkComponents(context: CheckContext, uri: string, state: StateStmt, power: PowerAttr): void {
  if (power.value.type !== 'Components') return;
  const seen = new Map<string, { start: number; end: number }>();
  for (const entry of power.value.entries) {
    if (entry.type !== 'Component') continue;
    const key = entry.key.word;
    if (!KNOWN_COMPONENTS.includes(key)) {
      const suggestion = closestMatch(key, KNOWN_COMPONENTS);
      context.report({
        code: 'unknown-power-component',
        message: `"${key}" is not a power component; use the six CINC components (milex, milper, irst, pec, tpop, upop) or gdp and milex${didYouMean(suggestion)}`,
        uri,
        start: entry.key.start,
        end: entry.key.end,
        ...(suggestion
          ? {
              fixes: [
                {
                  title: `Change to "${suggestion}"`,
                  edits: [{ start: entry.key.start, end: entry.key.end, newText: suggestion }],
                  preferred: true,
                },
              ],
            }
          : {}),
      });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier) reportRepeatedAttribute(context, uri, state.id.name, key, entry, earlier);
    seen.set(key, { start: entry.start, end: entry.end });
    if (expectNoUnit(context, uri, entry.value, `The component "${key}"`) && entry.value.value < 0) {
      context.report({
        code: 'value-out-of-range',
        message: `The component "${key}" cannot be negative`,
        uri,
        start: entry.value.start,
        end: entry.value.end,
      });
    }
  }
  const measure = classifyComponents(power.value);
  if (measure.kind === 'incomplete') {
    context.report({
      code: 'incomplete-power',
      message:
        measure.closest === 'economy'
          ? `Power by GDP needs exactly gdp and milex; missing ${measure.missing.map((m) => `"${m}"`).join(', ') || 'nothing, but other components are mixed in'}`
          : `Power from CINC components needs all six (milex, milper, irst, pec, tpop, upop); missing ${measure.missing.map((m) => `"${m}"`).join(', ')}`,
      uri,
      start: power.start,
      end: power.start + 'power'.length,
    });
  }
}

function insertPowerFix(context: CheckContext, uri: string, state: StateStmt) {
  const text = context.program.byUri.get(uri)?.text ?? '';
  if (state.attrs) {
    const open = text.indexOf('{', state.id.end);
    const at = open >= 0 && open < state.end ? open + 1 : state.id.end;
    return { title: 'Add "power"', edits: [{ start: at, end: at, newText: ' power 0' }] };
  }
  const at = (state.name ?? state.id).end;
  return { title: 'Add "power"', edits: [{ start: at, end: at, newText: ' { power 0 }' }] };
}
