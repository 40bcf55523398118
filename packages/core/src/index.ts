export * from './scenario.js';
export * from './settings.js';
export * from './levels.js';
export * from './explanation.js';
export * from './glossary-ids.js';
export * from './evaluation.js';
export { evaluate } from './evaluate.js';
