/**
 * An answer as plain data, before it is turned into Discord embeds or terminal text. Bodies
 * are Discord-flavoured Markdown (bold, italics, code, lists), which the terminal renderer
 * reduces to plain text.
 */

/** What kind of answer it is; the Discord renderer picks a colour from it. */
export type Tone = 'answer' | 'divergence' | 'success' | 'warning' | 'error' | 'info';

export interface ReplySection {
  readonly title?: string;
  /** Discord-flavoured Markdown. */
  readonly body: string;
  /** The same content as plain text for the terminal, when it is not just `body` unformatted (aligned tables). */
  readonly text?: string;
}

export interface ReplyFile {
  readonly name: string;
  readonly data: Uint8Array;
  readonly description?: string;
}

export interface Reply {
  readonly title: string;
  readonly tone: Tone;
  /** Said before anything else: the default-scenario notice, a what-if's framing. */
  readonly notice?: string;
  readonly sections: readonly ReplySection[];
  /** The scenario the answer is about, or sources: shown small at the end. */
  readonly footer?: string;
  readonly files?: readonly ReplyFile[];
  /** Only the member who asked sees it (errors, upload diagnostics). */
  readonly ephemeral?: boolean;
}

export function errorReply(title: string, body: string): Reply {
  return { title, tone: 'error', sections: [{ body }], ephemeral: true };
}

export function withNotice(reply: Reply, notice: string): Reply {
  return { ...reply, notice: reply.notice ? `${notice}\n${reply.notice}` : notice };
}
