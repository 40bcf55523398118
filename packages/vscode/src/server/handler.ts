/**
 * The one wrapper every handler runs in. No request may crash the server: a handler that
 * throws is logged and answers its empty result, so a bug in one feature costs that feature
 * one answer, not the user's session. A `ResponseError` is a deliberate answer (a rename
 * refused, with its reason) and goes to the client as it is. A request the client cancelled
 * before it ran is answered `RequestCancelled` without doing the work: an editor cancels
 * the hovers and completions it no longer needs, and they must not queue up behind each other.
 */
import * as lsp from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

/** A request handler: the feature's work, and the result to answer when it fails. */
export function request<P, R>(
  logger: Logger,
  name: string,
  fallback: R,
  handler: (params: P, token: lsp.CancellationToken) => R,
): (params: P, token?: lsp.CancellationToken) => R {
  return (params, token = lsp.CancellationToken.None) => {
    // The connection answers a thrown ResponseError as the request's error.
    if (token.isCancellationRequested)
      throw new lsp.ResponseError(lsp.LSPErrorCodes.RequestCancelled, `threat: ${name} cancelled`);
    return run(logger, name, fallback, () => handler(params, token));
  };
}

/** A notification handler: nothing to answer, so a failure is only logged. */
export function notification<P>(
  logger: Logger,
  name: string,
  handler: (params: P) => void,
): (params: P) => void {
  return (params) => run(logger, name, undefined, () => handler(params));
}

function run<R>(logger: Logger, name: string, fallback: R, work: () => R): R {
  try {
    return work();
  } catch (error) {
    if (error instanceof lsp.ResponseError) throw error;
    logger.error(`threat: ${name} failed: ${describeError(error)}`);
    return fallback;
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Logging must not throw either (the connection may be closing). */
export function connectionLogger(connection: lsp.Connection): Logger {
  return {
    error: (message: string) => {
      try {
        connection.console.error(message);
      } catch {
        // Nowhere left to report to.
      }
    },
  };
}
