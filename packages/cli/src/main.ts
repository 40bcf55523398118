/**
 * The `threat` command line. Parsing arguments and choosing a command happens here; each
 * command lives in commands/ and takes an `Io`, so tests drive them without a process.
 */
import { parseArgs } from 'node:util';
import { runCheck } from './commands/check.js';
import { runExplain } from './commands/explain.js';
import { runFmt } from './commands/fmt.js';
import { runGraph } from './commands/graph.js';
import { runPredict } from './commands/predict.js';
import { bundledExamples, runStart } from './commands/start.js';
import { parseImportArguments, runImport } from './commands/import.js';
import { parseBacktestArguments, runBacktestCommand, runBacktestHere } from './commands/backtest.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processIo, type Io } from './io.js';
import { USAGE, usageError, type CommandResult } from './usage.js';

/** Options of the commands that run the model (predict, explain). */
const MODEL_OPTIONS = {
  theory: { type: 'string', default: 'threat' },
  variant: { type: 'string' },
  format: { type: 'string', default: 'text' },
} as const;

export function runCli(argv: readonly string[], io: Io): CommandResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: { format: { type: 'string', default: 'text' } },
        });
        const format = values.format;
        if (format !== 'text' && format !== 'json')
          return usageError(io, `--format must be text or json, not "${format}"`);
        return runCheck(io, { paths: positionals, format });
      }
      case 'fmt': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            check: { type: 'boolean', default: false },
            stdout: { type: 'boolean', default: false },
          },
        });
        if (values.check && values.stdout)
          return usageError(io, '--check and --stdout cannot be used together');
        return runFmt(io, {
          paths: positionals,
          mode: values.check ? 'check' : values.stdout ? 'stdout' : 'write',
        });
      }
      case 'predict': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: MODEL_OPTIONS,
        });
        const theory = values.theory;
        if (theory !== 'threat' && theory !== 'power' && theory !== 'both')
          return usageError(io, `--theory must be threat, power or both, not "${theory}"`);
        const format = values.format;
        if (format !== 'text' && format !== 'markdown' && format !== 'json')
          return usageError(io, `--format must be text, markdown or json, not "${format}"`);
        if (positionals.length > 1) return usageError(io, 'threat predict takes one scenario file');
        return runPredict(io, { file: positionals[0], theory, variant: values.variant, format });
      }
      case 'explain': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: MODEL_OPTIONS,
        });
        const theory = values.theory;
        if (theory !== 'threat' && theory !== 'power')
          return usageError(io, `--theory must be threat or power, not "${theory}"`);
        const format = values.format;
        if (format !== 'text' && format !== 'markdown')
          return usageError(io, `--format must be text or markdown, not "${format}"`);
        if (positionals.length > 2)
          return usageError(io, 'threat explain takes a scenario file and one state');
        return runExplain(io, {
          file: positionals[0],
          state: positionals[1],
          theory,
          variant: values.variant,
          format,
        });
      }
      case 'graph': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            theory: { type: 'string', default: 'threat' },
            state: { type: 'string' },
            variant: { type: 'string' },
            width: { type: 'string' },
            out: { type: 'string' },
          },
        });
        const theory = values.theory;
        if (theory !== 'threat' && theory !== 'power' && theory !== 'both')
          return usageError(io, `--theory must be threat, power or both, not "${theory}"`);
        const width = values.width === undefined ? undefined : Number(values.width);
        if (width !== undefined && !(Number.isInteger(width) && width >= 320 && width <= 4000))
          return usageError(
            io,
            `--width must be a whole number of pixels from 320 to 4000, not "${values.width}"`,
          );
        if (positionals.length > 1) return usageError(io, 'threat graph takes one scenario file');
        return runGraph(io, {
          file: positionals[0],
          theory,
          state: values.state,
          variant: values.variant,
          width,
          out: values.out,
        });
      }
      case 'import': {
        const args = parseImportArguments(io, rest);
        return typeof args === 'number' ? args : runImport(io, args);
      }
      case 'backtest': {
        const args = parseBacktestArguments(io, rest);
        return typeof args === 'number' ? args : runBacktestHere(io, args);
      }
      case 'start':
        return runStart(io, bundledExamples(join(dirname(fileURLToPath(import.meta.url)), 'commands')));
      default:
        return usageError(io, `unknown command "${command}"`);
    }
  } catch (error) {
    // parseArgs throws on unknown options; say so in the usual way.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return usageError(io, error.message);
    }
    throw error;
  }
}

/**
 * As `runCli`, but commands that can use worker threads (`backtest`) do; the binary uses this.
 */
export async function runCliAsync(argv: readonly string[], io: Io): Promise<CommandResult> {
  if (argv[0] === 'backtest') {
    try {
      const args = parseBacktestArguments(io, argv.slice(1));
      return typeof args === 'number' ? args : await runBacktestCommand(io, args);
    } catch (error) {
      if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
        return usageError(io, error.message);
      throw error;
    }
  }
  return runCli(argv, io);
}

/** Runs the command line of this process (bin/threat.js calls this). */
export function main(): void {
  void runCliAsync(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
