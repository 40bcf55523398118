/**
 * Calibration cases: four historical scenarios and one teaching scenario, hand-typed from the
 * project's data (never read from it, so the tests run without ../shared/data).
 *
 * Conventions, the same in every case so that no case is tuned on its own:
 * - power is the NMC v6.0 CINC score for the year (`share`), except 2004, which uses GDP and
 *   military spending (see there);
 * - land borders are the COW Direct Contiguity v3.2 records of type 1 in force in the year;
 *   every other distance is the great-circle distance between capitals (capitals_latlng.csv),
 *   so COW's water contiguities (types 2-5) are not used;
 * - offense, intent, perceptions and reach are coded by hand, each with a one-line reason;
 *   levels map to numbers through levels.ts (offense low 0.2, medium 0.5, high 0.8; intent
 *   benign 0.1, status-quo 0.3, revisionist 0.7, hostile 0.9).
 */
import type {
  Alliance,
  GeoLink,
  GeoPoint,
  Perception,
  PowerInput,
  Reach,
  Scenario,
  StateFacts,
} from '../src/scenario.js';
import { INTENT_LEVELS, OFFENSE_LEVELS, type IntentLevel, type OffenseLevel } from '../src/levels.js';
import { makeScenario } from './scenario-builder.js';

interface StateSpec {
  readonly name?: string;
  readonly power: PowerInput;
  readonly offense?: OffenseLevel;
  readonly intent?: IntentLevel;
  readonly capital?: GeoPoint;
  readonly reach?: 'local' | 'regional' | 'global';
  readonly major?: boolean;
}

function state(id: string, spec: StateSpec): StateFacts {
  const reach: Reach | undefined =
    spec.reach === undefined ? undefined : { kind: 'level', level: spec.reach };
  return {
    id,
    name: spec.name ?? id,
    power: spec.power,
    ...(spec.offense === undefined ? {} : { offense: OFFENSE_LEVELS[spec.offense] }),
    ...(spec.intent === undefined ? {} : { intent: INTENT_LEVELS[spec.intent] }),
    ...(spec.capital === undefined ? {} : { capital: spec.capital }),
    ...(reach === undefined ? {} : { reach }),
    major: spec.major ?? false,
  };
}

const share = (value: number): PowerInput => ({ kind: 'share', share: value });
const at = (lat: number, lon: number): GeoPoint => ({ lat, lon });
const land = (a: string, b: string): GeoLink => ({ kind: 'land', a, b });
const sees = (observer: string, target: string, level: IntentLevel): Perception => ({
  observer,
  target,
  intent: INTENT_LEVELS[level],
});

/** A case: the title and states it must have, every other field from the neutral defaults. */
function scenario(parts: Partial<Scenario> & Pick<Scenario, 'title' | 'states'>): Scenario {
  return makeScenario(parts);
}

/**
 * Europe, July 1914. Expected: Britain, France and Russia balance against Germany.
 * CINC: NMC-60-abridged.csv, year 1914 (ccode in brackets). Capitals: capitals_latlng.csv rows
 * valid in 1914, except the Ottoman Empire (see there).
 */
