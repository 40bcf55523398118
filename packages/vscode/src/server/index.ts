/** The language server as a library: tests and other hosts start it on a connection of their own. */
export { startServer, type ServerOptions } from './server.js';
export * from './protocol.js';
