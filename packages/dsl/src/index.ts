/**
 * The language package's public API: parsing, loading and checking programs, diagnostics, lowering
 * to the model, formatting and evaluation.
 */
export * from './diagnostic.js';
export * from './diagnostic-codes.js';
export * from './line-index.js';
export * from './syntax-tree.js';
export * from './parse.js';
export * from './suggest.js';
export * from './messages.js';
export * from './limits.js';
export * from './document.js';
export * from './incremental-parse.js';
export * from './incremental-check.js';
export * from './program.js';
export * from './facts.js';
export * from './symbols.js';
export * from './lower.js';
export * from './problem.js';
export * from './to-diagnostic.js';
export * from './check-program.js';
export * from './uri-path.js';
export * from './values.js';
export * from './value-words.js';
export * from './format.js';
export * from './comments.js';
export * from './render-diagnostic.js';
export * from './print-tree.js';
export * from './generate-scenario.js';
export * from './fact-edits.js';
export * from './evaluate-program.js';
export * from './evaluate-in-steps.js';
export * from './services/index.js';
