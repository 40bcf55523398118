/**
 * Slash commands typed as text, for the terminal: `/balance against Germany`,
 * `/whatif perception Italy Austria-Hungary hostile`, `/scenario load cold-war-1955`.
 * The same requests the Discord commands make, so the terminal can do everything the bot does.
 */
import type { Theory } from '@threatlab/core';
import type { Request } from '../request.js';
import { normalizeQuestion } from './normalize.js';

/** A request, or a file the terminal must read before it can make one. */
export type CommandLine =
  | { readonly kind: 'request'; readonly request: Request }
  | { readonly kind: 'load-file'; readonly path: string }
  | { readonly kind: 'graph-file'; readonly path?: string; readonly theory?: Theory }
  | { readonly kind: 'usage'; readonly message: string };

export function parseCommandLine(line: string): CommandLine {
  const { text, theory } = normalizeQuestion(line.replace(/^\s*\//, ''));
  const words = text.split(/\s+/).filter(Boolean);
  const [command = '', ...args] = words;
  const rest = (from = 0) => args.slice(from).join(' ');
  const t = (): { theory?: Theory } => (theory ? { theory } : {});
  const request = (r: Request): CommandLine => ({ kind: 'request', request: r });
  const need = (count: number, usage: string): CommandLine | undefined =>
    args.length < count ? { kind: 'usage', message: `Usage: ${usage}` } : undefined;
  switch (command.toLowerCase()) {
    case 'help':
      return request({ kind: 'help' });
    case 'balance': {
      const from = args[0]?.toLowerCase() === 'against' ? 1 : 0;
      return (
        need(from + 1, '/balance against <state>') ??
        request({ kind: 'balance-against', target: rest(from), ...t() })
      );
    }
    case 'bandwagon': {
      const from = args[0]?.toLowerCase() === 'with' ? 1 : 0;
      return (
        need(from + 1, '/bandwagon with <state>') ??
        request({ kind: 'bandwagon-with', target: rest(from), ...t() })
      );
    }
    case 'threats':
      return need(1, '/threats <state>') ?? request({ kind: 'threats', state: rest(), ...t() });
    case 'predict': {
      const variant = /variant\s+"?([^"]+)"?$/i.exec(rest());
      const state = variant ? rest().slice(0, variant.index).trim() : rest();
      return request({
        kind: 'predict',
        ...(state ? { state } : {}),
        ...(variant ? { variant: variant[1]!.trim() } : {}),
      });
    }
    case 'explain': {
      const from = args[0]?.toLowerCase() === 'state' ? 1 : 0;
      return (
        need(from + 1, '/explain state <state>') ?? request({ kind: 'explain', state: rest(from), ...t() })
      );
    }
    case 'whatif': {
      const fact = args[0]?.toLowerCase();
      if (fact === 'perception') {
        return (
          need(4, '/whatif perception <observer> <target> <value>') ??
          request({
            kind: 'whatif',
            change: { fact: 'perception', observer: args[1]!, target: args[2]!, value: rest(3) },
          })
        );
      }
      if (fact === 'intent' || fact === 'offense' || fact === 'power') {
        return (
          need(3, `/whatif ${fact} <state> <value>`) ??
          request({ kind: 'whatif', change: { fact, state: args[1]!, value: rest(2) } })
        );
      }
      return {
        kind: 'usage',
        message:
          'Usage: /whatif intent|offense|power <state> <value>, or /whatif perception <observer> <target> <value>',
      };
    }
    case 'claim':
      return (
        need(1, '/claim <claim>, e.g. /claim Italy bandwagons with Germany') ??
        request({ kind: 'claim', text: rest() })
      );
    case 'claims':
      return request({ kind: 'claims' });
    case 'concept':
      return request({ kind: 'concept', ...(args.length > 0 ? { term: rest() } : {}) });
    case 'graph':
      return { kind: 'graph-file', ...(args.length > 0 ? { path: rest() } : {}), ...t() };
    case 'scenario': {
      const sub = args[0]?.toLowerCase();
      if (sub === 'list') return request({ kind: 'scenario-list' });
      if (sub === 'reset') return request({ kind: 'scenario-reset' });
      if (sub === 'load') {
        const target = rest(1);
        if (!target) return request({ kind: 'scenario-list' });
        return /\.threat$/i.test(target) || target.includes('/')
          ? { kind: 'load-file', path: target }
          : request({ kind: 'scenario-load-example', name: target });
      }
      return request({ kind: 'scenario-show' });
    }
    default:
      return { kind: 'usage', message: `There is no command "/${command}"; type /help for the list` };
  }
}
