/** Every slash command, by name. The deploy script registers exactly these. */
import { balance } from './balance.js';
import { bandwagon } from './bandwagon.js';
import { claim } from './claim.js';
import { claims } from './claims.js';
import type { CommandModule } from './command.js';
import { concept } from './concept.js';
import { explain } from './explain.js';
import { graph } from './graph.js';
import { help } from './help.js';
import { predict } from './predict.js';
import { scenario } from './scenario.js';
import { threats } from './threats.js';
import { whatif } from './whatif.js';

export const COMMANDS: readonly CommandModule[] = [
  scenario,
  balance,
  bandwagon,
  threats,
  predict,
  explain,
  whatif,
  claim,
  claims,
  concept,
  graph,
  help,
];

export const COMMANDS_BY_NAME: ReadonlyMap<string, CommandModule> = new Map(
  COMMANDS.map((c) => [c.data.name, c]),
);

/** The request an invocation stands for, written the way a member would type it in the terminal. */
export function commandText(
  name: string,
  subcommand: string | null,
  values: readonly (string | null)[],
): string {
  return ['/' + name, subcommand, ...values].filter((v): v is string => Boolean(v)).join(' ');
}
