/**
 * Two small SVG charts for the report, written by hand: a grouped bar chart with optional
 * interval whiskers and a reference line, and a stacked bar chart of shares. Deterministic
 * text (fixed decimals, no ids from a counter shared between charts), so a report made twice
 * is byte-for-byte the same.
 */

export interface Series {
  readonly name: string;
  readonly color: string;
  readonly values: readonly number[];
  readonly intervals?: readonly { readonly low: number; readonly high: number }[];
}

export interface BarChart {
  readonly title: string;
  readonly groups: readonly string[];
  readonly series: readonly Series[];
  readonly yMin: number;
  readonly yMax: number;
  readonly yLabel: string;
  readonly reference?: { readonly value: number; readonly label: string };
}

const WIDTH = 720;
const HEIGHT = 360;
const MARGIN = { top: 48, right: 24, bottom: 72, left: 64 };
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

export function groupedBarChart(chart: BarChart): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (v: number) =>
    MARGIN.top +
    plotH -
    ((clamp(v, chart.yMin, chart.yMax) - chart.yMin) / (chart.yMax - chart.yMin)) * plotH;
  const groupW = plotW / chart.groups.length;
  const barW = (groupW * 0.7) / chart.series.length;
  const out: string[] = [header(chart.title)];
  out.push(...axis(chart, y, plotW));
  chart.groups.forEach((group, g) => {
    const x0 = MARGIN.left + g * groupW + groupW * 0.15;
    chart.series.forEach((s, k) => {
      const v = s.values[g]!;
      if (!Number.isFinite(v)) return;
      const x = x0 + k * barW;
      const top = y(v);
      const base = y(Math.max(chart.yMin, 0));
      out.push(
        `<rect x="${f(x)}" y="${f(Math.min(top, base))}" width="${f(barW - 2)}" height="${f(Math.abs(base - top))}" fill="${s.color}"><title>${esc(`${s.name}, ${group}: ${v.toFixed(3)}`)}</title></rect>`,
      );
      const interval = s.intervals?.[g];
      if (interval && Number.isFinite(interval.low) && Number.isFinite(interval.high)) {
        const cx = x + (barW - 2) / 2;
        out.push(
          `<path d="M${f(cx)} ${f(y(interval.low))}V${f(y(interval.high))}M${f(cx - 4)} ${f(y(interval.low))}H${f(cx + 4)}M${f(cx - 4)} ${f(y(interval.high))}H${f(cx + 4)}" stroke="#222" stroke-width="1.2" fill="none"/>`,
        );
      }
      const whiskerTop = interval && Number.isFinite(interval.high) ? y(interval.high) : Infinity;
      out.push(
        `<text x="${f(x + (barW - 2) / 2)}" y="${f(Math.min(top, base, whiskerTop) - 4)}" font-size="10" text-anchor="middle" ${FONT}>${v.toFixed(2)}</text>`,
      );
    });
    out.push(...groupLabel(group, MARGIN.left + g * groupW + groupW / 2));
  });
  if (chart.reference) {
    const ry = y(chart.reference.value);
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${f(ry)}" y2="${f(ry)}" stroke="#888" stroke-dasharray="5 4"/>`,
    );
  }
  out.push(...legend(chart.series));
  if (chart.reference) {
    // In the legend row, so it never sits on a bar.
    const ly = HEIGHT - 16;
    out.push(
      `<line x1="${WIDTH - MARGIN.right - 150}" x2="${WIDTH - MARGIN.right - 126}" y1="${ly - 4}" y2="${ly - 4}" stroke="#888" stroke-dasharray="5 4"/>`,
    );
    out.push(
      `<text x="${WIDTH - MARGIN.right - 120}" y="${ly}" font-size="12" ${FONT}>${esc(chart.reference.label)}</text>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

export interface StackedBar {
  readonly label: string;
  /** Segment values in the order of the chart's segments; shown as shares of their sum. */
  readonly values: readonly number[];
}

export interface StackedChart {
  readonly title: string;
  readonly groups: readonly { readonly name: string; readonly bars: readonly StackedBar[] }[];
  readonly segments: readonly { readonly name: string; readonly color: string }[];
  readonly yLabel: string;
}

export function stackedShareChart(chart: StackedChart): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const axisChart: BarChart = {
    title: chart.title,
    groups: [],
    series: [],
    yMin: 0,
    yMax: 1,
    yLabel: chart.yLabel,
  };
  const y = (v: number) => MARGIN.top + plotH - v * plotH;
  const out: string[] = [header(chart.title), ...axis(axisChart, y, plotW)];
  const groupW = plotW / chart.groups.length;
  chart.groups.forEach((group, g) => {
    const barW = (groupW * 0.7) / group.bars.length;
    const x0 = MARGIN.left + g * groupW + groupW * 0.15;
    group.bars.forEach((bar, b) => {
      const total = bar.values.reduce((a, v) => a + v, 0);
      const x = x0 + b * barW;
      let from = 0;
      bar.values.forEach((v, s) => {
        if (total <= 0 || v <= 0) return;
        const share = v / total;
        const segment = chart.segments[s]!;
        out.push(
          `<rect x="${f(x)}" y="${f(y(from + share))}" width="${f(barW - 2)}" height="${f(share * plotH)}" fill="${segment.color}"><title>${esc(`${bar.label}, ${group.name}, ${segment.name}: ${(share * 100).toFixed(1)}% (${v})`)}</title></rect>`,
        );
        if (share >= 0.08) {
          out.push(
            `<text x="${f(x + (barW - 2) / 2)}" y="${f(y(from + share / 2) + 4)}" font-size="10" text-anchor="middle" fill="#fff" ${FONT}>${(share * 100).toFixed(0)}%</text>`,
          );
        }
        from += share;
      });
      out.push(
        `<text x="${f(x + (barW - 2) / 2)}" y="${f(y(0) + 14)}" font-size="10" text-anchor="middle" ${FONT}>${esc(bar.label)}</text>`,
      );
    });
    out.push(...groupLabel(group.name, MARGIN.left + g * groupW + groupW / 2, 30));
  });
  out.push(...legend(chart.segments));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function header(title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(title)}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="24" font-size="15" font-weight="bold" text-anchor="middle" ${FONT}>${esc(title)}</text>`,
  ].join('\n');
}

