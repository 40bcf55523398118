/**
 * Core's public API: the scenario and settings types, the model (evaluate, analyze, explain,
 * counterfactuals), the presentation functions and the renderers.
 */
export * from './scenario.js';
export * from './settings.js';
export * from './levels.js';
export * from './explanation.js';
export * from './glossary-ids.js';
export * from './evaluation.js';
export { evaluate } from './evaluate.js';
export { analyze } from './analyze.js';
export { explain } from './explain.js';
export { findCounterfactual } from './counterfactual.js';
export { applyChange } from './apply-change.js';
export { describeChange, type ChangeWording } from './describe-change.js';
export {
  GLOSSARY,
  GLOSSARY_ENTRIES,
  conceptForWord,
  citationText,
  type Citation,
  type GlossaryEntry,
} from './glossary.js';
export { renderExplanation } from './render-explanation.js';
export { renderPredictions, renderSystem, type PredictionsView } from './render-predictions.js';
export { renderClaim, describeClaim } from './render-claim.js';
export { THEORY_NAMES, type RenderFormat } from './render-common.js';
// Presentation: the one place each of these is written (ARCHITECTURE.md, "Presentation").
export { stateNamer, displayName, nameOfState } from './display-names.js';
export {
  STRATEGY_WORDS,
  strategyPhrase,
  predictionPhrase,
  samePrediction,
  type StrategyWords,
  type PredictionPhraseOptions,
} from './strategy-wording.js';
export { fixed, trimmed, grouped, km, percent, possessive } from './format.js';
export {
  compareAnalyses,
  type AnalysisComparison,
  type PredictionChange,
  type ThreatMove,
  type CompareOptions,
} from './compare-analyses.js';
export { whatIf, type WhatIfResult } from './what-if.js';
export { perceptionEffect, type PerceptionEffect } from './perception-effect.js';
export { renderGraphSvg, escapeXml, type GraphOptions } from './render-graph.js';
export { effectiveSettings } from './effective-settings.js';
export { greatCircleKm } from './factors.js';
