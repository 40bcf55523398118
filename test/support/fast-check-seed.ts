/**
 * One seed for every property test, so a run is reproducible and CI never fails by luck.
 * Set FC_SEED to explore other inputs; a failure prints the seed and path that reproduce it.
 */
import fc from 'fast-check';

const seed = process.env['FC_SEED'] === undefined ? 20261204 : Number(process.env['FC_SEED']);
fc.configureGlobal({ seed });