export const EUROPE_1914: Scenario = scenario({
  title: 'Europe, July 1914',
  year: 1914,
  sources: ['COW NMC v6.0 (1914)', 'COW Direct Contiguity v3.2', 'capitals: peacesciencer compilation'],
  states: [
    // UKG 200: cinc 0.13790944. Global reach: the Royal Navy. Medium offense: the largest navy, a small army.
    state('UK', {
      name: 'Britain',
      power: share(0.13790944),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(51.5074456, -0.1277653),
      reach: 'global',
      major: true,
    }),
    // FRN 220: cinc 0.074748203. High offense: Plan XVII and the doctrine of the offensive; status quo in its declared aims.
    state('France', {
      power: share(0.074748203),
      offense: 'high',
      intent: 'status-quo',
      capital: at(48.8588897, 2.320041),
      major: true,
    }),
    // GMY 255: cinc 0.15820104. High offense: the Schlieffen plan and the largest army; revisionist: Weltpolitik, the naval race.
    state('Germany', {
      power: share(0.15820104),
      offense: 'high',
      intent: 'revisionist',
      capital: at(52.510885, 13.3989367),
      major: true,
    }),
    // RUS 365: cinc 0.11080456. Medium offense: a huge but slow army; status quo in Europe. Capital Saint Petersburg.
    state('Russia', {
      power: share(0.11080456),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(59.9606739, 30.1586551),
      major: true,
    }),
    // AUH 300: cinc 0.068234459. Medium offense; revisionist in the Balkans: Bosnia annexed in 1908, the ultimatum to Serbia.
    state('Austria-Hungary', {
      power: share(0.068234459),
      offense: 'medium',
      intent: 'revisionist',
      capital: at(48.2083537, 16.3725042),
      major: true,
    }),
    // ITA 325: cinc 0.025674975. Low offense: an army its own staff judged unready; status quo, though it coveted Austrian lands.
    state('Italy', {
      power: share(0.025674975),
      offense: 'low',
      intent: 'status-quo',
      capital: at(41.8933203, 12.4829321),
      major: true,
    }),
    // TUR 640: cinc 0.012148417. Low offense after the Balkan Wars. The data file gives Ankara for every year; in 1914 the
    // capital was Constantinople, whose coordinates are used instead.
    state('Ottoman', {
      name: 'Ottoman Empire',
      power: share(0.012148417),
      offense: 'low',
      intent: 'status-quo',
      capital: at(41.0082, 28.9784),
    }),
    // BEL 211: cinc 0.011732684. Low offense, benign: neutral by the 1839 treaty.
    state('Belgium', {
      power: share(0.011732684),
      offense: 'low',
      intent: 'benign',
      capital: at(50.8465573, 4.351697),
      reach: 'local',
    }),
    // YUG 345 (Serbia): cinc 0.0018854915. Low offense; revisionist toward Austria-Hungary's South Slavs.
    state('Serbia', {
      power: share(0.0018854915),
      offense: 'low',
      intent: 'revisionist',
      capital: at(44.7880163, 20.4522489),
      reach: 'local',
    }),
  ],
  // Contiguity type 1 in force on 1 July 1914 among these states.
  links: [
    land('Belgium', 'France'),
    land('Belgium', 'Germany'),
    land('France', 'Germany'),
    land('France', 'Italy'),
    land('Germany', 'Austria-Hungary'),
    land('Germany', 'Russia'),
    land('Austria-Hungary', 'Italy'),
    land('Austria-Hungary', 'Serbia'),
    land('Austria-Hungary', 'Russia'),
    land('Russia', 'Ottoman'),
  ],
  perceptions: [
    // France: 1870, Alsace-Lorraine and the Moroccan crises made Germany the enemy.
    sees('France', 'Germany', 'hostile'),
    // Russia and Serbia: Austria-Hungary's ultimatum of 23 July 1914.
    sees('Russia', 'Austria-Hungary', 'hostile'),
    sees('Serbia', 'Austria-Hungary', 'hostile'),
    // Germany: French revanche and Russia's Great Programme of rearmament.
    sees('Germany', 'France', 'revisionist'),
    sees('Germany', 'Russia', 'revisionist'),
    // Austria-Hungary: Serbian irredentism and Russian pan-Slavism.
    sees('Austria-Hungary', 'Serbia', 'hostile'),
    sees('Austria-Hungary', 'Russia', 'revisionist'),
    // The Dual Alliance partners (1879) see each other as benign.
    sees('Germany', 'Austria-Hungary', 'benign'),
    sees('Austria-Hungary', 'Germany', 'benign'),
    // Entente partners see each other as benign (1904, 1907).
    sees('UK', 'France', 'benign'),
    sees('France', 'UK', 'benign'),
    sees('France', 'Russia', 'benign'),
    sees('Russia', 'France', 'benign'),
    // The Ottomans feared Russia's designs on the Straits.
    sees('Ottoman', 'Russia', 'hostile'),
  ],
  alliances: [
    { name: 'Franco-Russian Alliance', kind: 'defense', year: 1894, members: ['France', 'Russia'] },
    {
      name: 'Triple Alliance',
      kind: 'defense',
      year: 1882,
      members: ['Germany', 'Austria-Hungary', 'Italy'],
    },
    { name: 'Triple Entente', kind: 'entente', year: 1907, members: ['UK', 'France', 'Russia'] },
  ] satisfies Alliance[],
});

