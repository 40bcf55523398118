/**
 * The bot's log: lines on stderr. Nothing the bot logs contains the token: it is read once
 * into the config and handed to discord.js, and `redact` scrubs it from any error text as a
 * second line of defence.
 */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export function stderrLogger(secret?: string, quiet = false): Logger {
  const scrub = (text: string) => redact(text, secret);
  return {
    info: (message) => {
      if (!quiet) process.stderr.write(`${new Date().toISOString()} ${scrub(message)}\n`);
    },
    error: (message, error) => {
      const detail =
        error instanceof Error ? (error.stack ?? error.message) : error === undefined ? '' : String(error);
      process.stderr.write(
        `${new Date().toISOString()} ERROR ${scrub(message)}${detail ? `: ${scrub(detail)}` : ''}\n`,
      );
    },
  };
}

export function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 8 ? text.split(secret).join('[token]') : text;
}
