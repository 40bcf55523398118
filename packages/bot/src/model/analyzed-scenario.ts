/**
 * A loaded scenario with the model run over it, computed on first use and kept with the
 * scenario in the engine's cache. This is the only place the bot calls the model's entry
 * points; everything else reads the objects they return.
 */
import { analyze, explain, type Analysis, type Explanation, type Scenario, type Theory } from '@threatlab/core';
import type { LoadedScenario } from '../scenarios/load-scenario.js';

export class AnalyzedScenario {
  private base?: Analysis;
  private readonly variantAnalyses = new Map<string, Analysis>();

  constructor(readonly loaded: LoadedScenario) {}

  /** The base scenario with its own claims left out: questions do not need them checked. */
  get scenario(): Scenario {
    return this.loaded.base;
  }

  analysis(): Analysis {
    this.base ??= analyze(withoutClaims(this.loaded.base), { counterfactuals: false });
    return this.base;
  }

  explain(state: string, theory: Theory = 'threat'): Explanation | undefined {
    return explain(this.loaded.base, this.analysis(), state, theory);
  }

  variant(name: string): { scenario: Scenario; analysis: Analysis } | undefined {
    const variant = this.loaded.variants.find((v) => v.name.toLowerCase() === name.trim().toLowerCase());
    if (!variant) return undefined;
    let analysis = this.variantAnalyses.get(variant.name);
    if (!analysis) {
      analysis = analyze(withoutClaims(variant.scenario), { counterfactuals: false });
      this.variantAnalyses.set(variant.name, analysis);
    }
    return { scenario: variant.scenario, analysis };
  }
}

export function withoutClaims(scenario: Scenario): Scenario {
  return scenario.claims.length === 0 ? scenario : { ...scenario, claims: [] };
}
