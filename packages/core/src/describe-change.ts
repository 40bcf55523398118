/**
 * Changes in words: "Italy's perception of Austria-Hungary is at least 0.62 (now 0.40)".
 */
import type { FactChange } from './explanation.js';
import type { Scenario } from './scenario.js';
import { settingDescriptor } from './settings.js';
import { displayName } from './display-names.js';
import { fixed, km, possessive } from './format.js';

/**
 * How `describeChange` words a change: as a condition ("if X's intent were ...") or as a change
 * made ("X's intent from ... to ...").
 */
export type ChangeWording = 'condition' | 'change';

/**
 * Describes a change with the scenario's display names. `condition` words it as what must be
 * true ("... is at least 0.62 (now 0.40)"), for counterfactuals; `change` as an edit
 * ("... from 0.40 to 0.62"), for what-if answers.
 */
export function describeChange(
  change: FactChange,
  scenario: Scenario,
  wording: ChangeWording = 'change',
): string {
  const subject = subjectOf(change, scenario);
  const from = valueText(change, change.from);
  const to = valueText(change, change.to);
  if (wording === 'change') return `${subject} from ${from} to ${to}`;
  if (isFlag(change)) return `${subject} is ${to} (now ${from})`;
  const bound = change.to > change.from ? 'at least' : 'at most';
  return `${subject} is ${bound} ${to} (now ${from})`;
}

const nameOf = displayName;

function subjectOf(change: FactChange, scenario: Scenario): string {
  switch (change.kind) {
    case 'perception':
      return `${possessive(nameOf(scenario, change.observer))} perception of ${nameOf(scenario, change.target)}`;
    case 'intent':
      return `${possessive(nameOf(scenario, change.state))} declared intent`;
    case 'offense':
      return `${possessive(nameOf(scenario, change.state))} offensive capability`;
    case 'power':
      return `${possessive(nameOf(scenario, change.state))} power share`;
    case 'setting':
      return `the setting ${change.name}`;
  }
}

function isFlag(change: FactChange): boolean {
  return change.kind === 'setting' && settingDescriptor(change.name)?.kind === 'flag';
}

function valueText(change: FactChange, value: number): string {
  if (change.kind === 'power') return fixed(value, 3);
  if (change.kind === 'setting') {
    const kind = settingDescriptor(change.name)?.kind;
    if (kind === 'km') return km(value);
    if (kind === 'flag') return value >= 0.5 ? '1 (on)' : '0 (off)';
  }
  return fixed(value);
}
