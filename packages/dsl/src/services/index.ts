/**
 * Language services: protocol-agnostic editor features over checked programs. Each takes dsl
 * values (documents, checked programs, offsets) and returns dsl values (ranges, edits,
 * diagnostics, Markdown), so the language server, the bot or another editor can use them.
 */
export * from './code-actions.js';
export * from './carried-claims.js';
export * from './code-lens.js';
export * from './completion.js';
export * from './definition.js';
export * from './document-diagnostics.js';
export * from './folding.js';
export * from './formatting.js';
export * from './highlight.js';
export * from './hover.js';
export * from './inlay-hints.js';
export * from './locate.js';
export * from './model-view.js';
export * from './navigation-target.js';
export * from './predictions.js';
export * from './references.js';
export * from './rename.js';
export * from './semantic-tokens.js';
export * from './summary.js';
export * from './symbols.js';
export * from './vocabulary.js';
