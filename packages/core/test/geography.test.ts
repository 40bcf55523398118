/**
 * buildGeography: borders, sea links, stated distances and capitals as proximity.
 */
import { describe, expect, it } from 'vitest';
import { buildGeography } from '../src/geography.js';
import { greatCircleKm } from '../src/factors.js';
import { buildStateTable } from '../src/state-table.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import type { GeoLink } from '../src/scenario.js';
import { makeState } from './scenario-builder.js';

const london = { lat: 51.5074456, lon: -0.1277653 };
const paris = { lat: 48.8588897, lon: 2.320041 };
const berlin = { lat: 52.510885, lon: 13.3989367 };

function geography(links: GeoLink[], withCapitals = true) {
  const table = buildStateTable([
    makeState('A', withCapitals ? { capital: london } : {}),
    makeState('B', withCapitals ? { capital: paris, reach: { kind: 'level', level: 'global' } } : {}),
    makeState('C', withCapitals ? { capital: berlin } : {}),
  ]);
  return buildGeography(table, links, DEFAULT_SETTINGS);
}

describe('buildGeography', () => {
  it('gives a land border proximity 1 whatever else is known', () => {
    const g = geography([
      { kind: 'distance', a: 'A', b: 'B', km: 10 },
      { kind: 'land', a: 'B', b: 'A' },
    ]);
    expect(g.sourceOf(0, 1)).toBe('land');
    expect(g.proximity[1]).toBe(1);
    expect(g.proximity[3]).toBe(1);
  });

  it('adds the sea-crossing allowance to a sea link and takes the shortest stated distance', () => {
    const g = geography([
      { kind: 'sea', a: 'A', b: 'B', km: 34 },
      { kind: 'distance', a: 'A', b: 'B', km: 900 },
    ]);
    expect(g.sourceOf(0, 1)).toBe('sea');
    expect(g.distanceOf(0, 1)).toBe(34 + DEFAULT_SETTINGS['sea-crossing']);
    const g2 = geography([
      { kind: 'sea', a: 'A', b: 'B', km: 34 },
      { kind: 'distance', a: 'A', b: 'B', km: 100 },
    ]);
    expect(g2.sourceOf(1, 0)).toBe('distance');
    expect(g2.distanceOf(1, 0)).toBe(100);
  });

  it('uses the great-circle distance between capitals, on the target reach', () => {
    const g = geography([]);
    expect(g.sourceOf(0, 2)).toBe('capitals');
    expect(g.distanceOf(0, 2)).toBeCloseTo(greatCircleKm(london, berlin), 6);
    const d = greatCircleKm(london, paris);
    // B (Paris) has global reach: A sees it closer than B sees A.
    expect(g.proximity[0 * 3 + 1]).toBeCloseTo(1 / (1 + d / DEFAULT_SETTINGS['reach-global']), 12);
    expect(g.proximity[1 * 3 + 0]).toBeCloseTo(1 / (1 + d / DEFAULT_SETTINGS['reach-regional']), 12);
  });

  it('falls back to the default distance without capitals', () => {
    const g = geography([], false);
    expect(g.sourceOf(0, 1)).toBe('default');
    expect(g.distanceOf(0, 1)).toBe(DEFAULT_SETTINGS['default-distance']);
  });

  it('ignores links to unknown states, to itself, and with bad distances', () => {
    const g = geography(
      [
        { kind: 'land', a: 'A', b: 'Atlantis' },
        { kind: 'land', a: 'A', b: 'A' },
        { kind: 'distance', a: 'A', b: 'B', km: Number.NaN },
        { kind: 'sea', a: 'A', b: 'B', km: -3 },
      ],
      false,
    );
    expect(g.sourceOf(0, 1)).toBe('default');
    expect(g.sourceOf(0, 0)).toBe('self');
  });
});
