/**
 * A working copy of one evaluation that can try a single change of one input and undo it,
 * recomputing only what the change touches. The counterfactual search calls it thousands of
 * times, so it never rebuilds the whole model for a change that touches one cell:
 *
 * - a perception of i about j changes one threat key, (i, j), and i's main threat;
 * - a declared intent or an offense of j changes column j (every observer's view of j);
 * - a power share of j changes row j and column j (the power factor pairs j with everyone);
 * - a threshold setting changes no key at all; a weight changes every key.
 *
 * Main threats are then updated row by row where the changed cells can move them, and the
 * strategies are re-decided only for the subject and for the states that could bandwagon
 * (see `settleBandwagoners`). Results agree with a full evaluation of `applyChange(...)`,
 * which the search re-checks for the change it finally proposes.
 */
import type { Strategy } from './explanation.js';
import type { EvaluationInternals } from './evaluation-internals.js';
import type { ModelInputs } from './model-inputs.js';
import type { SettingName } from './settings.js';
import { powerFactor } from './factors.js';
import { ranksAhead } from './ranking.js';
import { makeScale, theoryWeights, type FactorWeights, type ThreatScale } from './threat-score.js';
import { buildThreatKeys } from './threat-matrix.js';
import {
  decideState,
  mainThreats,
  mayBandwagon,
  settleBandwagoners,
  strategyOfRule,
  updateMainThreat,
  type DecisionBasis,
} from './strategies.js';
import { neutralSetting } from './neutral-threshold.js';

/** One input to change, by state index. */
export type EngineChange =
  | { readonly kind: 'perception'; readonly observer: number; readonly target: number }
  | { readonly kind: 'intent' | 'offense' | 'power'; readonly state: number }
  | { readonly kind: 'setting'; readonly name: SettingName };

const WEIGHTS: ReadonlySet<string> = new Set([
  'weight-power',
  'weight-proximity',
  'weight-offense',
  'weight-intent',
]);

/** A working copy of one evaluation for trying single changes (see the file comment). */
export class WhatIfEngine {
  private readonly base: ModelInputs;
  private readonly n: number;
  private view: ModelInputs;
  private scale: ThreatScale;
  private keys: Float64Array;
  private main: Int32Array;
  private maxKey: Float64Array;
  private maxScore: Float64Array;
  private readonly power: Float64Array;
  private readonly offense: Float64Array;
  private readonly declared: Float64Array;
  private perception: { cell: number; value: number } | undefined;

  constructor(private readonly internals: EvaluationInternals) {
    this.base = internals.inputs;
    this.n = this.base.table.size;
    this.power = Float64Array.from(this.base.power);
    this.offense = Float64Array.from(this.base.intentions.offense);
    this.declared = Float64Array.from(this.base.intentions.declared);
    this.view = { ...this.base, power: this.power };
    this.scale = internals.scale;
    this.keys = Float64Array.from(internals.keys);
    const mains = mainThreats(this.view, this.keys, this.scale);
    this.main = mains.main;
    this.maxKey = mains.maxKey;
    this.maxScore = mains.maxScore;
  }

  /** The current value of an input, as a counterfactual's `from`. */
  valueOf(change: EngineChange): number {
    switch (change.kind) {
      case 'perception':
        return this.base.intentions.intentOf(change.observer, change.target);
      case 'intent':
        return this.declared[change.state]!;
      case 'offense':
        return this.offense[change.state]!;
      case 'power':
        return this.power[change.state]!;
      case 'setting':
        return this.view.settings[change.name];
    }
  }

  /** Runs `probe` with `change` set to `value`, then restores everything. */
  tryValue<T>(change: EngineChange, value: number, probe: (engine: WhatIfEngine) => T): T {
    const saved = {
      keys: this.keys,
      scale: this.scale,
      view: this.view,
      main: this.main,
      maxKey: this.maxKey,
      maxScore: this.maxScore,
    };
    const old = this.valueOf(change);
    const cells = this.set(change, value);
    try {
      return probe(this);
    } finally {
      this.set(change, old, false);
      if (cells === 'all') {
        this.keys = saved.keys;
        this.scale = saved.scale;
      } else {
        for (const [cell, key] of cells) this.keys[cell] = key;
      }
      this.view = saved.view;
      this.main = saved.main;
      this.maxKey = saved.maxKey;
      this.maxScore = saved.maxScore;
    }
  }

