export * from './diagnostic.js';
export * from './diagnostic-codes.js';
export * from './line-index.js';
export * from './syntax-tree.js';
export * from './parse.js';
export * from './suggest.js';
