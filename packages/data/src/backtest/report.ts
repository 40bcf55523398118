/**
 * The back-test report: Markdown with two SVG charts beside it. Rendering is pure (the CLI
 * writes the files) and deterministic: the same command on the same data gives the same bytes,
 * so a report can be checked into a paper's repository and regenerated to verify it.
 */
import { fixed, grouped, SETTING_DESCRIPTORS, resolveSettings, type SettingName } from '@threatlab/core';
import { DATA_FILES } from '../data-files.js';
import { PROXY_PARAMETERS } from '../proxies/parameters.js';
import { TOP_K } from './backtest-year.js';
import { ERAS, CALIBRATION_LAST_YEAR } from './eras.js';
import type { BacktestSummary, Disagreement, GroupSummary, Interval } from './summarize.js';
import { BOOTSTRAP_RESAMPLES } from './summarize.js';
import { groupedBarChart, stackedShareChart } from './svg-charts.js';
import { TIE_TOLERANCE, type Calibration } from './calibrate.js';

export interface ReportInput {
  /** The command that made the report, shown so anyone can run it again. */
  readonly command: string;
  readonly summary: BacktestSummary;
  /** The same outcomes scored by the first scoring rule, for the record. */
  readonly firstRule: BacktestSummary;
  readonly settings: Readonly<Partial<Record<SettingName, number>>>;
  /** Present when the back-test was run with --calibrate. */
  readonly calibration?: Calibration;
}

export interface Report {
  readonly markdown: string;
  /** File name to SVG text; the Markdown links to them by these names. */
  readonly charts: Readonly<Record<string, string>>;
}

export const CHART_FILES = { auc: 'auc-by-era.svg', balancing: 'balancing-by-era.svg' } as const;

const COLORS = {
  threat: '#c0392b',
  power: '#2c6fbb',
  balancing: '#2e8b57',
  bandwagoning: '#e08e0b',
  anomalous: '#9a9a9a',
};