  /** The threat key of target for observer: greater means more threatening. */
  key(observer: number, target: number): number {
    return this.keys[observer * this.n + target]!;
  }

  /** The subject's strategy and target, with every other state's bandwagoning settled. */
  decide(subject: number): { strategy: Strategy; target: number } {
    const basis: DecisionBasis = {
      inputs: this.view,
      keys: this.keys,
      scale: this.scale,
      main: this.main,
      maxKey: this.maxKey,
      maxScore: this.maxScore,
      theory: this.internals.theory,
    };
    const neutral = this.view.settings[neutralSetting(this.internals.theory)];
    // A state that cannot bandwagon decides the same whoever else bandwagons.
    const bandwagonWith = mayBandwagon(basis, neutral, subject)
      ? settleBandwagoners(basis, this.main[subject]!)
      : this.nobody();
    const strategy = strategyOfRule(decideState(basis, bandwagonWith, subject, false).outcome.id);
    return { strategy, target: strategy === 'neutral' ? -1 : this.main[subject]! };
  }

  /**
   * Sets an input and updates the keys and main threats it touches. Returns the previous keys
   * of the changed cells, or 'all' when every key was rebuilt. With `update` false only the
   * input itself is restored (the caller restores keys and main threats from its copies).
   */
  private set(change: EngineChange, value: number, update = true): Array<[number, number]> | 'all' {
    const n = this.n;
    switch (change.kind) {
      case 'perception': {
        const cell = change.observer * n + change.target;
        this.perception = update ? { cell, value } : undefined;
        if (!update) return [];
        const saved = this.recompute([cell]);
        this.copyMains();
        updateMainThreat(this.view, this.keys, this.scale, this.mains(), change.observer);
        return saved;
      }
      case 'intent':
      case 'offense':
      case 'power': {
        const array =
          change.kind === 'intent' ? this.declared : change.kind === 'offense' ? this.offense : this.power;
        array[change.state] = value;
        if (!update) return [];
        const j = change.state;
        const cells: number[] = [];
        for (let i = 0; i < n; i++) if (i !== j) cells.push(i * n + j);
        if (change.kind === 'power') for (let k = 0; k < n; k++) if (k !== j) cells.push(j * n + k);
        const saved = this.recompute(cells);
        this.copyMains();
        this.updateMainsForColumn(j);
        if (change.kind === 'power') updateMainThreat(this.view, this.keys, this.scale, this.mains(), j);
        return saved;
      }
      case 'setting': {
        this.view = { ...this.view, settings: { ...this.view.settings, [change.name]: value } };
        if (!update || !WEIGHTS.has(change.name)) return [];
        this.scale = makeScale(theoryWeights(this.internals.theory, this.view.settings));
        this.keys = this.rebuildKeys();
        const mains = mainThreats(this.view, this.keys, this.scale);
        this.main = mains.main;
        this.maxKey = mains.maxKey;
        this.maxScore = mains.maxScore;
        return 'all';
      }
    }
  }

  private nobodyBuffer: Int32Array | undefined;

  private nobody(): Int32Array {
    return (this.nobodyBuffer ??= new Int32Array(this.n).fill(-1));
  }

  private mains() {
    return { main: this.main, maxKey: this.maxKey, maxScore: this.maxScore };
  }

  /** Main-threat arrays are replaced, not edited, so `tryValue` can restore the originals. */
  private copyMains(): void {
    this.main = Int32Array.from(this.main);
    this.maxKey = Float64Array.from(this.maxKey);
    this.maxScore = Float64Array.from(this.maxScore);
  }

