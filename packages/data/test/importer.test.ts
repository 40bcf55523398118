/**
 * What the importer does with each quirk of the data, on the miniature system and on small
 * CSV strings: missing codes, states entering and leaving, type-0 contiguity rows, moving
 * capitals, ATOP phases, Gleditsch-Ward codes, and the rule that intentions come only from
 * the years before the one imported.
 */
import { describe, expect, it } from 'vitest';
import { DataError, DataSet, importYear, parseCsv, type ImportedSystem } from '../src/index.js';
import { numberField } from '../src/csv/fields.js';
import { columns } from '../src/csv/read-csv.js';
import { readCapitalDistances } from '../src/sources/capital-distances.js';
import { readAtopAlliances } from '../src/sources/atop.js';
import { intentFrom } from '../src/proxies/intentions.js';
import { floorSignificant, significantText } from '../src/number-text.js';
import { identifierFromName } from '../src/identifiers.js';
import { MINI_EUROPE } from './real-data.js';

const data = new DataSet(MINI_EUROPE);

function imported(year: number, states?: string[]): ImportedSystem {
  const result = importYear(data, { year, selection: states ? { states } : {} });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.system;
}

describe('reading CSV', () => {
  it('reads quoted headers, a trailing comma and empty member columns', () => {
    const table = parseCsv('"a","b",\n1,,3\n', 'inline.csv');
    expect(table.header).toEqual(['a', 'b', '']);
    expect(table.rows).toEqual([['1', '', '3']]);
  });

  it('reads -9, -8, empty and NA as missing, and .63 as a number', () => {
    expect([
      numberField('-9'),
      numberField('-8'),
      numberField(''),
      numberField('NA'),
      numberField('.63'),
      numberField('0'),
    ]).toEqual([undefined, undefined, undefined, undefined, 0.63, 0]);
  });

  it('names the file and the column when a column is missing', () => {
    expect(() => columns(parseCsv('x,y\n1,2\n', 'some.csv'), ['ccode'])).toThrowError(
      new DataError('some.csv', 'has no column "ccode"'),
    );
  });

  it('names the file when it is absent', () => {
    expect(() => new DataSet('/nonexistent-folder').states).toThrowError(
      /nonexistent-folder\/cow\/states2016.csv was not found/,
    );
  });

  it('reads ATOP wide member columns, skipping the empty ones, and named threats', () => {
    const [alliance] = readAtopAlliances(
      parseCsv(
        'atopid,begyr,begmo,begday,endyr,endmo,endday,defense,offense,neutral,nonagg,consul,statthr1,statthr2,mem1,mem2,mem3,\n7,1900,-9,-9,0,0,0,1,0,0,0,0,365,,255,,300,\n',
        'atop.csv',
      ),
    );
    expect(alliance?.listedMembers).toEqual([255, 300]);
    expect(alliance?.namedThreats).toEqual([365]);
    expect(alliance?.start).toBe(19000101);
    expect(alliance?.end).toBe(99991231);
  });
});

describe('the state system', () => {
  it('takes in a state in the year it enters and keeps a state in the year it leaves', () => {
    expect(data.states.membersIn(1913)).not.toContain(339);
    expect(data.states.membersIn(1914)).toContain(339);
    expect(data.states.membersIn(1915)).toContain(341);
    expect(data.states.membersIn(1916)).not.toContain(341);
  });

  it('finds states by code or abbreviation, in any case', () => {
    expect(['255', 'gmy', ' GMY '].map((t) => data.states.codeOf(t))).toEqual([255, 255, 255]);
    expect(data.states.codeOf('999')).toBeUndefined();
  });

  it('names a state as it was called at the time, keeping the COW name for the comment', () => {
    const serbia = imported(1914).states.find((s) => s.ccode === 345)!;
    expect([serbia.id, serbia.cowName]).toEqual(['Serbia', 'Yugoslavia']);
  });

  it('makes identifiers the language accepts from any COW name', () => {
    expect(
      ["Yemen People's Republic", 'Antigua & Barbuda', 'St. Lucia', 'Côte d’Ivoire'].map(identifierFromName),
    ).toEqual(['Yemen-Peoples-Republic', 'Antigua-and-Barbuda', 'St-Lucia', 'Cote-dIvoire']);
  });
});