export function renderReport(input: ReportInput): Report {
  const { summary: s, firstRule } = input;
  const o = s.overall;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(
    `# Back-test: balance of threat against balance of power, ${s.from}-${s.to}`,
    '',
    `Made by \`${input.command}\`; run it again to get this file back byte for byte.`,
    '',
    `For every year from ${s.from} to ${s.to} the whole state system was imported from the Correlates of War and ATOP data (docs/data.md) and evaluated twice by the model, under Walt's balance of threat and under Waltz's balance of power. For each of the ${o.entries} alliance entries of those years (a state joining one of ${o.alliances} ATOP alliances), each theory's predictions ranked every other state in the system as a partner for the joining state; the question is how high the partners it actually chose came.`,
    '',
    '## Headline',
    '',
    '| | balance of threat | balance of power | random ranking |',
    '| --- | --- | --- | --- |',
    `| ROC AUC (mean over entries, 95% interval) | ${aucCell(o.threat.auc, o.threat.aucInterval)} | ${aucCell(o.power.auc, o.power.aucInterval)} | 0.500 |`,
    ...TOP_K.map(
      (k, q) =>
        `| a true partner in the top ${k} | ${pct(o.threat.hits[q]!)} | ${pct(o.power.hits[q]!)} | ${pct(o.randomHits[q]!)} |`,
    ),
    `| entries judged balancing / bandwagoning / anomalous | ${verdictCell(o, 'threat')} | ${verdictCell(o, 'power')} | |`,
    '',
    `AUC difference, threat minus power: ${signed(o.difference)} (95% interval ${signed(o.differenceInterval.low)} to ${signed(o.differenceInterval.high)}). ${verdictOnDifference(o)}`,
    '',
    `${s.years} years, ${grouped(s.stateYears)} state-years; ${s.skipped} entries were left out because the joining state, or every partner, was outside the COW state system that year.`,
    '',
    '## By era',
    '',
    `![ROC AUC by era for both theories](${CHART_FILES.auc})`,
    '',
    '| era | years | entries | AUC, threat | AUC, power | difference | top 3, threat | top 3, power | top 3, random |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...s.eras.map(
      (g) =>
        `| ${g.label} | ${g.from}-${g.to} | ${g.entries} | ${aucCell(g.threat.auc, g.threat.aucInterval)} | ${aucCell(g.power.auc, g.power.aucInterval)} | ${signed(g.difference)} | ${pct(g.threat.hits[1]!)} | ${pct(g.power.hits[1]!)} | ${pct(g.randomHits[1]!)} |`,
    ),
    '',
    '## Balancing or bandwagoning',
    '',
    `![Share of alliance entries each theory judges balancing, by era](${CHART_FILES.balancing})`,
    '',
    "Each entry takes the model's verdict on its alliance as the alliance stood that year: *balancing* when the members share a threat they would act on, *bandwagoning* when a member is predicted to bandwagon with another, *anomalous* when a member's main threat is a fellow member or the members share no threat (core's alliance assessment). Walt found balancing far more common than bandwagoning.",
    '',
    '| era | entries | threat: balancing | threat: bandwagoning | threat: anomalous | power: balancing | power: bandwagoning | power: anomalous |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[...s.eras, o].map(
      (g) =>
        `| ${g === o ? `**all, ${g.label}**` : g.label} | ${g.entries} | ${verdictShares(g, 'threat')} | ${verdictShares(g, 'power')} |`,
    ),
    '',
    `Of the entries either theory could call balancing or bandwagoning, balance of threat calls ${pct(balancingShare(o, 'threat'))} balancing and balance of power ${pct(balancingShare(o, 'power'))}.`,
    '',
    'What each theory predicted for the joining states themselves (a state predicted to stay neutral has no predicted partners, so its partners can rank only as high as its coalition or as the unaligned):',
    '',
    '| era | entries | threat: balance | threat: bandwagon | threat: neutral | power: balance | power: bandwagon | power: neutral |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[...s.eras, o].map(
      (g) =>
        `| ${g === o ? `**all, ${g.label}**` : g.label} | ${g.entries} | ${strategyShares(g, 'threat')} | ${strategyShares(g, 'power')} |`,
    ),
    '',
    '## Where the theories disagree most',
    '',
    "The entries with the largest gap between the two theories' AUC (the share of non-partners each theory ranked below the true partners).",
    '',
    '### Balance of threat ranks the partners far higher',
    '',
    ...disagreementTable(s.threatBetter),
    '',
    '### Balance of power ranks the partners far higher',
    '',
    ...disagreementTable(s.powerBetter),
    '',
  );

  if (s.external) {
    push(
      '## An outside check: Leeds & Savun threat scores',
      '',
      `Leeds & Savun (2007) score the external threat each state faces each year. Over ${grouped(s.external.pairs)} state-years, the Spearman correlation between that score and the greatest threat the model sees the state facing is ${fixed(s.external.threat, 3)} under balance of threat and ${fixed(s.external.power, 3)} under balance of power. The scores were not used to build the scenarios.`,
      '',
    );
  }

  push(
    '## Settings, fixed in advance',
    '',
    `No setting was tuned to these results, per case, per era or overall. The model ran with ${Object.keys(input.settings).length === 0 ? "core's default settings, which core's authors fixed by calibrating on hand-written teaching scenarios (docs/model.md) before this back-test existed" : "the settings below, overriding core's defaults where marked"}; the importer's proxies use the parameters below, fixed before the first run. ${input.calibration ? `The headline uses these settings; the calibration below is reported beside them, never instead. The years after ${CALIBRATION_LAST_YEAR} are shown apart:` : `Nothing was calibrated for the headline, so there is nothing to hold out; the years after ${CALIBRATION_LAST_YEAR} are still shown apart, as they would be for a calibration:`}`,
    '',
    '| years | entries | AUC, threat | AUC, power | difference |',
    '| --- | --- | --- | --- | --- |',
    ...s.split.map(
      (g) =>
        `| ${g.label} | ${g.entries} | ${aucCell(g.threat.auc, g.threat.aucInterval)} | ${aucCell(g.power.auc, g.power.aucInterval)} | ${signed(g.difference)} |`,
    ),
    '',
    ...calibrationSection(input.calibration),
    '### Model settings',
    '',
    '| setting | value | what it does |',
    '| --- | --- | --- |',
    ...settingRows(input.settings),
    '',
    '### Proxy parameters (docs/data.md)',
    '',
    '| parameter | value |',
    '| --- | --- |',
    ...Object.entries(PROXY_PARAMETERS).map(
      ([name, value]) => `| \`${name}\` | ${Number(value.toPrecision(12))} |`,
    ),
    '',
    `Eras: ${ERAS.map((e) => `${e.name} ${e.from}-${e.to}`).join('; ')}. Top-k for k = ${TOP_K.join(', ')}. Intervals: ${BOOTSTRAP_RESAMPLES} bootstrap resamples of alliance-years (the members of one alliance joining in one year move together), fixed seed.`,
    '',
    '## How partners are scored',
    '',
    `The score of a candidate j as a partner of the joining state i is read off the model's predictions (\`${s.rule}\`, packages/data/src/backtest/partnership-score.ts): first j's tier, partners (j is in i's predicted partner list, higher the earlier it is listed, or j is predicted to bandwagon with i), then the same predicted coalition, then unaligned, then opponents (one is predicted to balance against the other); candidates within the three lower tiers are tied, and ties count half in the AUC and as a fair draw in the top-k rates.`,
    '',
    `**Disclosure.** This is the second scoring rule. The first (\`${firstRule.rule}\`) kept the tiers but ordered candidates within each tier by how much they share i's main threat less how much they threaten i, ignoring the order of the model's partner list. Its first run over 1816-2012 ranked the true partners below chance under both theories; looking at one case (NATO's founding, 1949) showed why: within the partner tier it put distant small states ahead of the near and strong partners the model itself lists first. The rule was then replaced by the model's own ranking. The change was made after seeing those two overall figures and that one case, and before any other result; every run still computes both rules, and the first rule's results are these:`,
    '',
    '| years | AUC, threat | AUC, power | top 3, threat | top 3, power |',
    '| --- | --- | --- | --- | --- |',
    ...[...firstRule.eras, firstRule.overall].map(
      (g) =>
        `| ${g === firstRule.overall ? `**${g.label}**` : g.label} | ${aucCell(g.threat.auc, g.threat.aucInterval)} | ${aucCell(g.power.auc, g.power.aucInterval)} | ${pct(g.threat.hits[1]!)} | ${pct(g.power.hits[1]!)} |`,
    ),
    '',
    '## Limits',
    '',
    '- An alliance entry is scored as a choice among every state in the system, although most states never consider most others; AUC rewards ranking the plausible partners above the implausible, top-k rewards naming the actual ones.',
    '- The model predicts alignments, not treaties. ATOP records neutrality, non-aggression and consultation pacts as well as defence pacts, and non-aggression pacts are often signed with the very state one fears (the report counts them all, as ATOP does).',
    "- Intentions come from militarized disputes (which end in 2001 in MID 3.10, so later years rely on ATOP's named threats alone) and from threats named in treaties; the data say nothing about what leaders believed.",
    '- Offensive capability is approximated by military spending and personnel relative to CINC; doctrine, technology, nuclear weapons and force posture are absent.',
    '- Capital distances and COW contiguity stand for geography; reach is global for COW major powers and regional for everyone else.',
    '',
    '## Data',
    '',
    ...Object.values(DATA_FILES)
      .filter((d) => d.path !== DATA_FILES.capitalDistances.path)
      .map((d) => `- ${d.dataset} (${d.citation}), \`${d.path}\``),
    '',
  );

  const charts = {
    [CHART_FILES.auc]: groupedBarChart({
      title: `ROC AUC by era, ${s.from}-${s.to}`,
      groups: s.eras.map((g) => g.label),
      series: [
        {
          name: 'balance of threat',
          color: COLORS.threat,
          values: s.eras.map((g) => g.threat.auc),
          intervals: s.eras.map((g) => g.threat.aucInterval),
        },
        {
          name: 'balance of power',
          color: COLORS.power,
          values: s.eras.map((g) => g.power.auc),
          intervals: s.eras.map((g) => g.power.aucInterval),
        },
      ],
      yMin: 0,
      yMax: 1,
      yLabel: 'ROC AUC (mean over entries)',
      reference: { value: 0.5, label: 'random ranking' },
    }),
    [CHART_FILES.balancing]: stackedShareChart({
      title: `Alliance entries judged balancing, bandwagoning or anomalous, ${s.from}-${s.to}`,
      groups: s.eras.map((g) => ({
        name: g.label,
        bars: [
          {
            label: 'threat',
            values: [
              g.threat.verdicts.balancing,
              g.threat.verdicts.bandwagoning,
              g.threat.verdicts.anomalous,
            ],
          },
          {
            label: 'power',
            values: [g.power.verdicts.balancing, g.power.verdicts.bandwagoning, g.power.verdicts.anomalous],
          },
        ],
      })),
      segments: [
        { name: 'balancing', color: COLORS.balancing },
        { name: 'bandwagoning', color: COLORS.bandwagoning },
        { name: 'anomalous', color: COLORS.anomalous },
      ],
      yLabel: 'share of alliance entries',
    }),
  };
  return { markdown: `${lines.join('\n')}\n`, charts };
}

