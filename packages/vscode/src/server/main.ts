/**
 * `threat-language-server`: the server on stdio (or Node IPC, or a socket), for any editor.
 *
 *   npx threat-language-server --stdio
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const USAGE = `Usage: threat-language-server --stdio | --node-ipc | --socket=<port>

The language server for .threat scenarios (Walt's balance-of-threat theory).
It speaks the Language Server Protocol; point your editor at it for .threat files.
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (args.includes('--version')) {
  process.stdout.write('0.1.0\n');
} else if (
  !args.some(
    (a) =>
      a === '--stdio' ||
      a === '--node-ipc' ||
      a.startsWith('--socket=') ||
      a.startsWith('--pipe=') ||
      a.startsWith('--clientProcessId'),
  )
) {
  process.stderr.write(USAGE);
  process.exitCode = 2;
} else {
  // createConnection reads the transport from the command line (--stdio and friends).
  startServer(createConnection(ProposedFeatures.all));
}