/**
 * Cold War Europe, 1955 (West Germany joined NATO in May). Expected under balance of threat:
 * the Western Europeans balance against the Soviet Union with the stronger United States;
 * under balance of power they balance against the United States. The Warsaw Pact states are
 * left out: Walt treats Soviet control of Eastern Europe as imposed, not chosen.
 * CINC: NMC-60-abridged.csv, year 1955.
 */
export const COLD_WAR_1955: Scenario = scenario({
  title: 'Cold War Europe, 1955',
  year: 1955,
  sources: ['COW NMC v6.0 (1955)', 'COW Direct Contiguity v3.2', 'capitals: peacesciencer compilation'],
  states: [
    // USA 2: cinc 0.26642248. High offense (nuclear and expeditionary forces), global reach; benign toward Western Europe.
    state('USA', {
      name: 'United States',
      power: share(0.26642248),
      offense: 'high',
      intent: 'status-quo',
      capital: at(38.8950368, -77.0365427),
      reach: 'global',
      major: true,
    }),
    // RUS 365: cinc 0.17916556. High offense: the armoured divisions in central Europe; global reach: forces on the Elbe and long-range bombers.
    state('USSR', {
      name: 'Soviet Union',
      power: share(0.17916556),
      offense: 'high',
      intent: 'revisionist',
      capital: at(55.625578, 37.6063916),
      reach: 'global',
      major: true,
    }),
    // UKG 200: cinc 0.050592918. Medium offense, global reach (navy, bases east of Suez).
    state('UK', {
      name: 'Britain',
      power: share(0.050592918),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(51.5074456, -0.1277653),
      reach: 'global',
      major: true,
    }),
    // FRN 220: cinc 0.030630589. Medium offense.
    state('France', {
      power: share(0.030630589),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(48.8588897, 2.320041),
      major: true,
    }),
    // GFR 260: cinc 0.037784725. Low offense: the Bundeswehr was only being founded; local reach.
    state('WGermany', {
      name: 'West Germany',
      power: share(0.037784725),
      offense: 'low',
      intent: 'status-quo',
      capital: at(50.7352621, 7.1024635),
      reach: 'local',
    }),
    // ITA 325: cinc 0.017580846. Low offense.
    state('Italy', {
      power: share(0.017580846),
      offense: 'low',
      intent: 'status-quo',
      capital: at(41.8933203, 12.4829321),
    }),
    // BEL 211: cinc 0.0078549981.
    state('Belgium', {
      power: share(0.0078549981),
      offense: 'low',
      intent: 'status-quo',
      capital: at(50.8465573, 4.351697),
      reach: 'local',
    }),
    // NTH 210: cinc 0.0070863133.
    state('Netherlands', {
      power: share(0.0070863133),
      offense: 'low',
      intent: 'status-quo',
      capital: at(52.3730796, 4.8924534),
      reach: 'local',
    }),
    // NOR 385: cinc 0.0011339317. Borders the Soviet Union since 1947.
    state('Norway', {
      power: share(0.0011339317),
      offense: 'low',
      intent: 'status-quo',
      capital: at(59.9133301, 10.7389701),
      reach: 'local',
    }),
    // DEN 390: cinc 0.0015702549.
    state('Denmark', {
      power: share(0.0015702549),
      offense: 'low',
      intent: 'status-quo',
      capital: at(55.6867243, 12.5700724),
      reach: 'local',
    }),
    // GRC 350: cinc 0.0023906433.
    state('Greece', {
      power: share(0.0023906433),
      offense: 'low',
      intent: 'status-quo',
      capital: at(37.9755648, 23.7348324),
      reach: 'local',
    }),
    // TUR 640: cinc 0.0069018467. Borders the Soviet Union.
    state('Turkey', {
      power: share(0.0069018467),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(39.9207759, 32.8540497),
    }),
  ],
  // Contiguity type 1 in force in mid-1955 among these states.
  links: [
    land('Netherlands', 'Belgium'),
    land('Netherlands', 'WGermany'),
    land('Belgium', 'France'),
    land('Belgium', 'WGermany'),
    land('France', 'WGermany'),
    land('France', 'Italy'),
    land('WGermany', 'Denmark'),
    land('Greece', 'Turkey'),
    land('USSR', 'Norway'),
    land('USSR', 'Turkey'),
  ],
  perceptions: [
    // Western Europe and Turkey: Berlin blockade 1948, Korea 1950, Soviet claims on the Straits (1945-46).
    ...[
      'UK',
      'France',
      'WGermany',
      'Italy',
      'Belgium',
      'Netherlands',
      'Norway',
      'Denmark',
      'Greece',
      'Turkey',
    ].flatMap((s) => [
      sees(s, 'USSR', 'hostile'),
      // The Marshall Plan and the American guarantee: the United States is benign to its allies.
      sees(s, 'USA', 'benign'),
    ]),
    sees('USA', 'USSR', 'hostile'),
    sees('USSR', 'USA', 'hostile'),
  ],
  alliances: [
    {
      name: 'NATO',
      kind: 'defense',
      year: 1949,
      members: [
        'USA',
        'UK',
        'France',
        'WGermany',
        'Italy',
        'Belgium',
        'Netherlands',
        'Norway',
        'Denmark',
        'Greece',
        'Turkey',
      ],
    },
  ],
});

