/**
 * Every scored alliance entry as CSV, for readers who want to redo the analysis their own way.
 * One row per entry; columns for each theory under the primary scoring rule.
 */
import type { YearOutcome } from './backtest-year.js';
import { TOP_K, THEORIES } from './backtest-year.js';

export function entriesCsv(years: readonly YearOutcome[]): string {
  const header = ['year', 'atopid', 'ccode', 'state', 'partners', 'candidates'];
  for (const t of THEORIES)
    header.push(
      `${t}_auc`,
      ...TOP_K.map((k) => `${t}_top${k}`),
      `${t}_best_rank`,
      `${t}_verdict`,
      `${t}_strategy`,
      `${t}_main_threat`,
    );
  header.push('first_rule_threat_auc', 'first_rule_power_auc');
  const rows = [header.join(',')];
  for (const y of years) {
    for (const e of y.entries) {
      const cells: (string | number)[] = [
        e.year,
        e.alliance,
        e.ccode,
        e.state,
        e.partners.join('; '),
        e.candidates,
      ];
      for (const t of THEORIES) {
        const r = e[t].rules['model-ranking'];
        cells.push(
          num(r.auc),
          ...r.hits.map(num),
          num(r.bestRank),
          e[t].verdict ?? '',
          e[t].strategy ?? '',
          e[t].mainThreat ?? '',
        );
      }
      cells.push(num(e.threat.rules['shared-threat'].auc), num(e.power.rules['shared-threat'].auc));
      rows.push(cells.map(cell).join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

function num(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
}

function cell(v: string | number): string {
  const text = String(v);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
