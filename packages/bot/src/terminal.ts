/**
 * Terminal mode: the same assistant without Discord, on the bundled examples. On a terminal it
 * is an interactive prompt; with piped input it answers each line and exits, so
 * `echo "who balances against Germany?" | npm start` prints an answer.
 *
 * Lines starting with `/` are commands as in Discord (`/whatif intent Germany benign`); any
 * other line is a question in plain words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Assistant } from './assistant.js';
import type { BotConfig } from './config.js';
import { AnswerEngine } from './engine/answer-engine.js';
import { InlineExecutor } from './engine/executor.js';
import { parseCommandLine } from './questions/parse-command-line.js';
import { parseQuestion } from './questions/parse-question.js';
import { errorReply, type Reply } from './reply/reply.js';
import { replyToText } from './reply/to-text.js';
import type { Request } from './request.js';
import { ExampleLibrary } from './scenarios/example-library.js';
import { ChannelStore } from './store/channel-store.js';
import { openDatabase } from './store/database.js';

export interface TerminalIo {
  readonly input: NodeJS.ReadableStream;
  /** Where the prompt is drawn on a terminal. */
  readonly output?: NodeJS.WritableStream;
  readonly isTty: boolean;
  readonly color: boolean;
  write(text: string): void;
  readonly cwd: string;
}

const CHANNEL = 'terminal';
const WELCOME = [
  'threatlab assistant: ask about the bundled example scenarios in plain words, or type /help.',
  "Try: who balances against Germany? · what threatens Italy most? · what if Germany's intentions were benign?",
  'Ctrl-D or "exit" to leave.',
].join('\n');

export class TerminalSession {
  private readonly assistant: Assistant;
  private readonly close: () => void;

  /** `databasePath` of `:memory:` keeps nothing; a file keeps claims and the scenario between runs. */
  constructor(
    config: BotConfig,
    private readonly io: TerminalIo,
  ) {
    const examples = ExampleLibrary.fromFolder(config.examplesDir);
    const db = openDatabase(config.databasePath);
    // One person at a keyboard: no rate limits.
    const limits = {
      ...config.limits,
      perUser: { requests: Number.MAX_SAFE_INTEGER, windowMs: 1 },
      perChannel: { requests: Number.MAX_SAFE_INTEGER, windowMs: 1 },
    };
    const store = new ChannelStore(db);
    this.assistant = new Assistant({
      store,
      executor: new InlineExecutor(new AnswerEngine(examples, limits)),
      examples,
      limits,
    });
    this.close = () => {
      store.close();
      db.close();
    };
  }

  /** Answers one line; returns the text printed. */
  async answer(line: string): Promise<string> {
    const trimmed = line.trim();
    let request: Request;
    let graphPath: string | undefined;
    if (trimmed.startsWith('/')) {
      const parsed = parseCommandLine(trimmed);
      if (parsed.kind === 'usage') return this.print(errorReply('Usage', parsed.message));
      if (parsed.kind === 'load-file') {
        const path = resolve(this.io.cwd, parsed.path);
        let text: string;
        try {
          text = readFileSync(path, 'utf8');
        } catch {
          return this.print(errorReply('Cannot read the file', `There is no readable file "${parsed.path}"`));
        }
        request = { kind: 'scenario-load-file', fileName: basename(path), text };
      } else if (parsed.kind === 'graph-file') {
        request = { kind: 'graph', ...(parsed.theory ? { theory: parsed.theory } : {}) };
        graphPath = parsed.path;
      } else request = parsed.request;
    } else {
      request = parseQuestion(trimmed);
    }
    const reply = await this.assistant.handle({
      channelId: CHANNEL,
      asker: { id: 'terminal', name: 'you' },
      request,
      text: trimmed,
    });
    let out = this.print(reply);
    for (const file of reply.files ?? []) {
      if (graphPath) {
        const target = resolve(this.io.cwd, graphPath);
        writeFileSync(target, file.data);
        out += this.emit(`(wrote ${file.name} to ${target})\n`);
      } else {
        out += this.emit(
          `(a picture, ${file.name}, comes with this answer in Discord; "/graph picture.png" writes it to a file here)\n`,
        );
      }
    }
    return out;
  }

  /** Reads lines until the input ends: a prompt on a terminal, line by line otherwise. */
  async run(): Promise<void> {
    const lines = createInterface({
      input: this.io.input,
      terminal: this.io.isTty,
      ...(this.io.isTty && this.io.output ? { output: this.io.output, prompt: 'threatlab> ' } : {}),
    });
    if (this.io.isTty) {
      this.emit(`${WELCOME}\n\n`);
      lines.prompt();
    }
    let first = true;
    for await (const line of lines) {
      if (/^\s*(exit|quit)\s*$/i.test(line)) break;
      if (line.trim() === '' || line.trim().startsWith('#')) {
        if (this.io.isTty) lines.prompt();
        continue;
      }
      if (!first && !this.io.isTty) this.emit('\n');
      first = false;
      if (!this.io.isTty) this.emit(`> ${line.trim()}\n`);
      await this.answer(line);
      if (this.io.isTty) {
        this.emit('\n');
        lines.prompt();
      }
    }
    lines.close();
    this.close();
  }

  private print(reply: Reply): string {
    return this.emit(`${replyToText(reply, { color: this.io.color })}\n`);
  }

  private emit(text: string): string {
    this.io.write(text);
    return text;
  }
}