/**
 * The Gulf, autumn 1990, after Iraq's invasion of Kuwait. Expected: Saudi Arabia, Egypt and
 * Syria balance against Iraq. Kuwait is left out: it had been conquered on 2 August.
 * CINC: NMC-60-abridged.csv, year 1990.
 */
export const GULF_1990: Scenario = scenario({
  title: 'The Gulf, 1990',
  year: 1990,
  sources: ['COW NMC v6.0 (1990)', 'COW Direct Contiguity v3.2', 'capitals: peacesciencer compilation'],
  states: [
    // IRQ 645: cinc 0.01262417. High offense: a million-man army that had just taken Kuwait; revisionist.
    state('Iraq', {
      power: share(0.01262417),
      offense: 'high',
      intent: 'revisionist',
      capital: at(33.3061701, 44.3872213),
    }),
    // SAU 670: cinc 0.0097826216. Low offense: small forces for a large territory.
    state('Saudi', {
      name: 'Saudi Arabia',
      power: share(0.0097826216),
      offense: 'low',
      intent: 'status-quo',
      capital: at(23.333333, 45.333333),
    }),
    // EGY 651: cinc 0.0080585685. Medium offense.
    state('Egypt', {
      power: share(0.0080585685),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(30.0443879, 31.2357257),
    }),
    // SYR 652: cinc 0.0039176149. Medium offense.
    state('Syria', {
      power: share(0.0039176149),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(33.5130695, 36.3095814),
    }),
    // IRN 630: cinc 0.0091562467. Low offense: exhausted by the war with Iraq (1980-88).
    state('Iran', {
      power: share(0.0091562467),
      offense: 'low',
      intent: 'revisionist',
      capital: at(35.6892523, 51.3896004),
    }),
    // ISR 666: cinc 0.0030442656. High offense: the region's best air force and armour.
    state('Israel', {
      power: share(0.0030442656),
      offense: 'high',
      intent: 'status-quo',
      capital: at(31.7788472, 35.2257856),
    }),
    // TUR 640: cinc 0.012357797. Medium offense.
    state('Turkey', {
      power: share(0.012357797),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(39.9207759, 32.8540497),
    }),
    // USA 2: cinc 0.14125326. High offense, global reach.
    state('USA', {
      name: 'United States',
      power: share(0.14125326),
      offense: 'high',
      intent: 'status-quo',
      capital: at(38.8950368, -77.0365427),
      reach: 'global',
      major: true,
    }),
  ],
  // Contiguity type 1 in force in 1990 among these states.
  links: [
    land('Iran', 'Turkey'),
    land('Iran', 'Iraq'),
    land('Turkey', 'Iraq'),
    land('Turkey', 'Syria'),
    land('Iraq', 'Syria'),
    land('Iraq', 'Saudi'),
    land('Egypt', 'Israel'),
    land('Syria', 'Israel'),
  ],
  perceptions: [
    // The invasion of Kuwait: Iraq is hostile to its Gulf neighbour and a threat to the region.
    sees('Saudi', 'Iraq', 'hostile'),
    // Assad's Ba'athist rivalry with Saddam; Mubarak, misled by Saddam's promise not to invade.
    sees('Syria', 'Iraq', 'hostile'),
    sees('Egypt', 'Iraq', 'hostile'),
    // Syria and Israel: at war in 1967, 1973, 1982. Egypt and Israel: at peace since 1979.
    sees('Syria', 'Israel', 'hostile'),
    sees('Israel', 'Syria', 'hostile'),
    sees('Egypt', 'Israel', 'status-quo'),
    // Iran and Iraq: eight years of war.
    sees('Iran', 'Iraq', 'hostile'),
    sees('Iraq', 'Iran', 'hostile'),
    // The United States protects the Gulf monarchies and Egypt.
    sees('Saudi', 'USA', 'benign'),
    sees('Egypt', 'USA', 'benign'),
    sees('USA', 'Iraq', 'hostile'),
    sees('Israel', 'Iraq', 'hostile'),
  ],
});

