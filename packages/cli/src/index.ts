export { runCli } from './main.js';
export type { Io } from './io.js';