describe('geography', () => {
  it('skips "no longer contiguous" rows and keeps the closest type a pair had in the year', () => {
    const links1914 = imported(1914).links;
    expect(links1914.find((l) => l.a === 'United-Kingdom' && l.b === 'Russia')).toBeUndefined();
    // Montenegro and Serbia were type 5 until May 1913 and type 1 after: in 1913 the border counts.
    const pair = imported(1913).links.find((l) => l.a === 'Montenegro' && l.b === 'Serbia');
    expect(pair?.kind).toBe('land');
    expect(imported(1912).links.find((l) => l.a === 'Montenegro' && l.b === 'Serbia')).toMatchObject({
      kind: 'sea',
      miles: 400,
    });
  });

  it('takes the capital in place on 1 July', () => {
    const russia = (year: number) => imported(year).states.find((s) => s.ccode === 365)!.capital?.value.city;
    expect(data.capitals.inYear(365, 1918)?.city).toBe('Moscow');
    expect(russia(1914)).toBe('Saint Petersburg');
  });

  it('falls back on Gleditsch-Ward capital distances for a state without a capital, translating letter codes', () => {
    const albania = imported(1914).links.filter((l) => l.kind === 'distance' && l.a === 'Albania');
    // ROM is RUM in the GW file and YUG is SER; both are found by number.
    expect(albania.map((l) => [l.b, l.kind === 'distance' ? l.km : 0])).toContainEqual(['Romania', 700]);
    expect(albania.map((l) => [l.b, l.kind === 'distance' ? l.km : 0])).toContainEqual(['Serbia', 400]);
  });

  it('translates COW codes to Gleditsch-Ward codes where the lists differ', () => {
    const distances = readCapitalDistances(
      parseCsv(
        'numa,ida,numb,idb,kmdist,midist\n260,GFR,220,FRN,415,258\n255,GMY,220,FRN,909,565\n',
        'capdist.csv',
      ),
    );
    expect(distances.between(255, 220, 1985)).toBe(909);
    expect(distances.between(255, 220, 1995)).toBe(415);
    expect(distances.between(679, 220, 1995)).toBeUndefined();
  });
});

describe('power, offense and majors', () => {
  it('takes CINC as the power share and notes every component', () => {
    const germany = imported(1914).states.find((s) => s.ccode === 255)!;
    expect(germany.power.value).toBe(floorSignificant(data.capabilities.get(255, 1914)!.cinc!, 4));
    expect(germany.power.note).toMatch(/^CINC 1914 \(NMC v6\.0\): milex 97,200, milper 918/);
  });

  it('leaves offense to the model when military expenditure and personnel are both missing', () => {
    const montenegro = imported(1914).states.find((s) => s.ccode === 341)!;
    expect(montenegro.offense).toBeUndefined();
    expect(montenegro.power.note).toContain('milex missing, milper missing');
  });

  it('rates a state more militarised than the system higher on offense', () => {
    const states = imported(1914).states;
    const offense = (ccode: number) => states.find((s) => s.ccode === ccode)!.offense!.value;
    // France spends a larger share on its military than its CINC share; the UK a smaller one.
    expect(offense(220)).toBeGreaterThan(0.5);
    expect(offense(200)).toBeLessThan(0.5);
  });

  it('marks COW major powers with global reach, and only them', () => {
    const majors = imported(1914)
      .states.filter((s) => s.major)
      .map((s) => s.ccode);
    expect(majors).toEqual([200, 220, 255, 300, 365]);
    expect(
      imported(1914)
        .states.filter((s) => s.reach)
        .map((s) => s.ccode),
    ).toEqual(majors);
  });

  it('rounds power down so that shares never add up to more than the data', () => {
    expect(floorSignificant(0.158, 4)).toBe(0.158);
    expect(floorSignificant(0.00000024380228, 4)).toBe(0.0000002438);
    expect(significantText(0.0000002438, 4)).toBe('0.0000002438');
    const total = imported(1914).states.reduce((sum, s) => sum + s.power.value, 0);
    expect(total).toBeLessThanOrEqual(1);
  });
});