/**
 * U.S. primacy, 2004. Expected: no major power balances against the United States under balance
 * of threat; under balance of power they all do.
 *
 * Power is `economy` (GDP and military spending), not CINC. By CINC, China (0.168) outranks the
 * United States (0.151) in 2004, because CINC weighs population and heavy industry (steel,
 * energy) as much as spending and output; it would make China the target of balance of power,
 * which is not the claim of either Walt or his critics about this period.
 * milex: NMC v6.0, 2004, thousands of current US$. gdp: World Bank WDI NY.GDP.MKTP.CD, 2004,
 * current US$, in millions, rounded to billions -- figures as best known to the author; check
 * them against WDI before citing.
 */
const economy = (gdp: number, milex: number): PowerInput => ({ kind: 'economy', components: { gdp, milex } });
export const PRIMACY_2004: Scenario = scenario({
  title: 'U.S. primacy, 2004',
  year: 2004,
  sources: [
    'COW NMC v6.0 (2004, milex)',
    'World Bank WDI (2004, GDP)',
    'COW Direct Contiguity v3.2',
    'capitals: peacesciencer compilation',
  ],
  states: [
    // USA 2: milex 455,908,000; GDP ~12.21 trillion. High offense, global reach.
    state('USA', {
      name: 'United States',
      power: economy(12_214_000, 455_908_000),
      offense: 'high',
      intent: 'status-quo',
      capital: at(38.8950368, -77.0365427),
      reach: 'global',
      major: true,
    }),
    // CHN 710: milex 84,303,000; GDP ~1.96 trillion. Medium offense.
    state('China', {
      power: economy(1_955_000, 84_303_000),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(40.190632, 116.412144),
      major: true,
    }),
    // RUS 365: milex 61,500,000; GDP ~0.59 trillion. Medium offense.
    state('Russia', {
      power: economy(591_000, 61_500_000),
      offense: 'medium',
      intent: 'status-quo',
      capital: at(55.625578, 37.6063916),
      major: true,
    }),
    // JPN 740: milex 45,152,000; GDP ~4.82 trillion. Low offense: a self-defence force.
    state('Japan', {
      power: economy(4_815_000, 45_152_000),
      offense: 'low',
      intent: 'benign',
      capital: at(35.6768601, 139.7638947),
      major: true,
    }),
    // GMY 255: milex 37,790,000; GDP ~2.82 trillion. Low offense.
    state('Germany', {
      power: economy(2_820_000, 37_790_000),
      offense: 'low',
      intent: 'benign',
      capital: at(52.510885, 13.3989367),
      major: true,
    }),
    // UKG 200: milex 50,120,000; GDP ~2.42 trillion. Medium offense, global reach.
    state('UK', {
      name: 'Britain',
      power: economy(2_421_000, 50_120_000),
      offense: 'medium',
      intent: 'benign',
      capital: at(51.5074456, -0.1277653),
      reach: 'global',
      major: true,
    }),
    // FRN 220: milex 52,704,000; GDP ~2.12 trillion. Medium offense.
    state('France', {
      power: economy(2_119_000, 52_704_000),
      offense: 'medium',
      intent: 'benign',
      capital: at(48.8588897, 2.320041),
      major: true,
    }),
  ],
  // Contiguity type 1 in force in 2004 among these states.
  links: [land('France', 'Germany'), land('Russia', 'China')],
  perceptions: [
    // Walt (2004): the United States "has not been perceived as a major threat by most other powers".
    // Its allies see it as benign; Russia and China, wary of NATO's enlargement and of Taiwan, as status quo.
    sees('UK', 'USA', 'benign'),
    sees('France', 'USA', 'benign'),
    sees('Germany', 'USA', 'benign'),
    sees('Japan', 'USA', 'benign'),
    sees('Russia', 'USA', 'status-quo'),
    sees('China', 'USA', 'status-quo'),
    // Russia and China: the 2001 Treaty of Good-Neighbourliness; the border settled in 2004.
    sees('Russia', 'China', 'benign'),
    sees('China', 'Russia', 'benign'),
  ],
});