function calibrationSection(c: Calibration | undefined): string[] {
  if (!c)
    return [
      'A calibration is available (`--calibrate`): it tunes a small grid on the years up to 1945 and judges the result on the years after; it was not run for this report.',
      '',
    ];
  const text = (s: Readonly<Partial<Record<SettingName, number>>>) =>
    Object.entries(s)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    '### Calibration, with the years after 1945 held out',
    '',
    `Run with \`--calibrate\`. A grid chosen before the calibration ran (core's default first) over the weight of intentions and the two thresholds that decide whether a weak, exposed state bandwagons; for each theory the entry with the best mean AUC on ${c.calibrationYears.from}-${c.calibrationYears.to} is chosen (it must beat the earlier entries by ${TIE_TOLERANCE}; ties keep the earlier one), then judged on ${c.heldOutYears.from}-${c.heldOutYears.to} (${c.heldOutEntries} entries), which it never saw. The headline above keeps the default settings.`,
    '',
    `| settings | AUC ${c.calibrationYears.from}-${c.calibrationYears.to}, threat | AUC ${c.calibrationYears.from}-${c.calibrationYears.to}, power |`,
    '| --- | --- | --- |',
    ...c.grid.map(
      (g, i) =>
        `| ${text(g.settings)}${i === 0 ? ' (default)' : ''} | ${fixed(g.auc.threat, 3)} | ${fixed(g.auc.power, 3)} |`,
    ),
    '',
    `| theory | chosen settings | held-out AUC with the defaults | held-out AUC calibrated |`,
    '| --- | --- | --- | --- |',
    `| balance of threat | ${text(c.chosen.threat)} | ${fixed(c.heldOut.threat.defaults, 3)} | ${fixed(c.heldOut.threat.calibrated, 3)} |`,
    `| balance of power | ${text(c.chosen.power)} | ${fixed(c.heldOut.power.defaults, 3)} | ${fixed(c.heldOut.power.calibrated, 3)} |`,
    '',
  ];
}

