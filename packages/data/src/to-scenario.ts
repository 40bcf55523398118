/**
 * An imported system as the model's input. The numbers are the rounded ones the `.threat`
 * text shows, and sea links are converted from miles with the language's own factor, so
 * evaluating this `Scenario` and evaluating the generated file give the same answers (a test
 * reads the file back and compares).
 */
import type { Alliance, GeoLink, Perception, PowerInput, Scenario, StateFacts } from '@threatlab/core';
import { CINC_COMPONENTS } from '@threatlab/core';
import { KM_PER_UNIT } from '@threatlab/dsl';
import type { ImportedState, ImportedSystem } from './imported-system.js';

/** How the generated file states power: the CINC share, or the six NMC components. */
export type PowerStyle = 'share' | 'components';

export function toScenario(system: ImportedSystem, power: PowerStyle = 'share'): Scenario {
  const states: StateFacts[] = system.states.map((s) => ({
    id: s.id,
    name: s.name,
    power: powerInput(s, power),
    ...(s.offense ? { offense: s.offense.value } : {}),
    intent: s.intent.value,
    ...(s.capital ? { capital: { lat: s.capital.value.lat, lon: s.capital.value.lon } } : {}),
    ...(s.reach ? { reach: { kind: 'level', level: s.reach.value } as const } : {}),
    major: s.major !== undefined,
  }));
  const links: GeoLink[] = system.links.map((l) => {
    if (l.kind === 'land') return { kind: 'land', a: l.a, b: l.b };
    if (l.kind === 'sea') return { kind: 'sea', a: l.a, b: l.b, km: l.miles * KM_PER_UNIT.mi };
    return { kind: 'distance', a: l.a, b: l.b, km: l.km };
  });
  const perceptions: Perception[] = system.perceptions.map((p) => ({
    observer: p.observer,
    target: p.target,
    intent: p.intent,
  }));
  const alliances: Alliance[] = system.alliances.map((a) => ({
    name: a.name,
    kind: a.kind,
    year: a.year,
    members: [...a.members],
  }));
  return {
    title: system.title,
    year: system.year,
    sources: [...system.sources],
    wartime: system.wartime.value,
    states,
    links,
    perceptions,
    alliances,
    settings: {},
    claims: [],
  };
}

/** The state's power as the file writes it: components only when all six are known. */
export function powerInput(state: ImportedState, style: PowerStyle): PowerInput {
  if (style === 'components' && hasAllComponents(state)) {
    const components = Object.fromEntries(CINC_COMPONENTS.map((c) => [c, state.components[c]!])) as Record<
      (typeof CINC_COMPONENTS)[number],
      number
    >;
    return { kind: 'cinc', components };
  }
  return { kind: 'share', share: state.power.value };
}

export function hasAllComponents(state: ImportedState): boolean {
  return CINC_COMPONENTS.every((c) => state.components[c] !== undefined);
}