/**
 * A teaching scenario (invented). Buffer, a small state on the Empire's border that sees it as
 * hostile, bandwagons: it is weak, the threat is next door, and its only possible helper, the
 * distant Ally, can bring too little. Island stays neutral: the Empire is half a world away and
 * has no quarrel with it, and the Ally, its nearest power, is benign.
 */
export const TEACHING: Scenario = scenario({
  title: 'Teaching: bandwagon and neutral',
  sources: ['invented for teaching'],
  states: [
    state('Empire', {
      power: share(0.4),
      offense: 'high',
      intent: 'revisionist',
      capital: at(50, 30),
      major: true,
    }),
    state('Buffer', {
      power: share(0.02),
      offense: 'low',
      intent: 'benign',
      capital: at(53, 24),
      reach: 'local',
    }),
    state('Ally', {
      power: share(0.3),
      offense: 'medium',
      intent: 'benign',
      capital: at(40, -100),
      reach: 'global',
      major: true,
    }),
    state('Island', {
      power: share(0.01),
      offense: 'low',
      intent: 'benign',
      capital: at(15, -130),
      reach: 'local',
    }),
  ],
  links: [land('Empire', 'Buffer')],
  perceptions: [sees('Buffer', 'Empire', 'hostile'), sees('Island', 'Empire', 'status-quo')],
});

export const HISTORICAL_CASES = { EUROPE_1914, COLD_WAR_1955, GULF_1990, PRIMACY_2004, TEACHING } as const;
