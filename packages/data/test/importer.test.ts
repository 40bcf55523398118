/**
 * What the importer does with each quirk of the data, on the miniature system and on small
 * CSV strings: missing codes, states entering and leaving, type-0 contiguity rows, moving
 * capitals, ATOP phases, Gleditsch-Ward codes, one day for everything, and the rules that
 * intentions are dyadic and come only from before the day imported.
 */
import { describe, expect, it } from 'vitest';
import { DataError, DataSet, importYear, parseCsv, parseIsoDay, type ImportedSystem } from '../src/index.js';
import { numberField } from '../src/csv/fields.js';
import { columns } from '../src/csv/read-csv.js';
import { readCapitalDistances } from '../src/sources/capital-distances.js';
import { readAtopAlliances } from '../src/sources/atop.js';
import { readCapitals } from '../src/sources/capitals.js';
import { floorSignificant, significantText } from '../src/number-text.js';
import { identifierFromName } from '../src/identifiers.js';
import { MINI_EUROPE } from './real-data.js';

const data = new DataSet(MINI_EUROPE);

function imported(year: number, states?: string[]): ImportedSystem {
  const result = importYear(data, { year, selection: states ? { states } : {} });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.system;
}

function importedOn(iso: string, states?: string[]): ImportedSystem {
  const result = importYear(data, { day: parseIsoDay(iso)!, selection: states ? { states } : {} });
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
  it('takes in a state from the day it enters and leaves it out from the day after it leaves', () => {
    const albania = data.states.spellsOf(339)[0]!;
    const montenegro = data.states.spellsOf(341)[0]!;
    expect(data.states.membersOn(albania.start - 1)).not.toContain(339);
    expect(data.states.membersOn(albania.start)).toContain(339);
    expect(data.states.membersOn(montenegro.end)).toContain(341);
    expect(importedOn('1915-12-31').states.map((s) => s.ccode)).not.toContain(341);
    expect(data.states.isMemberIn(341, 1915)).toBe(true);
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
  it('skips "no longer contiguous" rows and takes the contiguity in force on the day', () => {
    const links1914 = imported(1914).links;
    expect(links1914.find((l) => l.a === 'United-Kingdom' && l.b === 'Russia')).toBeUndefined();
    // Montenegro and Serbia were type 5 until May 1913 and type 1 after.
    const pair = (iso: string) => importedOn(iso).links.find((l) => l.a === 'Montenegro' && l.b === 'Serbia');
    expect(pair('1913-07-01')?.kind).toBe('land');
    expect(pair('1913-01-01')).toMatchObject({ kind: 'sea', miles: 400 });
    expect(pair('1912-07-01')).toMatchObject({ kind: 'sea', miles: 400 });
  });

  it('takes the capital in place on the day, 1 July by default', () => {
    const russia = (iso: string) => importedOn(iso).states.find((s) => s.ccode === 365)!.capital?.value.city;
    expect(russia('1918-03-11')).toBe('Saint Petersburg');
    expect(russia('1918-03-12')).toBe('Moscow');
    expect(imported(1918).states.find((s) => s.ccode === 365)!.capital?.value.city).toBe('Moscow');
  });

  it('puts back the Ottoman capital where the capital file gives Ankara, saying why', () => {
    const capitals = readCapitals(
      parseCsv(
        'ccode,statenme,capital,stdate,enddate,lat,lng\n640,Turkey,Ankara,1816-01-01,2024-12-31,39.92,32.85\n',
        'capitals.csv',
      ),
    );
    expect(capitals.on(640, 19140701)).toMatchObject({ city: 'Constantinople', lat: 41.01 });
    expect(capitals.on(640, 19140701)?.correction).toContain('13 October 1923');
    expect(capitals.on(640, 19231013)?.city).toBe('Ankara');
    expect(capitals.on(640, 19500101)?.correction).toBeUndefined();
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
  it('gives a state without a record of its own the status quo, and a revisionist record only a weak prior', () => {
    const intent = (iso: string, ccode: number) =>
      importedOn(iso).states.find((s) => s.ccode === ccode)!.intent;
    expect(intent('1914-07-01', 339).value).toBe(0.3);
    expect(intent('1914-07-01', 339).note).toMatch(
      /no revisionist MID against anyone in the 20 years before 1914-07-01/,
    );
    // Serbia fought a war of revision in 1912-1913: its prior rises, but stays near status quo.
    expect(intent('1914-07-01', 345).value).toBeGreaterThan(0.3);
    expect(intent('1914-07-01', 345).value).toBeLessThanOrEqual(0.4);
  });

  it('takes intent from the pair: the observer sees what the target did to it, others only the prior', () => {
    const system = imported(1914);
    const seen = (observer: string, target: string) =>
      system.perceptions.find((p) => p.observer === observer && p.target === target);
    const declared = system.states.find((s) => s.ccode === 345)!.intent.value;
    expect(seen('Austria-Hungary', 'Serbia')?.intent).toBeGreaterThan(declared);
    expect(seen('Austria-Hungary', 'Serbia')?.note).toMatch(/MIDs? against it/);
    // France never faced Serbia: no view of its own.
    expect(seen('France', 'Serbia')).toBeUndefined();
  });

  it('counts only what began before the day, and forgets with age', () => {
    // Romania and Russia: one dispute, of 1900, that Romania began.
    const russiaSeesRomania = (iso: string) =>
      importedOn(iso).perceptions.find((p) => p.observer === 'Russia' && p.target === 'Romania')?.intent ??
      0.3;
    expect(russiaSeesRomania('1900-01-01')).toBe(0.3);
    expect(russiaSeesRomania('1901-07-01')).toBeGreaterThan(russiaSeesRomania('1911-07-01'));
    expect(russiaSeesRomania('1925-07-01')).toBe(0.3);
  });

  it('sees defence allies as benign unless the pair has a record', () => {
    const system = imported(1914);
    const seen = system.perceptions.find((p) => p.observer === 'Germany' && p.target === 'Austria-Hungary');
    expect(seen).toMatchObject({ intent: 0.1 });
    expect(seen?.note).toContain('defence pact ATOP 1335 (1879) in force');
  });

  it('takes a named threat from the treaty in force before the day, and ends it with the treaty', () => {
    const ukSeesGermany = (iso: string) =>
      importedOn(iso).perceptions.find((p) => p.observer === 'United-Kingdom' && p.target === 'Germany');
    expect(ukSeesGermany('1914-09-05')?.note ?? '').not.toContain('ATOP 2015');
    expect(ukSeesGermany('1914-09-06')?.intent).toBeGreaterThanOrEqual(0.7);
    expect(ukSeesGermany('1914-09-06')?.note).toContain('ATOP 2015 (1914) names Germany as the threat');
    expect(ukSeesGermany('1919-07-01')?.note ?? '').not.toContain('ATOP 2015');
  });

  it("makes a treaty aimed at the observer or its ally evidence of the members' hostility", () => {
    // ATOP 1335 (Germany, Austria-Hungary) names Russia; France is Russia's defence ally.
    const system = imported(1910);
    const seen = (observer: string, target: string) =>
      system.perceptions.find((p) => p.observer === observer && p.target === target);
    expect(seen('Russia', 'Germany')?.note).toContain(
      'ATOP 1335 (1879) of Germany names Russia as the threat',
    );
    expect(seen('France', 'Germany')?.note).toContain('names Russia, an ally, as the threat');
    expect(seen('France', 'Germany')?.intent).toBeGreaterThanOrEqual(0.7);
  });
});

describe('alliances', () => {
  it('lists the alliances in force on the day with their members on it', () => {
    const names = (iso: string) => importedOn(iso).alliances.map((a) => `${a.name}:${a.members.join('+')}`);
    expect(names('1914-07-01')).not.toContain('ATOP 2015:United-Kingdom+France+Russia');
    expect(names('1914-09-05')).toContain('ATOP 2015:United-Kingdom+France+Russia');
    // Romania left the 1883 alliance's second phase before its re-entry of 5 February 1913.
    expect(names('1912-07-01')).toContain('ATOP 1355:Germany+Austria-Hungary');
    expect(names('1913-02-04')).toContain('ATOP 1355:Germany+Austria-Hungary');
    expect(names('1913-02-05')).toContain('ATOP 1355:Germany+Austria-Hungary+Romania');
  });

  it('merges consecutive phases into one membership and keeps a re-entry after a gap apart', () => {
    const spells = data.members.filter((m) => m.alliance === 1355);
    expect(spells.filter((s) => s.ccode === 255)).toHaveLength(1);
    expect(spells.filter((s) => s.ccode === 360).map((s) => s.start)).toEqual([18831030, 19130205]);
  });

  it('takes the strongest obligation as the kind', () => {
    const kinds = Object.fromEntries(importedOn('1914-12-01').alliances.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ 'ATOP 1335': 'defense', 'ATOP 1485': 'entente', 'ATOP 2020': 'defense' });
  });
});

describe('wartime and selection', () => {
  it('is wartime only when a major power is at war on the day, and lists the wars with their sides', () => {
    expect(importedOn('1914-07-01').wartime.value).toBe(false);
    const august = importedOn('1914-08-15');
    expect(august.wartime.value).toBe(true);
    expect(august.wars.map((w) => w.name)).toEqual(['Great War']);
    expect(august.wars[0]!.sides.flat()).toContain('Germany');
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
    const early = importYear(data, { day: 17000101 });
    expect(early.ok ? '' : early.errors[0]).toMatch(/not 1700-01-01/);
  });
});