  /** After column j changed: j becomes a row's main threat if it now ranks ahead; a row whose main threat was j is recomputed. */
  private updateMainsForColumn(j: number): void {
    const mains = this.mains();
    for (let i = 0; i < this.n; i++) {
      if (i === j) continue;
      if (this.main[i] === j) updateMainThreat(this.view, this.keys, this.scale, mains, i);
      else if (this.main[i]! < 0 || ranksAhead(this.view, this.keys, i, j, this.main[i]!)) {
        this.main[i] = j;
        this.maxKey[i] = this.keys[i * this.n + j]!;
        this.maxScore[i] = this.scale.score(this.maxKey[i]!);
      }
    }
  }

  private recompute(cells: readonly number[]): Array<[number, number]> {
    const saved: Array<[number, number]> = [];
    for (const cell of cells) {
      saved.push([cell, this.keys[cell]!]);
      this.keys[cell] = this.cellKey(Math.floor(cell / this.n), cell % this.n);
    }
    return saved;
  }

  private cellKey(i: number, j: number): number {
    if (i === j) return this.scale.keyOf(0);
    const cell = i * this.n + j;
    const intent =
      this.perception?.cell === cell
        ? this.perception.value
        : (this.base.intentions.perceived.get(cell) ?? this.declared[j]!);
    return this.scale.key(
      powerFactor(this.power[i]!, this.power[j]!),
      this.base.geography.proximity[cell]!,
      this.offense[j]!,
      intent,
    );
  }

  /** Every key again, for a weight change (only the perception override is not in the inputs). */
  private rebuildKeys(): Float64Array {
    const shares = this.scale.logShares;
    let keys: Float64Array;
    if (shares === undefined) {
      const intentions = { ...this.base.intentions, offense: this.offense, declared: this.declared };
      keys = buildThreatKeys({ ...this.view, intentions }, this.scale);
    } else {
      keys = this.logKeys(shares);
    }
    if (this.perception !== undefined) {
      keys[this.perception.cell] = this.cellKey(
        Math.floor(this.perception.cell / this.n),
        this.perception.cell % this.n,
      );
    }
    return keys;
  }

  private logs:
    { power: Float64Array; proximity: Float64Array; offense: Float64Array; intent: Float64Array } | undefined;

  /**
   * ln T for every pair as a weighted sum of the factors' logarithms, which are computed once
   * per search: a weight change then costs a few multiply-adds per pair instead of four
   * logarithms. Weight changes come with the inputs as they stand, since only one input changes.
   */
  private logKeys(shares: FactorWeights): Float64Array {
    const n = this.n;
    if (this.logs === undefined) {
      const power = new Float64Array(n * n);
      const proximity = new Float64Array(n * n);
      const intent = new Float64Array(n * n);
      const offense = new Float64Array(n);
      for (let j = 0; j < n; j++) offense[j] = Math.log(this.offense[j]!);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const cell = i * n + j;
          power[cell] = Math.log(powerFactor(this.power[i]!, this.power[j]!));
          proximity[cell] = Math.log(this.base.geography.proximity[cell]!);
          intent[cell] = Math.log(this.base.intentions.perceived.get(cell) ?? this.declared[j]!);
        }
      }
      this.logs = { power, proximity, offense, intent };
    }
    const logs = this.logs;
    const keys = new Float64Array(n * n);
    // Only factors with a share enter: 0 * ln 0 would be NaN.
    const terms: Array<[number, Float64Array]> = [];
    if (shares.power > 0) terms.push([shares.power, logs.power]);
    if (shares.proximity > 0) terms.push([shares.proximity, logs.proximity]);
    if (shares.intent > 0) terms.push([shares.intent, logs.intent]);
    for (const [share, values] of terms) for (let c = 0; c < n * n; c++) keys[c]! += share * values[c]!;
    if (shares.offense > 0) {
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) keys[i * n + j]! += shares.offense * logs.offense[j]!;
    }
    for (let i = 0; i < n; i++) keys[i * n + i] = -Infinity;
    return keys;
  }
}