describe('intentions', () => {
  it('maps a record to intent: status quo with none, towards hostile with more', () => {
    expect(intentFrom(0)).toBe(0.3);
    expect(intentFrom(2)).toBeCloseTo(0.3 + 0.6 * (1 - Math.exp(-1)), 2);
    expect(intentFrom(100)).toBe(0.9);
  });

  it('uses only disputes of the ten years before the year', () => {
    // Romania's only dispute is of 1900: inside the window for 1910, outside for 1911.
    const romania = (year: number) => imported(year).states.find((s) => s.ccode === 360)!.intent;
    expect(romania(1910).value).toBeGreaterThan(0.3);
    expect(romania(1911).value).toBe(0.3);
    expect(romania(1911).note).toMatch(/no revisionist MID active 1901-1910/);
  });

  it('gives the observer its own view of a target that was hostile towards it', () => {
    const system = imported(1914);
    const seen = system.perceptions.find((p) => p.observer === 'Austria-Hungary' && p.target === 'Serbia');
    const declared = system.states.find((s) => s.ccode === 345)!.intent.value;
    expect(seen?.intent).toBeGreaterThan(declared);
  });

  it('does not use a treaty signed during the year: named threats count from the next year', () => {
    const ukSeesGermany = (year: number) =>
      imported(year).perceptions.find((p) => p.observer === 'United-Kingdom' && p.target === 'Germany');
    expect(ukSeesGermany(1914)).toBeUndefined();
    expect(ukSeesGermany(1915)?.intent).toBeGreaterThanOrEqual(0.7);
    expect(ukSeesGermany(1915)?.note).toContain('ATOP 2015 (1914) names Germany as the threat');
  });
});

describe('alliances', () => {
  it('lists the alliances in force during the year with their members in it', () => {
    const names = (year: number) => imported(year).alliances.map((a) => `${a.name}:${a.members.join('+')}`);
    expect(names(1914)).toContain('ATOP 2015:United-Kingdom+France+Russia');
    expect(names(1913)).not.toContain('ATOP 2015:United-Kingdom+France+Russia');
    // Romania left the 1883 alliance's second phase before 1913 re-entry: not a member in 1912.
    expect(names(1912)).toContain('ATOP 1355:Germany+Austria-Hungary');
    expect(names(1913)).toContain('ATOP 1355:Germany+Austria-Hungary+Romania');
  });

  it('merges consecutive phases into one membership and keeps a re-entry after a gap apart', () => {
    const spells = data.members.filter((m) => m.alliance === 1355);
    expect(spells.filter((s) => s.ccode === 255)).toHaveLength(1);
    expect(spells.filter((s) => s.ccode === 360).map((s) => s.start)).toEqual([18831030, 19130205]);
  });

  it('takes the strongest obligation as the kind', () => {
    const kinds = Object.fromEntries(imported(1914).alliances.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ 'ATOP 1335': 'defense', 'ATOP 1485': 'entente', 'ATOP 2020': 'defense' });
  });
});

describe('wartime and selection', () => {
  it('is wartime only when a major power is at war on 1 January', () => {
    expect(imported(1914).wartime.value).toBe(false);
    expect(imported(1915).wartime.value).toBe(true);
  });

  it('with no major power in the selection, looks at the selected states', () => {
    const system = imported(1909, ['ROM', 'MNG']);
    expect(system.wartime.value).toBe(false);
    expect(system.wartime.note).toContain('no selected state');
  });

  it('reports unknown regions and states, with a suggestion', () => {
    const result = importYear(data, { year: 1914, selection: { regions: ['europa'], states: ['GMX'] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatch(/Unknown region "europa"; the regions are americas, europe/);
      expect(result.errors[1]).toMatch(/Unknown state "GMX"; did you mean "GMY"\?/);
    }
  });

  it('refuses a year outside the data', () => {
    const result = importYear(data, { year: 1700 });
    expect(result.ok ? '' : result.errors[0]).toMatch(/from 1816 to 2016/);
  });
});
