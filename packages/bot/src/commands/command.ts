/**
 * The shape of a slash command module: its definition (registered by the deploy script) and a
 * pure function from its options to the request it stands for. Commands never talk to Discord;
 * `discord/` reads the interaction's options through `CommandOptions` and sends the reply.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Request } from '../request.js';

/** An attachment as Discord describes it, before it is downloaded. */
export interface AttachmentInfo {
  readonly name: string;
  readonly url: string;
  readonly size: number;
}

/** The options of one invocation, as the command sees them. */
export interface CommandOptions {
  subcommand(): string | null;
  string(name: string): string | null;
  attachment(name: string): AttachmentInfo | null;
}

/** What an invocation asks for: a request, or a file to download first and then load. */
export type CommandPlan =
  | { readonly kind: 'request'; readonly request: Request }
  | { readonly kind: 'upload'; readonly attachment: AttachmentInfo };

/** What an option autocompletes from. */
export type CompletionSource = 'state' | 'example' | 'concept' | 'intent-level' | 'offense-level';

export interface CommandModule {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  toPlan(options: CommandOptions): CommandPlan;
  /** Option name (or `subcommand/option`, which wins) to what it completes from. */
  readonly completions?: Readonly<Record<string, CompletionSource>>;
}

export function request(request: Request): CommandPlan {
  return { kind: 'request', request };
}

/** A required string option; Discord enforces `required`, so absence is a bug in the definition. */
export function required(options: CommandOptions, name: string): string {
  return options.string(name) ?? '';
}
