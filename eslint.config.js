// Lint rules for the whole tree. Every rule says why it is here, as Langium's config does.
// The layer rules (no-restricted-imports per package) keep ARCHITECTURE.md's invariants true
// where the TypeScript project references cannot: a tsconfig limits packages, not modules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, by their bare names (`fs`) and `node:` names. */
const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'net',
  'http',
  'https',
  'child_process',
  'worker_threads',
  'readline',
  'url',
  'util',
  'stream',
  'crypto',
  'process',
];

/** dsl's layer rules, shared by its services, which add their own. */
const DSL_GROUPS = [
  {
    group: NODE_BUILTINS,
    message: 'dsl does no I/O: documents come from a DocumentProvider the caller supplies.',
  },
  {
    group: ['@threatlab/data', '@threatlab/cli', '@threatlab/bot', '@threatlab/vscode'],
    message: 'dsl builds on core only; the packages above it build on dsl.',
  },
];

/** The bot's layer rules outside its Discord adapter; handlers add their own. */
const BOT_GROUPS = [
  {
    group: ['discord.js', '@discordjs/*'],
    message:
      'Only discord/ (the adapter), commands/ (their definitions) and the deploy and sharding entry points touch discord.js.',
  },
  {
    group: ['@threatlab/data', '@threatlab/cli', '@threatlab/vscode'],
    message: 'The bot builds on dsl and core only.',
  },
];

/** Number methods whose output depends on the runtime's locale or prints "-0.00". */
const NUMBER_FORMATTING = [
  {
    property: 'toFixed',
    message:
      "Numbers for readers go through core's format.ts (fixed, trimmed, percent), which never prints -0.00.",
  },
  {
    property: 'toLocaleString',
    message: "Numbers for readers go through core's format.ts (grouped, km): the same text on every machine.",
  },
];

/** A restricted-import rule built from groups, each with its reason. */
const restrictImports = (...groups) => ['error', { patterns: groups }];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/dsl/generated/**',
      'packages/vscode/out/**',
      '.e2e/**',
      'test-results/**',
      'report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Node's globals for scripts, benches and tests; core's own tsconfig has no Node types, which keeps it pure.
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        globalThis: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
      },
    },
    rules: {
      // Unused code is either a bug or noise; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `import type` keeps type-only imports out of the emitted JavaScript (the tsconfig's verbatimModuleSyntax relies on it).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A TODO is a plan nobody owns: file it as an issue, or write the FIXME beside the behaviour a test asserts.
      'no-warning-comments': ['error', { terms: ['todo', 'xxx'], location: 'start' }],
      // Debugging output belongs to the adapters' loggers and the CLI's Io, never to library code.
      'no-console': 'error',
    },
  },
  {
    // One way to print a number in prose (ARCHITECTURE.md, presentation). Text that is data, not
    // prose (a generated .threat file, data's proxy notes and charts), writes numbers its own way.
    files: [
      'packages/dsl/src/**/*.ts',
      'packages/bot/src/**/*.ts',
      'packages/cli/src/**/*.ts',
      'packages/vscode/src/**/*.ts',
      'packages/data/src/backtest/report.ts',
    ],
    ignores: ['packages/dsl/src/generate-scenario.ts'],
    rules: {
      'no-restricted-properties': ['error', ...NUMBER_FORMATTING],
    },
  },
  {
    // Core is deterministic: the same scenario gives the same output on every run and machine.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/format.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...NUMBER_FORMATTING,
        {
          object: 'Math',
          property: 'random',
          message: 'core uses no unseeded randomness: take a seeded source (see graph/force-run.ts).',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'core reads no clock: a date the model needs is part of the Scenario.' },
        { name: 'performance', message: 'core reads no clock; benchmarks time it from outside.' },
        { name: 'process', message: 'core is pure: no environment, no I/O.' },
        { name: 'setTimeout', message: 'core reads no clock and schedules nothing.' },
        { name: 'setInterval', message: 'core reads no clock and schedules nothing.' },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        {
          group: NODE_BUILTINS,
          message: 'core is pure: no I/O, no Node modules (ARCHITECTURE.md, packages/core).',
        },
        {
          group: ['@threatlab/*'],
          message: 'core is the bottom layer: it imports no other workspace package.',
        },
      ),
    },
  },
  {
    files: ['packages/dsl/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(...DSL_GROUPS),
    },
  },
  {
    files: ['packages/dsl/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(...DSL_GROUPS, {
        group: ['@threatlab/core'],
        importNames: ['evaluate', 'analyze', 'findCounterfactual', 'applyChange', 'whatIf'],
        message:
          'Services read the model results they are given and never compute a score (ARCHITECTURE.md, services); ask core for a derived view (e.g. perceptionEffect).',
      }),
    },
  },
  {
    files: ['packages/data/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        group: ['@threatlab/cli', '@threatlab/bot', '@threatlab/vscode'],
        message: 'data sits below the CLI; it knows no adapter.',
      }),
    },
  },
  {
    files: ['packages/bot/src/**/*.ts'],
    ignores: [
      'packages/bot/src/discord/**',
      'packages/bot/src/commands/**',
      'packages/bot/src/deploy-commands.ts',
      'packages/bot/src/sharded.ts',
    ],
    rules: {
      'no-restricted-imports': restrictImports(...BOT_GROUPS, {
        group: ['@threatlab/core'],
        importNames: ['evaluate', 'findCounterfactual', 'applyChange'],
        message: 'The bot holds no model logic: it asks dsl to analyse a program and core to explain.',
      }),
    },
  },
  {
    // Handlers answer from analyses they are given; a what-if goes through core's `whatIf`.
    files: ['packages/bot/src/handlers/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(...BOT_GROUPS, {
        group: ['@threatlab/core'],
        importNames: ['evaluate', 'findCounterfactual', 'applyChange', 'analyze'],
        message:
          'Handlers read the analysis the engine made (model/) and ask core for what-ifs (whatIf) and explanations; they never run the model.',
      }),
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        {
          group: ['@threatlab/bot', '@threatlab/vscode'],
          message: 'The CLI starts the assistant through its bin, not by importing an adapter.',
        },
        {
          group: ['@threatlab/core'],
          importNames: ['evaluate', 'analyze', 'findCounterfactual'],
          message: 'The CLI holds no model logic: it prints what dsl and core return.',
        },
      ),
    },
  },
  {
    files: ['packages/vscode/src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        {
          group: ['vscode'],
          message: 'The server speaks only the protocol; `vscode` belongs to the client.',
        },
        {
          group: ['@threatlab/data', '@threatlab/cli', '@threatlab/bot'],
          message: 'The server builds on dsl and core only.',
        },
      ),
    },
  },
  {
    files: ['packages/vscode/src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        group: ['@threatlab/dsl', '@threatlab/data', '@threatlab/cli', '@threatlab/bot'],
        message: 'The client only adds UI: every language answer comes from the server.',
      }),
    },
  },
  {
    // Tests, benchmarks and scripts are programs: they print, and they may use any package.
    files: [
      'test/**',
      'packages/*/test/**',
      'bench/**',
      'scripts/**',
      'packages/*/bin/**',
      'packages/*/scripts/**',
    ],
    rules: {
      'no-console': 'off',
    },
  },
  {
    // The fake Discord's requests carry Discord's JSON, whose shape the assertions themselves check.
    files: ['test/bot/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
