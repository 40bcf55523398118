export { runCli, runCliAsync } from './main.js';
export type { Io } from './io.js';
