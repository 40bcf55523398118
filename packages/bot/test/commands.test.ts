/**
 * The slash-command modules: valid definitions, and options turned into the same requests as
 * questions in words.
 */
import { describe, expect, it } from 'vitest';
import type { AttachmentInfo, CommandOptions } from '../src/commands/command.js';
import { COMMANDS, COMMANDS_BY_NAME } from '../src/commands/index.js';
import { checkAttachment } from '../src/discord/attachment-download.js';
import { filter } from '../src/discord/completions.js';

/** Options as a member filled them in, without a Discord interaction. */
function options(
  values: Record<string, string>,
  subcommand: string | null = null,
  attachment?: AttachmentInfo,
): CommandOptions {
  return {
    subcommand: () => subcommand,
    string: (name) => values[name] ?? null,
    attachment: () => attachment ?? null,
  };
}

const plan = (
  name: string,
  values: Record<string, string> = {},
  sub: string | null = null,
  attachment?: AttachmentInfo,
) => COMMANDS_BY_NAME.get(name)!.toPlan(options(values, sub, attachment));

describe('slash command modules', () => {
  it('define the commands the issue asks for, each valid for registration', () => {
    expect(COMMANDS.map((c) => c.data.name)).toEqual([
      'scenario',
      'balance',
      'bandwagon',
      'threats',
      'predict',
      'explain',
      'whatif',
      'claim',
      'claims',
      'concept',
      'graph',
      'help',
    ]);
    for (const command of COMMANDS) {
      expect(command.data.description.length).toBeGreaterThan(0);
      expect(command.data.description.length).toBeLessThanOrEqual(100);
      expect(JSON.stringify(command.data).length).toBeLessThan(8000);
    }
    const sub = (name: string) => (COMMANDS_BY_NAME.get(name)!.data.options ?? []).map((o) => o.name);
    expect(sub('scenario')).toEqual(['load', 'show', 'list', 'reset']);
    expect(sub('balance')).toEqual(['against']);
    expect(sub('bandwagon')).toEqual(['with']);
    expect(sub('explain')).toEqual(['state']);
    expect(sub('whatif')).toEqual(['intent', 'offense', 'power', 'perception']);
  });

  it('turn options into the same requests as questions in words', () => {
    expect(plan('balance', { state: 'Germany' }, 'against')).toEqual({
      kind: 'request',
      request: { kind: 'balance-against', target: 'Germany' },
    });
    expect(plan('bandwagon', { state: 'Germany', theory: 'power' }, 'with')).toEqual({
      kind: 'request',
      request: { kind: 'bandwagon-with', target: 'Germany', theory: 'power' },
    });
    expect(plan('threats', { state: 'Italy' })).toEqual({
      kind: 'request',
      request: { kind: 'threats', state: 'Italy' },
    });
    expect(plan('predict', { variant: 'Benign Germany' })).toEqual({
      kind: 'request',
      request: { kind: 'predict', variant: 'Benign Germany' },
    });
    expect(plan('explain', { state: 'Italy' }, 'state')).toEqual({
      kind: 'request',
      request: { kind: 'explain', state: 'Italy' },
    });
    expect(plan('whatif', { state: 'Germany', value: 'benign' }, 'intent')).toEqual({
      kind: 'request',
      request: { kind: 'whatif', change: { fact: 'intent', state: 'Germany', value: 'benign' } },
    });
    expect(
      plan('whatif', { observer: 'Italy', target: 'Austria-Hungary', value: '0.9' }, 'perception'),
    ).toEqual({
      kind: 'request',
      request: {
        kind: 'whatif',
        change: { fact: 'perception', observer: 'Italy', target: 'Austria-Hungary', value: '0.9' },
      },
    });
    expect(plan('claim', { text: 'Italy bandwagons with Germany' })).toEqual({
      kind: 'request',
      request: { kind: 'claim', text: 'Italy bandwagons with Germany' },
    });
    expect(plan('concept', {})).toEqual({ kind: 'request', request: { kind: 'concept' } });
    expect(plan('graph')).toEqual({ kind: 'request', request: { kind: 'graph' } });
    expect(plan('graph', { theory: 'power' })).toEqual({
      kind: 'request',
      request: { kind: 'graph', theory: 'power' },
    });
    expect(plan('graph', { state: 'Belgium', theory: 'both' })).toEqual({
      kind: 'request',
      request: { kind: 'graph', state: 'Belgium', theory: 'both' },
    });
    expect(plan('help')).toEqual({ kind: 'request', request: { kind: 'help' } });
  });

  it('/scenario load: a file to download, an example, or the list', () => {
    const file = { name: 'x.threat', url: 'http://127.0.0.1/x', size: 10 };
    expect(plan('scenario', {}, 'load', file)).toEqual({ kind: 'upload', attachment: file });
    expect(plan('scenario', { example: 'gulf-1990' }, 'load')).toEqual({
      kind: 'request',
      request: { kind: 'scenario-load-example', name: 'gulf-1990' },
    });
    expect(plan('scenario', {}, 'load')).toEqual({ kind: 'request', request: { kind: 'scenario-list' } });
    expect(plan('scenario', {}, 'reset')).toEqual({ kind: 'request', request: { kind: 'scenario-reset' } });
  });

  it('declare which options autocomplete, and from what', () => {
    expect(COMMANDS_BY_NAME.get('balance')!.completions).toEqual({ state: 'state' });
    expect(COMMANDS_BY_NAME.get('whatif')!.completions!['offense/value']).toBe('offense-level');
    expect(
      filter(
        [
          { name: 'Balancing', value: 'Balancing' },
          { name: 'Bandwagoning', value: 'Bandwagoning' },
        ],
        'wag',
      ),
    ).toEqual([{ name: 'Bandwagoning', value: 'Bandwagoning' }]);
  });
});

describe('attachments', () => {
  it('are refused before download when not .threat or too large', () => {
    expect(checkAttachment({ name: 'notes.txt', url: '', size: 1 }, 1000)).toContain('is not a .threat file');
    expect(checkAttachment({ name: 'big.threat', url: '', size: 300 * 1024 }, 256 * 1024)).toContain(
      'over the 256 KB limit',
    );
    expect(checkAttachment({ name: 'ok.threat', url: '', size: 100 }, 1000)).toBeUndefined();
  });
});
