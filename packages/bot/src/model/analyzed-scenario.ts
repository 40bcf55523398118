/**
 * A loaded scenario and the model's analysis of it (made by the language package when the
 * scenario was loaded), kept together in the engine's cache. Handlers read predictions,
 * explanations and variants from here; what-ifs and claims call the model themselves.
 */
import {
  analyze,
  explain,
  type Analysis,
  type Explanation,
  type Scenario,
  type Theory,
} from '@threatlab/core';
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
    // A scenario over the statement limit is not evaluated by the language package; uploads
    // like that are refused, so this fallback only serves a bundled example over the limit.
    this.base ??=
      this.loaded.evaluation?.base.analysis ??
      analyze(withoutClaims(this.loaded.base), { counterfactuals: false });
    return this.base;
  }

  explain(state: string, theory: Theory = 'threat'): Explanation | undefined {
    return explain(this.loaded.base, this.analysis(), state, theory);
  }

  variant(name: string): { scenario: Scenario; analysis: Analysis } | undefined {
    const variant = this.loaded.variants.find((v) => v.name.toLowerCase() === name.trim().toLowerCase());
    if (!variant) return undefined;
    let analysis =
      this.variantAnalyses.get(variant.name) ??
      this.loaded.evaluation?.variants.find((v) => v.variant === variant.name)?.analysis;
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
