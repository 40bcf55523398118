/**
 * The CLI package's public entry: `runCli` (every command in the calling thread) and `runCliAsync`
 * (the binary's, which may start workers).
 */
export { runCli, runCliAsync } from './main.js';
export type { Io } from './io.js';