function settingRows(overrides: Readonly<Partial<Record<SettingName, number>>>): string[] {
  const resolved = resolveSettings(overrides);
  return SETTING_DESCRIPTORS.map((d) => {
    const changed = overrides[d.name] !== undefined && overrides[d.name] !== d.default;
    return `| \`${d.name}\` | ${resolved[d.name]}${d.kind === 'km' ? ' km' : ''}${changed ? ` (default ${d.default})` : ''} | ${d.description} |`;
  });
}

function disagreementTable(rows: readonly Disagreement[]): string[] {
  if (rows.length === 0) return ['None.'];
  return [
    "| year | state joining | ATOP | partners | AUC, threat | AUC, power | best partner's rank, threat / power | main threat, threat / power |",
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ entry: e }) => {
      const partners =
        e.partners.length > 4
          ? `${e.partners.slice(0, 4).join(', ')} and ${e.partners.length - 4} more`
          : e.partners.join(', ');
      const rule = Object.keys(e.threat.rules)[0] as keyof typeof e.threat.rules;
      return `| ${e.year} | ${e.state} | ${e.alliance} | ${partners} | ${fixed(e.threat.rules[rule].auc, 2)} | ${fixed(e.power.rules[rule].auc, 2)} | ${rank(e.threat.rules[rule].bestRank)} / ${rank(e.power.rules[rule].bestRank)} of ${e.candidates} | ${e.threat.mainThreat ?? '-'} / ${e.power.mainThreat ?? '-'} |`;
    }),
  ];
}

function rank(value: number): string {
  return Number.isInteger(value) ? String(value) : fixed(value, 1);
}

function aucCell(value: number, interval: Interval): string {
  if (!Number.isFinite(value)) return '-';
  if (!Number.isFinite(interval.low)) return fixed(value, 3);
  return `${fixed(value, 3)} (${fixed(interval.low, 3)}-${fixed(interval.high, 3)})`;
}

function pct(value: number): string {
  return Number.isFinite(value) ? `${fixed(value * 100, 1)}%` : '-';
}

function signed(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return `${value >= 0 ? '+' : ''}${fixed(value, 3)}`;
}

function verdictCell(g: GroupSummary, theory: 'threat' | 'power'): string {
  const v = g[theory].verdicts;
  return `${v.balancing} / ${v.bandwagoning} / ${v.anomalous}`;
}

function verdictShares(g: GroupSummary, theory: 'threat' | 'power'): string {
  const v = g[theory].verdicts;
  const total = v.balancing + v.bandwagoning + v.anomalous;
  const share = (n: number) => (total === 0 ? '-' : pct(n / total));
  return `${share(v.balancing)} | ${share(v.bandwagoning)} | ${share(v.anomalous)}`;
}

function strategyShares(g: GroupSummary, theory: 'threat' | 'power'): string {
  const v = g[theory].strategies;
  const total = v.balance + v.bandwagon + v.neutral;
  const share = (n: number) => (total === 0 ? '-' : pct(n / total));
  return `${share(v.balance)} | ${share(v.bandwagon)} | ${share(v.neutral)}`;
}

function balancingShare(g: GroupSummary, theory: 'threat' | 'power'): number {
  const v = g[theory].verdicts;
  return v.balancing + v.bandwagoning === 0 ? NaN : v.balancing / (v.balancing + v.bandwagoning);
}

function verdictOnDifference(g: GroupSummary): string {
  const { low, high } = g.differenceInterval;
  if (!Number.isFinite(low)) return '';
  if (low > 0)
    return 'Balance of threat ranks the actual partners higher, beyond the uncertainty of resampling alliances.';
  if (high < 0)
    return 'Balance of power ranks the actual partners higher, beyond the uncertainty of resampling alliances.';
  return 'The interval includes zero: on this measure the data do not separate the theories.';
}
