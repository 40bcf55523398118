/**
 * No request may crash the server: every handler runs inside `guard`, which logs a failure
 * and answers the request's empty result instead. A bug in one feature then costs that
 * feature one answer, not the user's session. A `ResponseError` is a deliberate answer (a
 * rename refused, with its reason) and goes to the client as it is.
 */
import { ResponseError } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

export function guard<P extends unknown[], R>(
  logger: Logger,
  name: string,
  fallback: R,
  handler: (...params: P) => R,
): (...params: P) => R {
  return (...params: P): R => {
    try {
      return handler(...params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logger.error(
        `threat: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return fallback;
    }
  };
}