function axis(chart: BarChart, y: (v: number) => number, plotW: number): string[] {
  const out: string[] = [];
  const steps = 5;
  for (let i = 0; i <= steps; i++) {
    const v = chart.yMin + ((chart.yMax - chart.yMin) * i) / steps;
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#e4e4e4"/>`,
    );
    out.push(
      `<text x="${MARGIN.left - 6}" y="${f(y(v) + 4)}" font-size="11" text-anchor="end" ${FONT}>${v.toFixed(1)}</text>`,
    );
  }
  const mid = (y(chart.yMin) + y(chart.yMax)) / 2;
  out.push(
    `<text x="16" y="${f(mid)}" font-size="12" text-anchor="middle" transform="rotate(-90 16 ${f(mid)})" ${FONT}>${esc(chart.yLabel)}</text>`,
  );
  return out;
}

function groupLabel(text: string, x: number, below = 18): string[] {
  const plotBottom = HEIGHT - MARGIN.bottom;
  return [
    `<text x="${f(x)}" y="${f(plotBottom + below)}" font-size="11" text-anchor="middle" ${FONT}>${esc(text)}</text>`,
  ];
}

function legend(items: readonly { readonly name: string; readonly color: string }[]): string[] {
  const out: string[] = [];
  let x = MARGIN.left;
  const y = HEIGHT - 16;
  for (const item of items) {
    out.push(`<rect x="${f(x)}" y="${y - 10}" width="12" height="12" fill="${item.color}"/>`);
    out.push(`<text x="${f(x + 18)}" y="${y}" font-size="12" ${FONT}>${esc(item.name)}</text>`);
    x += 30 + item.name.length * 7;
  }
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function f(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
